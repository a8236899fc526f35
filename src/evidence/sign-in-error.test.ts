import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import signInError from './fixtures/sign-in-error.txt?raw';

describe('"That option is temporarily unavailable"', () => {
  it('is recognised and points at both DC-side key trust issues', () => {
    const found = analyzeEvidence(signInError);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: 'sign-in-error',
      facts: { message: 'temporarily-unavailable' },
    });
  });

  it('is found inside a longer paste, any case, with odd spacing', () => {
    const found = analyzeEvidence('User says:\r\n  THAT OPTION IS TEMPORARILY\u00a0UNAVAILABLE.  ');
    expect(found.map((f) => f.kind)).toEqual(['sign-in-error']);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import pinReset from './fixtures/pin-reset-error.txt?raw';

function pin(text: string): Finding<'pin-reset-error'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'pin-reset-error'> => f.kind === 'pin-reset-error');
}

describe('PIN reset error screen', () => {
  it('reads the blocked host from the URL under the message (curly apostrophe, &amp; in the URL)', () => {
    const found = pin(pinReset);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual({ hosts: ['fs.contoso.com'], sawMessage: true });
    expect(found[0]!.summary).toContain('fs.contoso.com');
  });

  it('flags the Azure US Government sign-in host', () => {
    const f = pin("We can't open that page right now. https://login.microsoftonline.us/common/oauth2/authorize?client_id=x")[0]!;
    expect(f.facts).toEqual({ hosts: ['login.microsoftonline.us'], sawMessage: true, usGovCloud: true });
  });

  it('lowercases, strips ports and user info, and dedupes', () => {
    const f = pin("We can't open that page right now\nhttps://IdP.Fabrikam.com:8443/sso?x=1\nhttp://user@idp.fabrikam.com/again")[0]!;
    expect(f.facts.hosts).toEqual(['idp.fabrikam.com']);
  });

  it('reports the message even without a URL', () => {
    const f = pin("We can't open that page right now.")[0]!;
    expect(f.facts).toEqual({ hosts: [], sawMessage: true });
  });

  it('ignores URLs far from the message and text without it', () => {
    expect(pin('See https://fs.contoso.com for details.')).toEqual([]);
    const far = `We can't open that page right now.\n${'\n'.repeat(20)}https://far.contoso.com/`;
    expect(pin(far)[0]!.facts.hosts).toEqual([]);
  });
});

/** The Windows Hello sign-in error "That option is temporarily unavailable". */
import { lineOfOffset, type Doc, type Located } from './text.ts';
import type { Finding } from './types.ts';
import { say } from './say.ts';

export function analyzeSignInError(doc: Doc): Located<Finding<'sign-in-error'>>[] {
  const at = doc.lower.indexOf('option is temporarily unavailable');
  if (at === -1) return [];
  return [
    {
      at: lineOfOffset(doc, at),
      finding: {
        kind: 'sign-in-error',
        summary: say('signIn.summary'),
        facts: { message: 'temporarily-unavailable' },
        rows: [{ label: say('signIn.rowMessage'), value: say('signIn.message'), mark: 'fail' }],
      },
    },
  ];
}

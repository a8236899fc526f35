/**
 * The error codes' causes (causes.yaml: Microsoft's own cause texts, by code) for the code table of
 * src/evidence/hello-error-codes.ts. Loaded with this flow only.
 */
import { localize } from '../../words/locale';
import type { CausesWords } from '../../words/schema';
import words from './causes.yaml';

export const causeWords = words as CausesWords;

/** A code's own cause texts as written (one, or several the source joins with "-or-"); [] for a code with none. */
export function ownCauses(code: string): string[] {
  const own = Object.hasOwn(causeWords.causes, code) ? causeWords.causes[code] : undefined;
  return own === undefined ? [] : typeof own === 'string' ? [own] : [...own];
}

/** What the screens show for a code: its causes, then the uncoded row's when it is kept under this code, in the page's language. */
export function causesOf(code: string): string[] {
  const uncoded = causeWords.uncodedRow?.under === code ? [causeWords.uncodedRow.cause] : [];
  return [...ownCauses(code), ...uncoded].map(localize);
}

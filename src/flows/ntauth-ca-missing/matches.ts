import { match } from '../shared/matches';

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'ntauth', reason: (f) => `${f.summary}: check that your issuing CA is among them` }),
  match({
    kind: 'error-code',
    when: (f) => f.codes.some((c) => c.code === '0xC00000BB'),
    reason: () => 'Status 0xC00000BB: the domain controller could not validate the sign-in, often because the issuing CA is missing from NTAuth',
  }),
];

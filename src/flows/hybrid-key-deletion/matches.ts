import { affectedCounts } from '../shared/builds';
import { dsregcmdPicture, match } from '../shared/matches';

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'sign-in-error' }),
  match({ kind: 'key-credential-link', when: (f) => f.empty }),
  match({
    kind: 'os-builds',
    when: (f) => affectedCounts(f).keyDeletion > 0,
    rank: (f) => {
      const n = affectedCounts(f);
      return n.keyDeletion >= n.nameMismatch ? 1 : 2;
    },
  }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'hybrid-provisioned' }),
];

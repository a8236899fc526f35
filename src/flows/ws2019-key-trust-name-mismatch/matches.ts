import { affectedCounts } from '../shared/builds';
import { dsregcmdPicture, match } from '../shared/matches';

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'kdc-name-mismatch' }),
  match({ kind: 'sign-in-error', rank: 2 }),
  match({
    kind: 'os-builds',
    when: (f) => affectedCounts(f).nameMismatch > 0,
    rank: (f) => {
      const n = affectedCounts(f);
      return n.nameMismatch > n.keyDeletion ? 1 : 2;
    },
  }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'hybrid-provisioned', rank: 2 }),
];

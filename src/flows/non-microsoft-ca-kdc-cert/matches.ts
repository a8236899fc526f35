import { dsregcmdPicture, match } from '../shared/matches';

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'kerberos-107' }),
  match({ kind: 'certificate' }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'entra-provisioned', rank: 2 }),
];

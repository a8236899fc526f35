import { dsregcmdPicture, match } from '../shared/matches';

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'pin-reset-error' }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'entra-provisioned' }),
];

import { dsregcmdPicture, match } from '../shared/matches';

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'udr-event', when: (f) => f.eventId === 362 && f.stsAuthenticated === 'no' }),
  // The ugs scope refused, or an AD FS 1021 pasted without its exception details.
  match({ kind: 'adfs-1021', when: (f) => f.isUgsScopeIssue || (f.clientId === undefined && f.scope === undefined && f.resource === undefined) }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'cert-trust-without-adfs-token' }),
];

import { dsregcmdPicture, match } from '../shared/matches';
import type { DsregcmdFacts } from '../../evidence/types';

const missingPartialTgt = (f: DsregcmdFacts) => f.ngc.OnPremTGT.state === 'no' || f.ngc.CloudTGT.state === 'no';

/** User Device Registration events that mark a provisioning stage. */
const STAGE_EVENTS = new Set([301, 304, 305, 311, 358, 360]);

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({
    kind: 'udr-event',
    when: (f) => f.eventId === 362 || STAGE_EVENTS.has(f.eventId),
    // After the ugs scope flow when 362 says the STS authentication failed.
    rank: (f) => (f.eventId === 362 && f.stsAuthenticated === 'no' ? 2 : 1),
  }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'cert-trust-without-adfs-token', rank: 2 }),
  // Second to the provisioning-not-starting flow, which names the first line that stops setup; a missing partial TGT
  // (OnPremTGT / CloudTGT NO) is the cloud Kerberos trust flow's to explain.
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'will-not-provision' && f.joinType !== 'entra' && !missingPartialTgt(f), rank: 2 }),
];

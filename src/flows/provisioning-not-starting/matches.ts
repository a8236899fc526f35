import { dsregcmdPicture, match } from '../shared/matches';
import { messagesOf } from '../shared/messages';
import { lineOf } from './lines';
import { firstBlocker, statusOf, statusOfFacts } from './rules';
import reasons from './words.yaml?matches';

const say = messagesOf(reasons, 'src/flows/provisioning-not-starting/words.yaml', 'matches');

/**
 * A dsregcmd /status paste whose prerequisite check says WillNotProvision (or a line says NO) is
 * first this flow's: it names the first reason setup will not start, and the reason shown says which.
 * A paste whose first blocker is the missing partial TGT ranks the cloud Kerberos trust flow first.
 * Certificate trust with no AD FS token keeps its own owners (the AD FS ugs scope flow, then
 * hybrid certificate trust provisioning), which this flow would only hand over to.
 * Only the words' `matches` part loads with paste triage (words.yaml?matches), not the steps.
 */
export const matches = [
  match({
    kind: 'dsregcmd',
    when: (f) => dsregcmdPicture(f) === 'will-not-provision',
    // When the first blocker is the missing partial TGT, the cloud Kerberos trust flow explains it first
    // (this flow would only hand over to it).
    rank: (f) => (firstBlocker(statusOfFacts(f)) === 'cloud-tgt' ? 2 : 1),
    reason: (finding) => {
      const s = statusOf([finding]);
      return s ? say('willNotProvision', { blocker: lineOf(reasons, firstBlocker(s)) }) : finding.summary;
    },
  }),
];

import { match } from '../shared/matches';
import { messagesOf } from '../shared/messages';
import reasons from './words.yaml?matches';

const say = messagesOf(reasons, 'src/flows/cloud-kerberos-trust/words.yaml', 'matches');

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  // Get-AzureADKerberosServer output is only ever about cloud Kerberos trust (or FIDO2 keys).
  match({ kind: 'kerberos-server' }),
  // dsregcmd: the partial TGT prerequisite said NO.
  match({
    kind: 'dsregcmd',
    when: (f) => f.ngc.OnPremTGT.state === 'no' || f.ngc.CloudTGT.state === 'no',
    reason: () => say('dsregcmdTgtNo'),
  }),
  // User Device Registration event: "User account has Cloud TGT: No".
  match({
    kind: 'udr-event',
    when: (f) => f.checks.some((c) => c.key === 'cloudTgt' && c.result === 'no'),
    reason: () => say('eventCloudTgtNo'),
  }),
];

/** The shared deployment steps (words: ./words/deployment.yaml): the deployment type from an analysed User Device Registration event 358/360/362. */
import type { AnyFinding, UdrCheckKey, UdrResult } from '../../evidence/types';
import { findingsOf } from './findings';
import type { Say, StepLogic } from './logic';
import type { Reading } from './types';

/** A real-looking event 358 from a hybrid key trust device. */
export const EVENT_358_KEY_TRUST = [
  'Log Name:      Microsoft-Windows-User Device Registration/Admin',
  'Source:        Microsoft-Windows-User Device Registration',
  'Date:          3/14/2024 9:12:44 AM',
  'Event ID:      358',
  'Task Category: None',
  'Level:         Information',
  'Keywords:',
  'User:          CONTOSO\\alexw',
  'Computer:      PC-0142.contoso.com',
  'Description:',
  'Windows Hello for Business provisioning will be launched.',
  '',
  'Device is AAD joined ( AADJ or DJ++ ): Yes',
  'User has logged on with AAD credentials: Yes',
  'Windows Hello for Business policy is enabled: Yes',
  'Windows Hello for Business post-logon provisioning is enabled: Yes',
  'Local computer meets Windows hello for business hardware requirements: Yes',
  'User is not connected to the machine via Remote Desktop: Yes',
  'User certificate for on premise auth policy is enabled: No',
  'Enterprise user logon certificate enrollment endpoint is ready: Not Tested',
  'Enterprise user logon certificate template is : Not Tested',
  'User has successfully authenticated to the enterprise STS: Not Tested',
  'Cloud trust for on premise auth policy is enabled: No',
  'User account has Cloud TGT: Not Tested',
  'See https://go.microsoft.com/fwlink/?linkid=832647 for more details.',
].join('\n');

/** Event 358/360 → the deployment type, in the words of the step's `reasons`. */
export function readDeploymentSaid(findings: readonly AnyFinding[], _ctx: unknown, say: Say): Reading | undefined {
  for (const f of findingsOf(findings, 'udr-event')) {
    const result = (key: UdrCheckKey): UdrResult | undefined => f.facts.checks.find((c) => c.key === key)?.result;
    const eventId = f.facts.eventId;
    if (result('certForOnPremPolicy') === 'yes') return { event: { type: 'OTHER_TRUST' }, because: say('certificate', { eventId }) };
    if (result('cloudTrustPolicy') === 'yes') return { event: { type: 'OTHER_TRUST' }, because: say('cloud', { eventId }) };
    if (result('certForOnPremPolicy') === 'no' && result('userCredentials') === 'yes') {
      return { event: { type: 'HYBRID_KEY_TRUST' }, because: say('hybridKey', { eventId }) };
    }
  }
  return undefined;
}

export const deploymentLogic: Record<string, StepLogic<unknown>> = {
  question: { read: readDeploymentSaid },
  check: { read: readDeploymentSaid, sample: EVENT_358_KEY_TRUST },
};


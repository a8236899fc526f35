import type { AnyFinding } from '../../evidence/types';
import { findingOf } from './findings';
import type { Reading } from './types';

const JOIN_WORDS = {
  entra: 'Entra joined',
  hybrid: 'hybrid joined',
  domain: 'joined to the on-premises domain only',
  drs: 'joined to on-premises device registration',
  none: 'not joined',
} as const;

/** dsregcmd /status → YES when the device is Entra joined (not hybrid), NO otherwise. */
export function readEntraJoined(findings: readonly AnyFinding[]): Reading | undefined {
  const f = findingOf(findings, 'dsregcmd');
  if (!f || f.facts.joinType === 'unknown') return undefined;
  return f.facts.joinType === 'entra'
    ? { event: { type: 'YES' }, because: 'dsregcmd shows AzureAdJoined YES and DomainJoined NO: the device is Entra joined.' }
    : { event: { type: 'NO' }, because: `dsregcmd shows the device is ${JOIN_WORDS[f.facts.joinType]}, not Entra joined.` };
}

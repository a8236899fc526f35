import type { AnyFinding } from '../../evidence/types';
import { findingOf } from './findings';
import type { Say, StepLogic } from './logic';
import type { Reading } from './types';

/** The Device State section of dsregcmd /status on an Entra joined device (a sample for demos and tests). */
export const DSREGCMD_ENTRA_JOINED = [
  '+----------------------------------------------------------------------+',
  '| Device State                                                         |',
  '+----------------------------------------------------------------------+',
  '',
  '             AzureAdJoined : YES',
  '          EnterpriseJoined : NO',
  '              DomainJoined : NO',
  '               Device Name : LAPTOP-7Q2',
].join('\n');

/** The shared join steps' logic (words: ./words/join.yaml): YES when dsregcmd shows an Entra joined device. */
export function readJoin(findings: readonly AnyFinding[], _ctx: unknown, say: Say): Reading | undefined {
  const f = findingOf(findings, 'dsregcmd');
  if (!f || f.facts.joinType === 'unknown') return undefined;
  return f.facts.joinType === 'entra'
    ? { event: { type: 'YES' }, because: say('entra') }
    : { event: { type: 'NO' }, because: say('other', { joinWords: say(`join-${f.facts.joinType}`) }) };
}

export const joinLogic: Record<string, StepLogic<unknown>> = {
  question: { read: readJoin },
  check: { read: readJoin, sample: DSREGCMD_ENTRA_JOINED },
};

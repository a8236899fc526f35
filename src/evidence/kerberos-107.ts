/**
 * Kerberos event 107 (Microsoft-Windows-Kerberos/Operational): the client got a KDC certificate
 * whose names don't match the domain. Expected Domain Name and Error Code 0xC000006D.
 */
import { eventRecords, type EventRecord } from './events.ts';
import { trimEndChars, type Doc, type Located } from './text.ts';
import type { FactRow, Finding, Kerberos107Facts } from './types.ts';
import { say } from './say.ts';

export const STATUS_LOGON_FAILURE = '0xc000006d';

/** The token after `label` on a line, in original case. */
function tokenAfter(line: string, lower: string, label: string): string | undefined {
  const at = lower.indexOf(label);
  if (at === -1) return undefined;
  let i = at + label.length;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  let j = i;
  while (j < line.length && line[j] !== ' ' && line[j] !== '\t' && j - i < 260) j++;
  const token = trimEndChars(line.slice(i, j), '.,;');
  return token.length > 0 ? token : undefined;
}

function isKerberos107(rec: EventRecord): boolean {
  if (rec.family === 'kerberos') return true;
  if (rec.family !== undefined || rec.eventId !== 107) return false;
  return `${rec.logName ?? ''} ${rec.source ?? ''}`.toLowerCase().includes('kerberos');
}

export function analyzeKerberos107(doc: Doc): Located<Finding<'kerberos-107'>>[] {
  if (doc.lower.indexOf('kerberos') === -1 && doc.lower.indexOf('kdc cert') === -1) return [];
  const out: Located<Finding<'kerberos-107'>>[] = [];
  for (const rec of eventRecords(doc)) {
    if (!isKerberos107(rec)) continue;
    const facts: Kerberos107Facts = { logonFailure: false };
    const last = Math.min(rec.end, rec.bodyStart + 20);
    for (let i = rec.bodyStart; i < last; i++) {
      const line = doc.line(i);
      const lower = doc.lowerLine(i);
      if (facts.expectedDomain === undefined) {
        const d = tokenAfter(line, lower, 'expected domain name:');
        if (d !== undefined) facts.expectedDomain = d;
      }
      if (facts.errorCode === undefined) {
        const e = tokenAfter(line, lower, 'error code:');
        if (e !== undefined) facts.errorCode = e;
      }
    }
    facts.logonFailure = facts.errorCode?.toLowerCase() === STATUS_LOGON_FAILURE;
    const rows: FactRow[] = [
      { label: say('kerberos107.rowEvent'), value: say('kerberos107.rowEventValue'), mark: 'fail' },
      { label: say('kerberos107.rowExpectedDomain'), value: facts.expectedDomain ?? say('common.notInPaste'), mark: 'info' },
      {
        label: say('kerberos107.rowErrorCode'),
        value: facts.errorCode === undefined ? say('common.notInPaste') : facts.logonFailure ? `${facts.errorCode} (STATUS_LOGON_FAILURE)` : facts.errorCode,
        mark: facts.logonFailure ? 'fail' : 'info',
      },
    ];
    const summary = facts.expectedDomain
      ? say('kerberos107.summaryDomain', { domain: facts.expectedDomain })
      : say('kerberos107.summaryNoDomain');
    out.push({ at: rec.start, finding: { kind: 'kerberos-107', summary, facts, rows } });
  }
  return out;
}

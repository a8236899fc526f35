/**
 * AD FS event 1021 (AD FS/Admin): "Encountered error during OAuth token request", and the
 * MSIS9368 "client … is forbidden to access the resource … with scope 'ugs'" exception.
 */
import { eventRecords, type EventRecord } from './events.ts';
import { linesWith, type Doc, type Located } from './text.ts';
import type { Adfs1021Facts, FactRow, Finding } from './types.ts';
import { say } from './say.ts';

/** The device registration client that asks for the ugs scope. */
export const DRS_CLIENT_ID = '38aa3b87-a06d-4817-b275-7a316988d93b';
export const SELFSCOPE_RESOURCE = 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope';

/** Text between `'` quotes after `label` (lowercased search, original-case result). */
function quotedAfter(text: string, lower: string, label: string): string | undefined {
  const at = lower.indexOf(label);
  if (at === -1) return undefined;
  const start = at + label.length;
  const end = text.indexOf("'", start);
  if (end === -1 || end - start > 500) return undefined;
  return text.slice(start, end).trim();
}

function msisCode(lower: string): string | undefined {
  let at = lower.indexOf('msis');
  while (at !== -1) {
    const digits = lower.slice(at + 4, at + 8);
    if (/^[0-9]{4}$/.test(digits) && !/[0-9]/.test(lower.charAt(at + 8))) return `MSIS${digits}`;
    at = lower.indexOf('msis', at + 4);
  }
  return undefined;
}

function isAdfsRecord(rec: EventRecord): boolean {
  if (rec.family === 'adfs') return true;
  if (rec.family !== undefined || rec.eventId !== 1021) return false;
  const where = `${rec.logName ?? ''} ${rec.source ?? ''}`.toLowerCase();
  return where.includes('ad fs') || where.includes('adfs');
}

/** Text that marks the exception even without the event around it: "The client '…' is forbidden to access …". */
const TRIGGER = "' is forbidden";

function analyzeRange(doc: Doc, from: number, to: number, eventId: number | undefined): Finding<'adfs-1021'> {
  const parts: string[] = [];
  let size = 0;
  for (let i = from; i < to && size < 20_000; i++) {
    const line = doc.line(i);
    parts.push(line.trim());
    size += line.length;
  }
  const text = parts.join(' ');
  const lower = text.toLowerCase();
  const facts: Adfs1021Facts = { isUgsScopeIssue: false };
  if (eventId !== undefined) facts.eventId = eventId;
  const msis = msisCode(lower);
  if (msis) facts.msis = msis;
  const clientId = quotedAfter(text, lower, "the client '");
  if (clientId !== undefined) facts.clientId = clientId;
  const resource = quotedAfter(text, lower, "the resource '");
  if (resource !== undefined) facts.resource = resource;
  const scope = quotedAfter(text, lower, "with scope '");
  if (scope !== undefined) facts.scope = scope;

  const scopeHasUgs = scope !== undefined && scope.toLowerCase().split(/[\s,]+/).includes('ugs');
  const drsClient = clientId?.toLowerCase() === DRS_CLIENT_ID;
  const selfscope = resource?.toLowerCase() === SELFSCOPE_RESOURCE;
  facts.isUgsScopeIssue = scopeHasUgs ? drsClient || selfscope || msis === 'MSIS9368' : msis === 'MSIS9368' && drsClient && scope === undefined;

  const rows: FactRow[] = [];
  if (eventId !== undefined) rows.push({ label: say('adfs1021.rowEvent'), value: say('adfs1021.rowEventValue', { eventId }), mark: 'fail' });
  if (facts.msis) rows.push({ label: say('adfs1021.rowAdfsError'), value: facts.msis, mark: 'fail' });
  rows.push({ label: say('adfs1021.rowClient'), value: clientId ?? say('common.notInPaste'), mark: clientId === undefined ? 'info' : drsClient ? 'warn' : 'info' });
  rows.push({ label: say('adfs1021.rowResource'), value: resource ?? say('common.notInPaste'), mark: 'info' });
  rows.push({ label: say('adfs1021.rowScope'), value: scope ?? say('common.notInPaste'), mark: scopeHasUgs ? 'fail' : 'info' });
  rows.push({ label: say('adfs1021.rowUgs'), value: say(facts.isUgsScopeIssue ? 'adfs1021.yes' : 'adfs1021.no'), mark: facts.isUgsScopeIssue ? 'fail' : 'pass' });

  const detailsMissing = clientId === undefined && scope === undefined && resource === undefined;
  const label = eventId !== undefined ? say('adfs1021.eventLabel', { eventId }) : say('adfs1021.errorLabel');
  const summary = facts.isUgsScopeIssue
    ? say('adfs1021.ugsRefused', { label })
    : detailsMissing
      ? say('adfs1021.detailsMissing', { label })
      : say(scope !== undefined ? 'adfs1021.failedScope' : 'adfs1021.failed', { label, scope });
  return { kind: 'adfs-1021', summary, facts, rows };
}

export function analyzeAdfs1021(doc: Doc): Located<Finding<'adfs-1021'>>[] {
  const out: Located<Finding<'adfs-1021'>>[] = [];
  const covered: [number, number][] = [];
  for (const rec of eventRecords(doc)) {
    if (!isAdfsRecord(rec)) continue;
    const to = Math.min(rec.end, rec.bodyStart + 60);
    covered.push([rec.bodyStart, to]);
    out.push({ at: rec.start, finding: analyzeRange(doc, rec.bodyStart, to, rec.eventId ?? 1021) });
  }
  // The exception line pasted on its own (outside any event record). Ranges are in line order.
  const triggers = linesWith(doc, TRIGGER, 10_000);
  let r = 0;
  let standaloneEnd = -1;
  for (const i of triggers) {
    if (i < standaloneEnd) continue;
    while (r < covered.length && covered[r]![1] <= i) r++;
    if (r < covered.length && covered[r]![0] <= i) continue;
    const from = Math.max(0, i - 2);
    const to = Math.min(doc.count, i + 3);
    standaloneEnd = to;
    out.push({ at: i, finding: analyzeRange(doc, from, to, undefined) });
  }
  return out;
}

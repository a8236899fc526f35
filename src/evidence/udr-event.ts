/**
 * User Device Registration events (Microsoft-Windows-User Device Registration/Admin):
 * 358 / 360 / 362 prerequisite checks, and 300, 301, 304, 305, 311, 363 by meaning.
 */
import { MAX_FINDINGS_PER_KIND } from './cap.ts';
import { eventRecords, type EventRecord } from './events.ts';
import type { Doc, Located } from './text.ts';
import type { FactRow, Finding, Mark, UdrCheck, UdrCheckKey, UdrEventFacts, UdrResult } from './types.ts';
import { hasWords, say } from './say.ts';

export const UDR_MEANINGS: Readonly<Record<number, string>> = {
  358: 'prerequisite checks passed; Windows Hello for Business provisioning will start',
  360: 'a prerequisite check failed; Windows Hello for Business provisioning will not start',
  362: 'provisioning blocked by a certificate trust prerequisite (enterprise STS or certificate enrollment)',
  300: 'the Windows Hello key was registered with Microsoft Entra ID',
  301: 'registering the Windows Hello key with Microsoft Entra ID failed',
  304: 'automatic device registration failed in the join phase',
  305: 'automatic device registration failed in the authentication phase',
  311: 'creating the Windows Hello (NGC) key container failed',
  363: 'the Windows Hello key is missing',
};

/** A check's short label, for rows and summaries (src/evidence/words.yaml udr.check-*); an unknown key as it is. */
export const udrCheckLabel = (key: UdrCheckKey | (string & {})): string => (hasWords(`udr.check-${key}`) ? say(`udr.check-${key}`) : key);

type Phrase = readonly [string, UdrCheckKey | 'method' | 'end'];

/** Lowercased openings of each line of the description. Order doesn't matter: positions are sorted. */
const PHRASES: readonly Phrase[] = [
  ['device is ', 'deviceJoined'],
  ['user has logged on with ', 'userCredentials'],
  ['windows hello for business policy is enabled', 'policyEnabled'],
  ['windows hello for business post', 'postLogonEnabled'],
  ['local computer meets ', 'hardware'],
  ['user is not connected ', 'notRemote'],
  ['user certificate for on prem', 'certForOnPremPolicy'],
  ['enterprise user logon certificate enrollment endpoint', 'enrollmentEndpointReady'],
  ['enterprise user logon certificate template', 'logonCertTemplate'],
  ['user has successfully authenticated', 'stsAuthenticated'],
  ['cloud trust for on prem', 'cloudTrustPolicy'],
  ['user account has cloud tgt', 'cloudTgt'],
  ['certificate enrollment method', 'method'],
  ['windows hello for business provisioning will', 'end'],
  ['see http', 'end'],
];

function classify(answer: string): { result: UdrResult; detail?: string } {
  const a = answer.trim();
  const lower = a.toLowerCase();
  const word = (w: string) => lower.startsWith(w) && (lower.length === w.length || !/[a-z0-9]/.test(lower[w.length]!));
  let result: UdrResult = 'other';
  let rest = a;
  if (word('not tested')) {
    result = 'not-tested';
    rest = a.slice(10);
  } else if (word('yes')) {
    result = 'yes';
    rest = a.slice(3);
  } else if (word('no')) {
    result = 'no';
    rest = a.slice(2);
  }
  rest = rest.trim();
  if (rest.endsWith('.') && result !== 'other') rest = rest.slice(0, -1).trim();
  return rest.length > 0 ? { result, detail: rest.slice(0, 300) } : { result };
}

interface ParsedBody {
  checks: UdrCheck[];
  method?: string;
}

/** A description never runs longer than this. */
const MAX_BODY_LINES = 40;

const YES_NO_END = /: ?(yes|no|not tested)\.?$/;

function parseBody(doc: Doc, rec: EventRecord): ParsedBody {
  const out: ParsedBody = { checks: [] };
  const seen = new Set<UdrCheckKey>();
  const from = rec.anchorLine ?? rec.bodyStart;
  const indents = doc.indents();
  // The anchor sentence, then one check a line. Copies from some consoles put a blank line
  // between the sentence and the checks, so only a blank line after the checks ends the body.
  const last = Math.min(rec.end, from + MAX_BODY_LINES);
  for (let i = from; i < last; i++) {
    const lower = doc.lowerLine(i);
    if (indents[i] === lower.length) {
      if (out.checks.length > 0) break;
      continue;
    }
    const hits: { at: number; len: number; kind: Phrase[1] }[] = [];
    const ind = indents[i]!;
    if (lower.length - ind < 170) {
      // The usual shape: one check a line, at its start.
      for (const [phrase, kind] of PHRASES) {
        if (lower.startsWith(phrase, ind)) {
          hits.push({ at: ind, len: phrase.length, kind });
          break;
        }
      }
    }
    if (hits.length === 0) {
      // Several checks squashed onto one line, or a check after other text.
      for (const [phrase, kind] of PHRASES) {
        const at = lower.indexOf(phrase);
        if (at !== -1) hits.push({ at, len: phrase.length, kind });
      }
    }
    if (hits.length === 0) {
      // An unknown Yes/No line (newer Windows may add checks); ' : ' lines belong to other output.
      const t = lower.trim();
      if (i > from && t.length < 200 && !t.includes(' : ') && YES_NO_END.test(t)) {
        const line = doc.line(i).trim();
        const colon = line.lastIndexOf(':');
        out.checks.push({ key: 'other', text: line.slice(0, colon).trim(), ...classify(line.slice(colon + 1)) });
      }
      continue;
    }
    hits.sort((a, b) => a.at - b.at);
    const line = doc.line(i);
    let sawEnd = false;
    for (let h = 0; h < hits.length; h++) {
      const hit = hits[h]!;
      const segEnd = h + 1 < hits.length ? hits[h + 1]!.at : line.length;
      if (hit.kind === 'end') {
        if (lower.startsWith('see http', hit.at)) sawEnd = true;
        continue;
      }
      const colon = line.indexOf(':', hit.at + hit.len - 1);
      if (colon === -1 || colon >= segEnd) continue;
      const text = line.slice(hit.at, colon).trim();
      const answer = line.slice(colon + 1, segEnd);
      if (hit.kind === 'method') {
        const m = answer.trim().replace(/\.$/, '');
        if (m.length > 0 && out.method === undefined) out.method = m.slice(0, 100);
        continue;
      }
      if (seen.has(hit.kind)) continue;
      seen.add(hit.kind);
      out.checks.push({ key: hit.kind, text, ...classify(answer) });
    }
    if (sawEnd) break;
  }
  return out;
}

function isUdr(rec: EventRecord): boolean {
  if (rec.family === 'udr') return true;
  if (rec.family !== undefined) return false;
  const where = `${rec.logName ?? ''} ${rec.source ?? ''}`.toLowerCase();
  return where.includes('user device registration');
}

function inferEventId(doc: Doc, rec: EventRecord, body: ParsedBody): number | undefined {
  if (rec.anchorLine === undefined) return undefined;
  const l = doc.lowerLine(rec.anchorLine);
  if (l.includes('will not be launched')) {
    const certSide: UdrCheckKey[] = ['certForOnPremPolicy', 'enrollmentEndpointReady', 'logonCertTemplate', 'stsAuthenticated'];
    return body.checks.some((c) => c.result === 'no' && certSide.includes(c.key)) ? 362 : 360;
  }
  if (l.includes('will be launched')) return 358;
  if (l.includes('join phase')) return 304;
  if (l.includes('authentication phase')) return 305;
  return undefined;
}

const MARKS: Record<UdrResult, Mark> = { yes: 'pass', no: 'fail', 'not-tested': 'info', other: 'info' };
/** A check's result in words (words.yaml udr.shown-*); '' for another value (its detail is shown). */
const shownWords = (result: UdrResult) => (result === 'other' ? '' : say(`udr.shown-${result}`));

function buildFinding(facts: UdrEventFacts): Finding<'udr-event'> {
  const id = facts.eventId;
  const failingLabels = facts.failing.map(udrCheckLabel);
  const meaning = id in UDR_MEANINGS ? say(`udr.meaning-${id}`) : say('udr.meaningUnknown');
  let summary: string;
  if (id === 362 && facts.stsAuthenticated === 'no') {
    summary = say('udr.summary362Sts');
  } else if (id === 358) {
    summary = say('udr.summary358');
  } else if ((id === 360 || id === 362) && failingLabels.length > 0) {
    summary = say('udr.summaryFailing', { eventId: id, failing: failingLabels.join(', ') });
  } else if (id === 360 || id === 362) {
    summary = say('udr.summaryNotStart', { eventId: id });
  } else {
    summary = say('udr.summaryMeaning', { eventId: id, meaning });
  }

  const rows: FactRow[] = [{ label: say('udr.rowEvent'), value: say('udr.rowEventValue', { eventId: id, meaning }), mark: id === 358 || id === 300 ? 'pass' : id in UDR_MEANINGS ? 'fail' : 'info' }];
  if (facts.eventIdInferred) rows[0]!.value = say('udr.inferred', { value: rows[0]!.value });
  for (const c of facts.checks) {
    const shown = c.result === 'other' ? (c.detail ?? '') : c.detail ? say('udr.shownDetail', { shown: shownWords(c.result), detail: c.detail }) : shownWords(c.result);
    rows.push({ label: c.key === 'other' ? c.text : udrCheckLabel(c.key), value: shown, mark: MARKS[c.result] });
  }
  if (facts.certEnrollmentMethod) rows.push({ label: say('udr.rowMethod'), value: facts.certEnrollmentMethod, mark: 'info' });

  return { kind: 'udr-event', summary, facts, rows };
}

export function analyzeUdrEvents(doc: Doc): Located<Finding<'udr-event'>>[] {
  if (doc.lower.indexOf('provisioning will') === -1 && doc.lower.indexOf('user device registration') === -1 && doc.lower.indexOf('automatic registration failed') === -1) {
    return [];
  }
  const out: Located<Finding<'udr-event'>>[] = [];
  for (const rec of eventRecords(doc)) {
    if (out.length >= MAX_FINDINGS_PER_KIND) break; // the rest would be dropped
    if (!isUdr(rec)) continue;
    const body = parseBody(doc, rec);
    const inferred = rec.eventId === undefined ? inferEventId(doc, rec, body) : undefined;
    const eventId = rec.eventId ?? inferred;
    if (eventId === undefined) continue;
    const meaning = UDR_MEANINGS[eventId] ?? 'a User Device Registration event this tool does not interpret';
    const facts: UdrEventFacts = { eventId, meaning, checks: body.checks, failing: [] };
    if (inferred !== undefined) facts.eventIdInferred = true;
    if (eventId === 358) facts.launched = true;
    else if (eventId === 360 || eventId === 362) facts.launched = false;
    for (const c of body.checks) if (c.result === 'no' && !facts.failing.includes(c.key)) facts.failing.push(c.key);
    const sts = body.checks.find((c) => c.key === 'stsAuthenticated');
    if (sts && sts.result !== 'other') facts.stsAuthenticated = sts.result;
    if (body.method !== undefined) facts.certEnrollmentMethod = body.method;
    if (rec.computer) facts.computer = rec.computer;
    out.push({ at: rec.start, finding: buildFinding(facts) });
  }
  return out;
}

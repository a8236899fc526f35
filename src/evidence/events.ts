/**
 * Cuts a paste into Windows event records. Four layouts are understood:
 * - "Copy details" text: a header (Log Name:, Source:, Date:, Event ID:, …, Description:) then the description;
 * - Event Viewer general-tab text: the description, then the field grid (Log Name:, Source: … Logged: …, Event ID: …);
 * - a bare description, recognised by its first sentence (an "anchor");
 * - PowerShell's `Get-WinEvent … | Format-List` (Id, ProviderName, LogName, MachineName, Message as `Key : value`
 *   lines, in either order: Message first with `Format-List *`).
 * One linear pass; memoised per Doc.
 */
import type { Doc } from './text.ts';
import { indentOf } from './text.ts';

export type EventFamily = 'udr' | 'kerberos' | 'adfs';

export interface EventRecord {
  /** First line of the record (header or description). */
  start: number;
  /** First description line. */
  bodyStart: number;
  /** One past the last line of the record. */
  end: number;
  eventId?: number;
  logName?: string;
  source?: string;
  level?: string;
  computer?: string;
  /** Family of the description's anchor sentence, if one was seen. */
  family?: EventFamily;
  anchorLine?: number;
  layout: 'copy-details' | 'general' | 'bare' | 'format-list';
}

/** Records never run longer than this many lines. */
const MAX_RECORD_LINES = 150;

const ANCHORS: readonly (readonly [string, EventFamily])[] = [
  ['provisioning will be launched', 'udr'],
  ['provisioning will not be launched', 'udr'],
  ['automatic registration failed', 'udr'],
  ['kdc certificate that does not have a matched domain name', 'kerberos'],
  ['encountered error during oauth token request', 'adfs'],
];

/** The anchor family of a lowercased line, if it holds an anchor sentence. */
export function anchorFamily(lower: string): EventFamily | undefined {
  // Cheap pre-checks: every anchor contains one of these words.
  if (lower.indexOf('provisioning') === -1 && lower.indexOf('registration') === -1 && lower.indexOf('kdc cert') === -1 && lower.indexOf('oauth') === -1) {
    return undefined;
  }
  for (const [phrase, family] of ANCHORS) {
    if (lower.indexOf(phrase) !== -1) return family;
  }
  return undefined;
}

const FIELD_PREFIXES = [
  'log name:',
  'source:',
  'date:',
  'logged:',
  'event id:',
  'task category:',
  'level:',
  'keywords:',
  'user:',
  'computer:',
  'opcode:',
  'more information:',
  'guid:',
  'description:',
];

function fieldPrefix(t: string): string | undefined {
  const c = t.charCodeAt(0);
  // l s d e t k u c o m g
  if (c !== 108 && c !== 115 && c !== 100 && c !== 101 && c !== 116 && c !== 107 && c !== 117 && c !== 99 && c !== 111 && c !== 109 && c !== 103) {
    return undefined;
  }
  for (const p of FIELD_PREFIXES) if (t.startsWith(p)) return p;
  return undefined;
}

/** Value after `label` in a line, cut at a run of 2+ spaces or a tab (general-tab grids hold two fields a line). */
function fieldValue(line: string, lowerLine: string, label: string): string | undefined {
  const at = lowerLine.indexOf(label);
  if (at === -1) return undefined;
  let v = line.slice(at + label.length).trim();
  const cut = v.search(/ {2}|\t/);
  if (cut !== -1) v = v.slice(0, cut);
  return v;
}

interface FieldBlock {
  end: number;
  bodyStart: number;
  hasDescription: boolean;
  eventId?: number;
  logName?: string;
  source?: string;
  level?: string;
  computer?: string;
}

function readFieldBlock(doc: Doc, from: number): FieldBlock | null {
  const block: FieldBlock = { end: from, bodyStart: from, hasDescription: false };
  let j = from;
  for (; j < doc.count && j - from < 20; j++) {
    const lowerLine = doc.lowerLine(j);
    const t = lowerLine.slice(indentOf(lowerLine));
    const p = t.length > 0 ? fieldPrefix(t) : undefined;
    if (!p) break;
    const line = doc.line(j);
    if (p === 'description:') {
      block.hasDescription = true;
      const rest = t.slice(p.length).trim();
      block.end = j + 1;
      block.bodyStart = rest.length > 0 ? j : j + 1;
      break;
    }
    if (block.logName === undefined) block.logName = fieldValue(line, lowerLine, 'log name:');
    if (block.source === undefined) block.source = fieldValue(line, lowerLine, 'source:');
    if (block.level === undefined) block.level = fieldValue(line, lowerLine, 'level:');
    if (block.computer === undefined) block.computer = fieldValue(line, lowerLine, 'computer:');
    if (block.eventId === undefined) {
      const v = fieldValue(line, lowerLine, 'event id:');
      if (v !== undefined) {
        const m = /^[0-9]{1,6}/.exec(v);
        if (m) block.eventId = Number(m[0]);
      }
    }
    block.end = j + 1;
    block.bodyStart = j + 1;
  }
  if (block.eventId === undefined && block.logName === undefined) return null;
  return block;
}

function nextLinesHaveAnchor(doc: Doc, from: number): boolean {
  for (let j = from, seen = 0; j < doc.count && seen < 3; j++) {
    const l = doc.lowerLine(j);
    if (l.trim().length === 0) continue;
    seen++;
    if (anchorFamily(l)) return true;
  }
  return false;
}

/** true when lines [from, to) are all blank (the anchor opens the description). */
function blankBetween(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const l = doc.lowerLine(j);
    // The "Description:" line itself may precede the text.
    if (l.trim().length > 0 && !l.trimStart().startsWith('description:')) return false;
  }
  return true;
}

const LIST_KEYS = new Set(['message', 'id', 'version', 'qualifiers', 'level', 'task', 'opcode', 'keywords', 'recordid', 'providername', 'providerid', 'logname', 'processid', 'threadid', 'machinename', 'userid', 'timecreated', 'leveldisplayname', 'opcodedisplayname', 'taskdisplayname', 'activityid', 'relatedactivityid', 'containerlog', 'matchedqueryids', 'bookmark', 'keywordsdisplaynames', 'properties']);

/** A Format-List line `Key   : value` of an event record: its key (lowercase) and where its value starts. */
function listField(doc: Doc, line: number): { key: string; at: number } | undefined {
  const l = doc.lowerLine(line);
  let i = indentOf(l);
  const from = i;
  while (i < l.length && i - from <= 24) {
    const c = l.charCodeAt(i);
    if (c < 97 || c > 122) break;
    i++;
  }
  if (i === from || i - from > 24) return undefined;
  const key = l.slice(from, i);
  while (l.charCodeAt(i) === 32 || l.charCodeAt(i) === 9) i++;
  if (l.charCodeAt(i) !== 58 || !LIST_KEYS.has(key)) return undefined;
  return { key, at: i + 1 };
}

function listValue(doc: Doc, line: number, key: string): string | undefined {
  const f = listField(doc, line);
  return f?.key === key ? doc.line(line).slice(f.at).trim() : undefined;
}

/** `Id : 300` as Format-List prints it: the event id, or undefined for any other line. */
function formatListId(doc: Doc, line: number): number | undefined {
  const v = listValue(doc, line, 'id');
  const m = v === undefined ? null : /^[0-9]{1,6}$/.exec(v);
  return m ? Number(m[0]) : undefined;
}

/** Provider, log, computer and level from a record's Format-List lines [from, to), stopping at the next Id. */
function readListFields(doc: Doc, from: number, to: number, rec: EventRecord): void {
  for (let j = Math.max(0, from); j < Math.min(doc.count, to); j++) {
    const f = listField(doc, j);
    if (!f) continue;
    if (f.key === 'id' && j !== from) break;
    const v = () => doc.line(j).slice(f.at).trim();
    if (f.key === 'providername') rec.source ??= v();
    else if (f.key === 'logname') rec.logName ??= v();
    else if (f.key === 'machinename') rec.computer ??= v();
    else if (f.key === 'leveldisplayname') rec.level ??= v();
  }
}

/** A Format-List record whose Id line comes before its Message (the default `Select`/`Format-List` orders). */
function listRecord(doc: Doc, idLine: number, eventId: number, floor: number): EventRecord {
  let start = idLine;
  while (start > floor && idLine - start < 12 && listField(doc, start - 1)) start--;
  let message = -1;
  for (let j = idLine + 1; j < doc.count && j - idLine < 30; j++) {
    const f = listField(doc, j);
    if (!f || f.key === 'id') break;
    if (f.key === 'message') {
      message = j;
      break;
    }
  }
  const bodyStart = message === -1 ? idLine + 1 : message;
  // The Message runs on in lines indented to its value's column (blank lines included); anything else ends it.
  let end = message === -1 ? idLine + 1 : message + 1;
  if (message !== -1) {
    const column = listField(doc, message)!.at;
    for (let j = message + 1; j < doc.count && j - message < MAX_RECORD_LINES; j++) {
      const l = doc.lowerLine(j);
      if (l.trim().length === 0) continue;
      if (indentOf(l) < column - 1) break;
      end = j + 1;
    }
  }
  const rec: EventRecord = { start, bodyStart, end, eventId, layout: 'format-list' };
  readListFields(doc, start, message === -1 ? idLine + 30 : message, rec);
  if (message !== -1) {
    const family = anchorFamily(doc.lowerLine(message));
    if (family) {
      rec.family = family;
      rec.anchorLine = message;
    }
  }
  return rec;
}

const cache = new WeakMap<Doc, EventRecord[]>();

/** Anchor sentences as they open a line. */
const ANCHOR_STARTS: readonly string[] = [
  'windows hello for business provisioning will',
  'automatic registration failed',
  'the kerberos client received a kdc certificate',
  'encountered error during oauth token request',
];

/** First words of lines that may carry an anchor after a prefix (Description:, Get-WinEvent's Message :, CSV exports). */
const PREFIXED = ['description', 'message', 'warning', 'information', 'error', '"', 'level'];

/** PREFIXED by first character (each opens with a different one). */
const PREFIXED_BY_FIRST = new Map(PREFIXED.map((p) => [p.charCodeAt(0), p]));

/** Whether line i (first non-blank character c at column ind) may hold an anchor; its string is made only for a PREFIXED line. */
function mayHoldAnchor(doc: Doc, i: number, ind: number, c: number): boolean {
  // w a t e: the sentence opens the line.
  if (c === 119 || c === 97 || c === 116 || c === 101) {
    for (const a of ANCHOR_STARTS) if (doc.lowerStartsWith(i, ind, a)) return true;
  }
  const p = PREFIXED_BY_FIRST.get(c);
  return p !== undefined && doc.lowerStartsWith(i, ind, p) && anchorFamily(doc.lowerLine(i)) !== undefined;
}

/** Lines that may start a field block (Log Name:, Source:, Event ID:) or hold an anchor sentence. */
function candidateLines(doc: Doc): number[] {
  const indents = doc.indents();
  const first = doc.firstChars();
  const out: number[] = [];
  // Format-List records name their provider or log; without either, `Id :` lines are something else.
  // Asked only for an `Id : <number>` line (two searches of the whole paste otherwise spent on every paste).
  let listsKnown: boolean | undefined;
  const lists = () => (listsKnown ??= doc.lower.indexOf('providername') !== -1 || doc.lower.indexOf('logname') !== -1);
  for (let i = 0; i < doc.count; i++) {
    const c = first[i]!;
    // l s e w a t d m i "
    if (c !== 108 && c !== 115 && c !== 101 && c !== 119 && c !== 97 && c !== 116 && c !== 100 && c !== 109 && c !== 105 && c !== 34) continue;
    // Prefixes are checked in the paste itself: most of these lines are noise, not worth a string each.
    const ind = indents[i]!;
    const field =
      (c === 108 && doc.lowerStartsWith(i, ind, 'log name:')) || (c === 115 && doc.lowerStartsWith(i, ind, 'source:')) || (c === 101 && doc.lowerStartsWith(i, ind, 'event id:'));
    if (field || mayHoldAnchor(doc, i, ind, c) || (c === 105 && doc.lowerStartsWith(i, ind, 'id') && formatListId(doc, i) !== undefined && lists())) out.push(i);
  }
  return out;
}

/** All event records in a paste, in order. */
export function eventRecords(doc: Doc): EventRecord[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const records: EventRecord[] = [];
  const n = doc.count;
  let cur: EventRecord | null = null;
  const close = (end: number) => {
    if (!cur) return;
    cur.end = Math.max(Math.min(end, cur.start + MAX_RECORD_LINES), cur.bodyStart);
    records.push(cur);
    cur = null;
  };
  const fromBlock = (start: number, b: FieldBlock, layout: EventRecord['layout']): EventRecord => {
    const r: EventRecord = { start, bodyStart: b.bodyStart, end: b.bodyStart, layout };
    if (b.eventId !== undefined) r.eventId = b.eventId;
    if (b.logName !== undefined) r.logName = b.logName;
    if (b.source !== undefined) r.source = b.source;
    if (b.level !== undefined) r.level = b.level;
    if (b.computer !== undefined) r.computer = b.computer;
    return r;
  };
  const indents = doc.indents();
  const candidates = candidateLines(doc);
  let skipUntil = -1;
  for (const i of candidates) {
    if (i < skipUntil) continue;
    if (cur !== null && i - (cur as EventRecord).start >= MAX_RECORD_LINES) close(i);
    const l = doc.lowerLine(i);
    const ind = indents[i]!;
    const c = l.charCodeAt(ind);
    // Field blocks start with Log Name:, Source: or Event ID:.
    if ((c === 108 && l.startsWith('log name:', ind)) || (c === 115 && l.startsWith('source:', ind)) || (c === 101 && l.startsWith('event id:', ind))) {
      const b = readFieldBlock(doc, i);
      if (b) {
        if (b.hasDescription || nextLinesHaveAnchor(doc, b.end)) {
          close(i);
          cur = fromBlock(i, b, 'copy-details');
          skipUntil = b.bodyStart;
          continue;
        }
        const open = cur as EventRecord | null;
        if (open && open.layout === 'bare' && open.eventId === undefined) {
          // General-tab layout: the grid follows the description.
          if (b.eventId !== undefined) open.eventId = b.eventId;
          if (b.logName !== undefined) open.logName = b.logName;
          if (b.source !== undefined) open.source = b.source;
          if (b.level !== undefined) open.level = b.level;
          if (b.computer !== undefined) open.computer = b.computer;
          open.layout = 'general';
          close(i);
        } else {
          close(i);
          records.push(fromBlock(i, b, 'copy-details'));
        }
        skipUntil = b.end;
        continue;
      }
    }
    if (c === 105) {
      const id = formatListId(doc, i);
      if (id !== undefined) {
        const open = cur as EventRecord | null;
        if (open && open.layout === 'bare' && open.eventId === undefined && open.anchorLine !== undefined && i - open.start < MAX_RECORD_LINES) {
          // `Format-List *`: the Message (its description) came first; the Id and the other fields follow it.
          open.eventId = id;
          open.layout = 'format-list';
          readListFields(doc, i, i + 30, open);
          close(i);
        } else {
          // The fields before the Id (TimeCreated, ProviderName…) belong to this record, not the one still open.
          const floor = open ? (open.anchorLine ?? open.bodyStart) + 1 : records.length > 0 ? records[records.length - 1]!.end : 0;
          const next = listRecord(doc, i, id, floor);
          close(next.start);
          records.push(next);
          skipUntil = next.end;
        }
        continue;
      }
    }
    const family = anchorFamily(l);
    if (family) {
      const open = cur as EventRecord | null;
      if (open && open.anchorLine === undefined && open.layout === 'copy-details' && i - open.bodyStart <= 3 && blankBetween(doc, open.bodyStart, i)) {
        open.family = family;
        open.anchorLine = i;
      } else {
        close(i);
        cur = { start: i, bodyStart: i, end: i + 1, family, anchorLine: i, layout: 'bare' };
      }
    }
  }
  close(n);
  cache.set(doc, records);
  return records;
}

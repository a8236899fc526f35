/**
 * Cuts a paste into Windows event records. Three layouts are understood:
 * - "Copy details" text: a header (Log Name:, Source:, Date:, Event ID:, …, Description:) then the description;
 * - Event Viewer general-tab text: the description, then the field grid (Log Name:, Source: … Logged: …, Event ID: …);
 * - a bare description, recognised by its first sentence (an "anchor").
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
  layout: 'copy-details' | 'general' | 'bare';
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
    const lowerLine = doc.lowerLines[j]!;
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
    const l = doc.lowerLines[j]!;
    if (l.trim().length === 0) continue;
    seen++;
    if (anchorFamily(l)) return true;
  }
  return false;
}

/** true when lines [from, to) are all blank (the anchor opens the description). */
function blankBetween(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    const l = doc.lowerLines[j]!;
    // The "Description:" line itself may precede the text.
    if (l.trim().length > 0 && !l.trimStart().startsWith('description:')) return false;
  }
  return true;
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

function mayHoldAnchor(l: string, ind: number, c: number): boolean {
  // w a t e: the sentence opens the line.
  if (c === 119 || c === 97 || c === 116 || c === 101) {
    for (const a of ANCHOR_STARTS) if (l.startsWith(a, ind)) return true;
  }
  if (c === 100 || c === 109 || c === 119 || c === 105 || c === 101 || c === 34 || c === 108) {
    for (const p of PREFIXED) if (l.startsWith(p, ind)) return anchorFamily(l) !== undefined;
  }
  return false;
}

/** Lines that may start a field block (Log Name:, Source:, Event ID:) or hold an anchor sentence. */
function candidateLines(doc: Doc): number[] {
  const indents = doc.indents();
  const first = doc.firstChars();
  const out: number[] = [];
  for (let i = 0; i < doc.count; i++) {
    const c = first[i]!;
    // l s e w a t d m i "
    if (c !== 108 && c !== 115 && c !== 101 && c !== 119 && c !== 97 && c !== 116 && c !== 100 && c !== 109 && c !== 105 && c !== 34) continue;
    const l = doc.lowerLines[i]!;
    const ind = indents[i]!;
    const field = (c === 108 && l.startsWith('log name:', ind)) || (c === 115 && l.startsWith('source:', ind)) || (c === 101 && l.startsWith('event id:', ind));
    if (field || mayHoldAnchor(l, ind, c)) out.push(i);
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
    const l = doc.lowerLines[i]!;
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

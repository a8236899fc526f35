/**
 * Tables in pasted text, whatever they hold: PowerShell's Format-Table (a header, a line of
 * dashes under each column name, then rows padded to the columns: text left-aligned, numbers
 * right-aligned, one space between columns) and delimited tables with a header row (CSV from
 * ConvertTo-Csv / systeminfo /fo csv, tab-separated from a spreadsheet). Pure, linear in the
 * lines read; every cell is a piece of the line it came from.
 */
import { compactKey, type Doc } from './text.ts';

export interface TableRow {
  line: number;
  /** One cell per column ('' when empty), each a substring of the line. */
  cells: string[];
}

export interface Table {
  /** Line of the header row. */
  header: number;
  /** Column names compacted like property keys: "PS Computer-Name" → "pscomputername". */
  columns: string[];
  rows: TableRow[];
  /** Last line that belongs to the table (header, dashes or rows). */
  last: number;
  layout: 'aligned' | 'delimited';
}

const MAX_COLUMNS = 30;
const MAX_ROWS = 2000;

/** A header cell: a property name as PowerShell or a CSV header prints it. */
const HEADER_CELL = /^[A-Za-z][A-Za-z0-9 ()._/#-]{0,59}$/;

interface Run {
  start: number;
  end: number;
}

/** Runs of dashes in a line made only of dashes and blanks ("----  ---"); null for any other line. */
function dashRuns(line: string): Run[] | null {
  const runs: Run[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line.charCodeAt(i);
    if (c === 45) {
      const start = i;
      while (i < line.length && line.charCodeAt(i) === 45) i++;
      runs.push({ start, end: i });
      if (runs.length > MAX_COLUMNS) return null;
    } else if (c === 32 || c === 9 || c === 13) i++;
    else return null;
  }
  return runs.some((r) => r.end - r.start >= 2) ? runs : null;
}

/** Whitespace-separated tokens of a line. */
function tokens(line: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < line.length) {
    while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 13)) i++;
    if (i >= line.length) break;
    const start = i;
    while (i < line.length && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9 && line.charCodeAt(i) !== 13) i++;
    out.push({ start, end: i });
  }
  return out;
}

/**
 * The column a token belongs to: the one whose dashes it starts under (left-aligned text), else
 * the one whose dashes it ends under (right-aligned numbers), else the last column starting
 * before it (text wider than its column name).
 */
function columnOf(t: Run, runs: Run[]): number {
  let startsBefore = 0;
  for (let j = 0; j < runs.length; j++) {
    const r = runs[j]!;
    if (t.start >= r.start && t.start < r.end) return j;
    if (r.start <= t.start) startsBefore = j;
  }
  for (let j = 0; j < runs.length; j++) {
    const r = runs[j]!;
    if (t.end - 1 >= r.start && t.end - 1 < r.end) return j;
  }
  return startsBefore;
}

function alignedRow(line: string, runs: Run[]): string[] {
  const spans: (Run | undefined)[] = runs.map(() => undefined);
  for (const t of tokens(line)) {
    const j = columnOf(t, runs);
    const s = spans[j];
    spans[j] = s ? { start: s.start, end: t.end } : t;
  }
  return spans.map((s) => (s ? line.slice(s.start, s.end) : ''));
}

function readAligned(doc: Doc, header: number, runs: Run[], to: number): Table | null {
  const head = doc.line(header);
  const names = runs.map((r) => head.slice(r.start, r.end).trim());
  if (!names.every((n) => HEADER_CELL.test(n))) return null;
  const rows: TableRow[] = [];
  let i = header + 2;
  for (; i < to && rows.length < MAX_ROWS; i++) {
    const line = doc.line(i);
    if (line.trim().length === 0) break;
    rows.push({ line: i, cells: alignedRow(line, runs) });
  }
  return { header, columns: names.map(compactKey), rows, last: i - 1, layout: 'aligned' };
}

/** Cells of a delimited line; quotes around a cell are dropped (the cell stays a substring). */
function splitDelimited(line: string, sep: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length && cells.length <= MAX_COLUMNS) {
    while (i < line.length && line[i] === ' ') i++;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      const end = close === -1 ? line.length : close;
      cells.push(line.slice(i + 1, end));
      const next = line.indexOf(sep, end);
      if (next === -1) break;
      i = next + 1;
    } else {
      const next = line.indexOf(sep, i);
      cells.push(line.slice(i, next === -1 ? line.length : next).trim());
      if (next === -1) break;
      i = next + 1;
    }
  }
  return cells;
}

function readDelimited(doc: Doc, header: number, to: number): Table | null {
  const head = doc.line(header);
  const sep = head.indexOf('\t') !== -1 ? '\t' : head.indexOf(',') !== -1 ? ',' : '';
  if (!sep) return null;
  const names = splitDelimited(head, sep);
  if (names.length < 2 || names.length > MAX_COLUMNS || !names.every((n) => HEADER_CELL.test(n))) return null;
  const rows: TableRow[] = [];
  let i = header + 1;
  for (; i < to && rows.length < MAX_ROWS; i++) {
    const line = doc.line(i);
    if (line.trim().length === 0 || line.indexOf(sep) === -1) break;
    const cells = splitDelimited(line, sep);
    if (cells.length !== names.length) break;
    rows.push({ line: i, cells });
  }
  if (rows.length === 0) return null;
  return { header, columns: names.map(compactKey), rows, last: i - 1, layout: 'delimited' };
}

/**
 * The tables between lines `from` and `to` whose columns `accept` takes. Lines inside any table
 * (taken or not) are not looked at again, so the work stays linear.
 */
export function readTables(doc: Doc, from: number, to: number, accept: (columns: string[]) => boolean = () => true): Table[] {
  const out: Table[] = [];
  const end = Math.min(to, doc.count);
  for (let i = Math.max(0, from); i < end; i++) {
    if (doc.lowerLine(i).trim().length === 0) continue;
    const runs = i + 1 < end ? dashRuns(doc.lowerLine(i + 1)) : null;
    const table = runs ? readAligned(doc, i, runs, end) : readDelimited(doc, i, end);
    if (!table) continue;
    // Rows of a table are never headers of another: skip them either way.
    if (accept(table.columns)) out.push(table);
    i = table.last;
  }
  return out;
}

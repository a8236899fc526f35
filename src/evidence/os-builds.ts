/**
 * Windows build numbers in many shapes: `ver`, winver, registry CurrentBuild + UBR (reg query and
 * Get-ItemProperty), Get-ComputerInfo, systeminfo, Get-ADDomainController / tables of DCs,
 * [Environment]::OSVersion, and bare builds. Facts only: each machine's name, build and the OS it names;
 * what a build means for an issue is decided by the flow that owns the rule.
 */
import { formatBuild, HOW_TO_READ_REVISION, KNOWN_MAJORS, MAX_BUILD_ROWS, serverNameForMajor } from './build-numbers.ts';
import { readTables, type Table } from './table.ts';
import { splitKeyValue, stripWrapping, type Doc, type Located } from './text.ts';
import type { BuildSource, FactRow, Finding, MachineBuild, OsBuildsFacts } from './types.ts';
import { say } from './say.ts';

const MAX_MACHINES = 500;
/** How far a build-bearing block may extend either side of the line that holds the build. */
const BLOCK_REACH = 300;

/** Every known Windows build number, for one whole-text pass. */
const MAJORS_RE = new RegExp(`(?:${[...KNOWN_MAJORS].join('|')})`, 'g');

/**
 * Lines without a build number that still matter: UBR / WindowsUBR / Revision values, the
 * "Major  Minor  Build  Revision" header, and `reg query` command lines (they name the machine).
 */
function* seedLines(doc: Doc): Generator<number> {
  const indents = doc.indents();
  const first = doc.firstChars();
  for (let i = 0; i < doc.count; i++) {
    const c = first[i]!;
    // u w r m, and c p > for prompts ("C:\>reg query", "PS C:\> reg query", "> reg query")
    if (c !== 117 && c !== 119 && c !== 114 && c !== 109 && c !== 99 && c !== 112 && c !== 62) continue;
    const l = doc.lowerLine(i);
    const ind = indents[i]!;
    if (
      l.startsWith('ubr', ind) ||
      l.startsWith('windowsubr', ind) ||
      l.startsWith('revision', ind) ||
      (l.startsWith('major', ind) && l.indexOf('revision') !== -1) ||
      ((c === 99 || c === 112 || c === 62 || c === 114) && l.indexOf('reg query', ind) !== -1)
    ) {
      yield i;
    }
  }
}

/** Increasing lines holding a known build number as a whole number (not inside "2.220000"), found as they are asked for. */
function* linesMatching(doc: Doc, re: RegExp): Generator<number> {
  const text = doc.lower;
  let from = 0;
  let line = 0;
  for (let found = 0; found < 100_000; ) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (m === null) return;
    const end = m.index + m[0].length;
    if (isDigit(text.charCodeAt(m.index - 1)) || isDigit(text.charCodeAt(end))) {
      from = m.index + 1;
      continue;
    }
    while (line + 1 < doc.count && doc.starts[line + 1]! <= m.index) line++;
    found++;
    yield line;
    if (line + 1 >= doc.count) return;
    from = doc.starts[line + 1]!;
  }
}

/** Two increasing sequences of lines as one, in order, each line once. */
function* mergeIncreasing(a: Iterator<number>, b: Iterator<number>): Generator<number> {
  let x = a.next();
  let y = b.next();
  while (x.done !== true || y.done !== true) {
    if (y.done === true || (x.done !== true && x.value < y.value)) {
      yield x.value as number;
      x = a.next();
    } else if (x.done === true || y.value < x.value) {
      yield y.value;
      y = b.next();
    } else {
      yield x.value;
      x = a.next();
      y = b.next();
    }
  }
}

// ------------------------------------------------------------------ tokens

interface BuildToken {
  start: number;
  end: number;
  major: number;
  revision: number | null;
  /** Written as 10.0.x */
  prefixed: boolean;
  /** Written as 10.0 (x) */
  paren: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The value of the digits s[from, to) (at most 10 of them): Number(s.slice(from, to)) without the slice. */
function digitsValue(s: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) n = n * 10 + (s.charCodeAt(k) - 48);
  return n;
}

function readDigits(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(s.charCodeAt(j)) && j - i < 10) j++;
  return j;
}

function plausibleMajor(n: number, prefixed: boolean): boolean {
  return KNOWN_MAJORS.has(n) || (prefixed && n >= 10000 && n < 30000);
}

/** Build tokens in a line; linear scan, at most `limit` tokens. */
export function findBuildTokens(s: string, limit = 8): BuildToken[] {
  const out: BuildToken[] = [];
  for (let i = 0; i < s.length && out.length < limit; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c)) continue;
    const p = i > 0 ? s.charCodeAt(i - 1) : 32;
    const aEnd = readDigits(s, i);
    if (isWordChar(p) || p === 46 /* . */) {
      i = aEnd - 1;
      continue;
    }
    const a = digitsValue(s, i, aEnd);
    let prefixed = false;
    let majorStart = i;
    let majorEnd = aEnd;
    let major = a;
    if (a === 10 && s.startsWith('.0', aEnd)) {
      if (s.startsWith(' (', aEnd + 2) || s.startsWith('(', aEnd + 2)) {
        const open = s.indexOf('(', aEnd + 2);
        const bEnd = readDigits(s, open + 1);
        const b = digitsValue(s, open + 1, bEnd);
        if (bEnd > open + 1 && s.charCodeAt(bEnd) === 41 /* ) */ && plausibleMajor(b, true)) {
          out.push({ start: i, end: bEnd + 1, major: b, revision: null, prefixed: true, paren: true });
          i = bEnd;
          continue;
        }
      }
      if (s.charCodeAt(aEnd + 2) === 46 && isDigit(s.charCodeAt(aEnd + 3))) {
        prefixed = true;
        majorStart = aEnd + 3;
        majorEnd = readDigits(s, majorStart);
        major = digitsValue(s, majorStart, majorEnd);
      }
    }
    const len = majorEnd - majorStart;
    if (len < 4 || len > 5 || !plausibleMajor(major, prefixed)) {
      i = majorEnd - 1;
      continue;
    }
    let end = majorEnd;
    let revision: number | null = null;
    if (s.charCodeAt(majorEnd) === 46 && isDigit(s.charCodeAt(majorEnd + 1))) {
      const rEnd = readDigits(s, majorEnd + 1);
      if (rEnd - majorEnd - 1 <= 6) revision = digitsValue(s, majorEnd + 1, rEnd);
      end = rEnd;
      // Part of a longer dotted number (an OID, a file version): not a build.
      if (s.charCodeAt(end) === 46 && isDigit(s.charCodeAt(end + 1))) {
        i = readDigits(s, end + 1) - 1;
        continue;
      }
    }
    if (isWordChar(s.charCodeAt(end))) {
      i = end - 1;
      continue;
    }
    out.push({ start: i, end, major, revision: revision === 0 ? null : revision, prefixed, paren: false });
    i = end - 1;
  }
  return out;
}

// ------------------------------------------------------------------ machines

interface RawMachine {
  at: number;
  name?: string;
  os?: string;
  major: number;
  revision: number | null;
  source: BuildSource;
}

function osFromText(lower: string): string | undefined {
  const at = lower.indexOf('windows');
  if (at === -1) return undefined;
  if (lower.indexOf('server 2019', at) !== -1) return 'Windows Server 2019';
  if (lower.indexOf('server 2016', at) !== -1) return 'Windows Server 2016';
  if (lower.indexOf('server 2022', at) !== -1) return 'Windows Server 2022';
  if (lower.indexOf('server 2025', at) !== -1) return 'Windows Server 2025';
  if (lower.indexOf('windows 10', at) !== -1) return 'Windows 10';
  if (lower.indexOf('windows 11', at) !== -1) return 'Windows 11';
  return undefined;
}

const STOP_WORDS = new Set([
  'version',
  'build',
  'os',
  'osbuild',
  'osversion',
  'windows',
  'microsoft',
  'server',
  'name',
  'computer',
  'computername',
  'hostname',
  'operatingsystemversion',
  'currentbuild',
  'ubr',
  'release',
  'kb',
  'the',
  'build:',
  'win32nt',
]);

function nameFromPrefix(prefix: string): string | undefined {
  const parts = prefix.split(/[\s,;|:=\t]+/);
  for (const part of parts) {
    if (part.length === 0) continue;
    const t = stripWrapping(part, `"'()[]`);
    if (t.length === 0 || t.length > 63 + 190) return undefined;
    if (STOP_WORDS.has(t.toLowerCase())) return undefined;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(t) || !/[A-Za-z]/.test(t)) return undefined;
    return t;
  }
  return undefined;
}

// Property groups: format-list output, systeminfo, reg query.

const NAME_KEYS = new Set(['csname', 'hostname', 'pscomputername', 'computername', 'name', 'dnshostname', 'machinename', 'server']);
const OS_KEYS = new Set(['osname', 'operatingsystem', 'productname', 'windowsproductname', 'caption']);
const MAJOR_KEYS = new Set([
  'currentbuild',
  'currentbuildnumber',
  'osbuildnumber',
  'buildnumber',
  'windowsbuildlabex',
  'buildlabex',
  'buildlab',
  'osversion',
  'operatingsystemversion',
  'version',
  'build',
]);
const REVISION_KEYS = new Set(['ubr', 'windowsubr', 'revision']);
const VERSION_OBJECT_KEYS = new Set(['major', 'minor', 'majorrevision', 'minorrevision']);

interface Group {
  at: number;
  last: number;
  keys: Set<string>;
  name?: string;
  os?: string;
  major?: number;
  majorKey?: string;
  majorSpaced?: boolean;
  majorValue?: string;
  revision?: number | null;
  isReg: boolean;
}

function parseIntLoose(v: string): number | null {
  const t = v.trim().toLowerCase();
  if (/^0x[0-9a-f]{1,8}$/.test(t)) return parseInt(t.slice(2), 16);
  if (/^[0-9]{1,9}$/.test(t)) return Number(t);
  // reg query of a DWORD sometimes shows "0x64d (1613)"
  const m = /^0x[0-9a-f]{1,8}/.exec(t);
  return m ? parseInt(m[0].slice(2), 16) : null;
}

function majorFromValue(key: string, value: string): number | undefined {
  if (key === 'windowsbuildlabex' || key === 'buildlabex' || key === 'buildlab') {
    const n = parseIntLoose(value.split('.')[0] ?? '');
    return n !== null && n >= 1000 && n < 100000 ? n : undefined;
  }
  if (key === 'osversion' || key === 'operatingsystemversion' || key === 'version') {
    const t = findBuildTokens(value, 1)[0];
    if (t) return t.major;
    const b = /build ([0-9]{4,5})/i.exec(value);
    return b ? Number(b[1]) : undefined;
  }
  const n = parseIntLoose(value);
  return n !== null && n >= 1000 && n < 100000 ? n : undefined;
}

function groupSource(g: Group): BuildSource {
  const k = g.majorKey ?? '';
  if (g.keys.has('major') && k === 'build') return 'version-object';
  if (k === 'currentbuild' || k === 'currentbuildnumber' || g.keys.has('ubr')) return 'registry';
  if (k === 'operatingsystemversion') return 'table';
  if (k === 'osversion' && (!g.majorSpaced || /build/i.test(g.majorValue ?? ''))) return 'systeminfo';
  return 'computerinfo';
}

function groupToMachine(g: Group): RawMachine | null {
  if (g.major === undefined) return null;
  if (g.majorKey === 'build' && !g.keys.has('major')) return null; // a lone "Build : x" isn't enough
  if ((g.majorKey === 'version' || g.majorKey === 'buildnumber') && !KNOWN_MAJORS.has(g.major)) return null;
  const m: RawMachine = { at: g.at, major: g.major, revision: g.revision ?? null, source: groupSource(g) };
  if (m.revision === 0) m.revision = null;
  if (g.name) m.name = g.name;
  if (g.os) m.os = g.os;
  return m;
}

/** Accepts a key/value into the group; returns false if the key isn't about builds. */
function groupAccept(g: Group, key: string, value: string, spaced: boolean): boolean {
  if (NAME_KEYS.has(key)) {
    if (key === 'name' && g.name !== undefined) return true;
    const n = nameFromPrefix(value);
    if (n) g.name = n;
  } else if (OS_KEYS.has(key)) {
    g.os = osFromText(value.toLowerCase()) ?? (value.length > 0 ? value.slice(0, 80) : g.os);
  } else if (MAJOR_KEYS.has(key)) {
    const major = majorFromValue(key, value);
    if (major === undefined) return true;
    // Prefer the most specific key: CurrentBuild/OsBuildNumber over BuildLabEx/OsVersion.
    const weak = (k?: string) => k === 'windowsbuildlabex' || k === 'buildlabex' || k === 'buildlab' || k === 'osversion' || k === 'version';
    if (g.major === undefined || (weak(g.majorKey) && !weak(key))) {
      g.major = major;
      g.majorKey = key;
      g.majorSpaced = spaced;
      g.majorValue = value;
    }
  } else if (REVISION_KEYS.has(key)) {
    const r = parseIntLoose(value);
    if (r !== null && r < 1_000_000) g.revision = r;
  } else if (!VERSION_OBJECT_KEYS.has(key)) {
    return false;
  }
  g.keys.add(key);
  return true;
}

/** `reg query` value line: "    UBR    REG_DWORD    0x64d" → [name, value]. */
function regLine(line: string, lower: string): [string, string] | null {
  const at = lower.indexOf('reg_');
  if (at <= 0) return null;
  const name = line.slice(0, at).trim();
  let i = at;
  while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
  return name.length > 0 && name.length < 60 ? [name, line.slice(i).trim()] : null;
}

function complement(a: Group, b: Group): boolean {
  const aOnlyMajor = a.major !== undefined && a.revision === undefined;
  const bOnlyRev = b.major === undefined && b.revision !== undefined;
  const aOnlyRev = a.major === undefined && a.revision !== undefined;
  const bOnlyMajor = b.major !== undefined && b.revision === undefined;
  const namesOk = a.name === undefined || b.name === undefined || a.name.toLowerCase() === b.name.toLowerCase();
  return namesOk && b.at - a.last <= 15 && ((aOnlyMajor && bOnlyRev) || (aOnlyRev && bOnlyMajor));
}

/**
 * Joins a named group that has only the build with the group of the same name that has only the
 * revision, wherever it is: a `for` loop runs reg query for UBR on every DC, then for CurrentBuild.
 */
function mergeNamed(groups: Group[]): Group[] {
  const revisionOnly = new Map<string, Group>();
  for (const g of groups) if (g.name && g.major === undefined && g.revision !== undefined) revisionOnly.set(g.name.toLowerCase(), g);
  if (revisionOnly.size === 0) return groups;
  const used = new Set<Group>();
  for (const g of groups) {
    if (!g.name || g.major === undefined || g.revision !== undefined) continue;
    const r = revisionOnly.get(g.name.toLowerCase());
    if (!r || used.has(r)) continue;
    g.revision = r.revision;
    for (const k of r.keys) g.keys.add(k);
    used.add(r);
  }
  return groups.filter((g) => !used.has(g));
}

function mergeGroups(groups: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const prev = out[out.length - 1];
    if (prev && complement(prev, g)) {
      if (prev.major === undefined) {
        prev.major = g.major;
        prev.majorKey = g.majorKey;
        prev.majorSpaced = g.majorSpaced;
        prev.majorValue = g.majorValue;
      } else prev.revision = g.revision;
      for (const k of g.keys) prev.keys.add(k);
      prev.name ??= g.name;
      prev.os ??= g.os;
      prev.last = g.last;
      continue;
    }
    out.push(g);
  }
  return out;
}

// ------------------------------------------------------------------ tables of several machines

/** Column names that name the machine, best first (Format-Table, Select-Object, CSV headers). */
const TABLE_NAME_COLUMNS = ['name', 'dc', 'dcname', 'domaincontroller', 'computername', 'pscomputername', 'computer', 'server', 'hostname', 'csname', 'machinename', 'dnshostname'];
/** Column names that hold the build, best first. */
const TABLE_MAJOR_COLUMNS = [
  'currentbuild',
  'currentbuildnumber',
  'osbuildnumber',
  'buildnumber',
  'build',
  'osbuild',
  'operatingsystemversion',
  'osversion',
  'version',
  'windowsbuildlabex',
  'buildlabex',
  'buildlab',
];
const TABLE_REVISION_COLUMNS = ['ubr', 'windowsubr', 'revision'];

/** A column by name; a name PowerShell cut short ("OperatingSystemVe…", "OperatingSystemVe...") matches by its start. */
function columnIndex(columns: string[], wanted: readonly string[]): number {
  for (const w of wanted) {
    const exact = columns.indexOf(w);
    if (exact !== -1) return exact;
  }
  for (const w of wanted) {
    const cut = columns.findIndex((c) => (c.endsWith('…') || c.endsWith('...')) && c.length > 4 && w.startsWith(c.replace(/(…|\.\.\.)$/, '')));
    if (cut !== -1) return cut;
  }
  return -1;
}

/** A table worth reading for builds: a build column, and something that says whose build it is or completes it. */
function isBuildTable(columns: string[]): boolean {
  if (columnIndex(columns, TABLE_MAJOR_COLUMNS) === -1) return false;
  return (
    columnIndex(columns, TABLE_NAME_COLUMNS) !== -1 ||
    columnIndex(columns, TABLE_REVISION_COLUMNS) !== -1 ||
    columns.includes('major') ||
    columns.includes('platform')
  );
}

function tableSource(columns: string[], majorKey: string, revisionKey: string | undefined): BuildSource {
  if (columns.includes('major') || columns.includes('platform') || columns.includes('versionstring')) return 'version-object';
  if (majorKey === 'currentbuild' || majorKey === 'currentbuildnumber' || revisionKey === 'ubr') return 'registry';
  if (majorKey === 'osbuildnumber' || revisionKey === 'windowsubr') return 'computerinfo';
  if (majorKey === 'osversion' && columns.includes('hostname')) return 'systeminfo';
  return 'table';
}

/** One machine per row that holds a build. */
function tableMachines(t: Table): RawMachine[] {
  const nameAt = columnIndex(t.columns, TABLE_NAME_COLUMNS);
  const majorAt = columnIndex(t.columns, TABLE_MAJOR_COLUMNS);
  const revAt = columnIndex(t.columns, TABLE_REVISION_COLUMNS);
  const osAt = columnIndex(t.columns, [...OS_KEYS]);
  const majorKey = t.columns[majorAt]!;
  const source = tableSource(t.columns, majorKey, revAt === -1 ? undefined : t.columns[revAt]);
  const out: RawMachine[] = [];
  for (const row of t.rows) {
    const value = row.cells[majorAt] ?? '';
    const tok = findBuildTokens(value, 1)[0];
    const major = tok?.major ?? majorFromValue(majorKey, value);
    if (major === undefined || !plausibleMajor(major, true)) continue;
    let revision = tok ? tok.revision : null;
    if (revAt !== -1) {
      const r = parseIntLoose(row.cells[revAt] ?? '');
      if (r !== null && r < 1_000_000) revision = r === 0 ? null : r;
    }
    const m: RawMachine = { at: row.line, major, revision, source };
    const name = nameAt === -1 ? undefined : nameFromPrefix(row.cells[nameAt] ?? '');
    if (name) m.name = name;
    const os = osAt === -1 ? undefined : osFromText((row.cells[osAt] ?? '').toLowerCase());
    if (os) m.os = os;
    out.push(m);
  }
  return out;
}

// ------------------------------------------------------------------ scan

function scan(doc: Doc): RawMachine[] {
  const machines: RawMachine[] = [];
  const groups: Group[] = [];
  let g: Group | null = null;
  let pendingName: string | undefined;
  let versionTableUntil = -1;
  const newGroup = (at: number): Group => {
    const ng: Group = { at, last: at, keys: new Set(), isReg: false };
    if (pendingName) ng.name = pendingName;
    return ng;
  };
  const flush = () => {
    if (g && (g.major !== undefined || g.revision !== undefined)) groups.push(g);
    g = null;
  };
  const indents = doc.indents();
  const processLine = (i: number) => {
    const line = doc.line(i);
    const lower = doc.lowerLine(i);
    const ind = indents[i]!;
    if (ind === lower.length) {
      flush();
      return;
    }
    // "reg query \\DC1\HKLM\..." names the machine for the output that follows.
    if (lower.indexOf('reg query') !== -1) {
      const at = line.indexOf('\\\\');
      if (at !== -1) {
        const end = line.indexOf('\\', at + 2);
        const n2 = nameFromPrefix(line.slice(at + 2, end === -1 ? undefined : end));
        pendingName = n2;
      } else pendingName = undefined;
      flush();
      return;
    }
    if (lower.startsWith('hkey_', ind)) {
      flush();
      g = newGroup(i);
      g.isReg = true;
      return;
    }
    // A remote reg query prints the key as \\DC1\HKEY_LOCAL_MACHINE\…: it names the machine.
    if (lower.startsWith('\\\\', ind) && lower.indexOf('\\hkey_', ind + 2) !== -1) {
      flush();
      const remote = nameFromPrefix(line.slice(ind + 2, line.indexOf('\\', ind + 2)));
      g = newGroup(i);
      g.isReg = true;
      if (remote) g.name = remote;
      return;
    }
    let consumed = false;
    if (lower.indexOf('reg_') !== -1) {
      const rl = regLine(line, lower);
      if (rl) {
        const kv = splitKeyValue(`${rl[0]} : ${rl[1]}`);
        if (kv) {
          g ??= newGroup(i);
          if (g.keys.has(kv.key)) {
            flush();
            g = newGroup(i);
          }
          consumed = groupAccept(g, kv.key, kv.value, true);
          if (consumed) g.last = i;
        }
      }
    } else if (lower.indexOf(':') !== -1 && lower.indexOf('[version') === -1 && lower.indexOf('os build') === -1) {
      const kv = splitKeyValue(line, 40);
      if (kv && (NAME_KEYS.has(kv.key) || OS_KEYS.has(kv.key) || MAJOR_KEYS.has(kv.key) || REVISION_KEYS.has(kv.key) || VERSION_OBJECT_KEYS.has(kv.key))) {
        if (g && g.keys.has(kv.key)) flush();
        g ??= newGroup(i);
        consumed = groupAccept(g, kv.key, kv.value, kv.spaced);
        if (consumed) g.last = i;
      }
    }
    if (consumed) return;

    // [Environment]::OSVersion.Version as a table: Major Minor Build Revision
    if (lower.startsWith('major', ind) && /^major\s+minor\s+build\s+revision\b/.test(lower.slice(ind))) {
      versionTableUntil = i + 3;
      return;
    }
    if (i <= versionTableUntil) {
      const cols = lower.slice(ind).trim().split(/\s+/);
      if (cols.length >= 4 && cols.every((x) => /^[0-9]{1,6}$/.test(x))) {
        const major = Number(cols[2]);
        const rev = Number(cols[3]);
        if (major >= 1000) machines.push({ at: i, major, revision: rev === 0 ? null : rev, source: 'version-object', ...(pendingName ? { name: pendingName } : {}) });
        return;
      }
    }

    if (!/[12][0-9]{4}/.test(lower)) return;
    const verAt = lower.indexOf('microsoft windows [version');
    if (verAt !== -1) {
      const tok = findBuildTokens(line.slice(verAt + 26), 1)[0];
      // "DC1 Microsoft Windows [Version …]" (a DC's name before ver's output) keeps that name.
      const name = verAt > 0 ? nameFromPrefix(line.slice(0, verAt)) : undefined;
      if (tok) machines.push({ at: i, major: tok.major, revision: tok.revision, source: 'ver', ...(name ? { name } : {}) });
      return;
    }
    const winverAt = lower.indexOf('os build');
    if (winverAt !== -1) {
      const after = line.slice(winverAt + 8);
      const m = /^[\s:]*([0-9]{4,5})(?:\.([0-9]{1,6}))?/.exec(after);
      if (m) {
        const rev = m[2] !== undefined ? Number(m[2]) : null;
        const name = winverAt > 0 ? nameFromPrefix(line.slice(0, winverAt)) : undefined;
        machines.push({ at: i, major: Number(m[1]), revision: rev === 0 ? null : rev, source: 'winver', ...(name ? { name } : {}) });
      }
      return;
    }
    const tokens = findBuildTokens(line, 4);
    if (tokens.length === 0) return;
    const versionObject = lower.indexOf('win32nt') !== -1 || lower.indexOf('windows nt') !== -1;
    const trimmed = line.trim();
    const os = osFromText(lower);
    for (const tok of versionObject ? tokens.slice(0, 1) : tokens) {
      const text = line.slice(tok.start, tok.end);
      const alone = trimmed === text || trimmed === `${text}.` || trimmed.replace(/^build\s*/i, '') === text;
      const bareMajor = tok.revision === null && !tok.prefixed && !tok.paren;
      const prefix = line.slice(0, tok.start);
      const name = alone || versionObject ? undefined : nameFromPrefix(prefix);
      if (bareMajor && !alone) {
        // "DC1 17763" is a table row; other bare numbers are too ambiguous.
        const rest = line.slice(tok.end).trim();
        if (!name || rest.length > 0 || prefix.trim().split(/[\s,;|:\t]+/).length > 1) continue;
      }
      const source: BuildSource = versionObject ? 'version-object' : alone ? 'bare' : 'table';
      const m: RawMachine = { at: i, major: tok.major, revision: tok.revision, source };
      if (name) m.name = name;
      if (os) m.os = os;
      machines.push(m);
      if (!versionObject) break; // one build per table row
    }
  };

  // Only blank-line-delimited blocks holding something build-like are read at all.
  // Seeds are found as the loop asks for them: once the machine cap is reached the rest of the paste is not searched.
  const seeds = mergeIncreasing(linesMatching(doc, MAJORS_RE), seedLines(doc));
  let done = 0;
  for (const seed of seeds) {
    if (machines.length >= MAX_MACHINES) break; // every later seed would be skipped
    if (seed < done) continue;
    let from = seed;
    while (from > done && from > seed - BLOCK_REACH && doc.lowerLine(from - 1).trim().length > 0) from--;
    let to = seed + 1;
    while (to < doc.count && to < seed + BLOCK_REACH && doc.lowerLine(to).trim().length > 0) to++;
    flush();
    const inTable = new Set<number>();
    for (const t of readTables(doc, from, to, isBuildTable)) {
      machines.push(...tableMachines(t));
      for (let i = t.header; i <= t.last; i++) inTable.add(i);
    }
    for (let i = from; i < to; i++) if (!inTable.has(i)) processLine(i);
    flush();
    done = to;
  }
  flush();
  for (const grp of mergeNamed(mergeGroups(groups))) {
    const m = groupToMachine(grp);
    if (m) machines.push(m);
  }
  machines.sort((a, b) => a.at - b.at);
  return machines;
}

// ------------------------------------------------------------------ facts

function toMachine(r: RawMachine): MachineBuild {
  const os = r.os ?? serverNameForMajor(r.major);
  const m: MachineBuild = { major: r.major, revision: r.revision, build: formatBuild(r.major, r.revision), source: r.source };
  if (r.name) m.name = r.name;
  if (os) m.os = os;
  return m;
}

function rowFor(m: MachineBuild): FactRow {
  return { label: m.name ?? say('osBuilds.rowLabel'), value: m.os ? say('osBuilds.rowOs', { build: m.build, os: m.os }) : m.build, mark: 'info' };
}

function summaryFor(machines: MachineBuild[], revisionUnknown: boolean): string {
  const who = (m: MachineBuild) => (m.name ? say('osBuilds.machine', { name: m.name, build: m.build }) : m.build);
  const named = machines.map(who).slice(0, 3).join(', ');
  const list = machines.length > 3 ? say('common.listMore', { list: named, more: machines.length - 3 }) : named;
  if (revisionUnknown) return say(machines.length === 1 ? 'osBuilds.revisionUnknownOne' : 'osBuilds.revisionUnknownOther', { machines: list });
  return say(machines.length === 1 ? 'osBuilds.summaryOne' : 'osBuilds.summaryOther', { machines: list });
}

export function analyzeOsBuilds(doc: Doc): Located<Finding<'os-builds'>>[] {
  if (!/[12][0-9]{4}/.test(doc.lower) && doc.lower.indexOf('ubr') === -1) return [];
  const raw = scan(doc);
  if (raw.length === 0) return [];
  const seen = new Set<string>();
  const machines: MachineBuild[] = [];
  for (const r of raw) {
    const key = `${r.name?.toLowerCase() ?? ''}|${formatBuild(r.major, r.revision)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    machines.push(toMachine(r));
  }
  // An unnamed build without revision adds nothing when the same build with a revision is known.
  const filtered = machines.filter((m) => m.name !== undefined || m.revision !== null || !machines.some((o) => o !== m && o.major === m.major && o.revision !== null && o.name === undefined));
  const revisionUnknown = filtered.some((m) => m.revision === null);
  const facts: OsBuildsFacts = { machines: filtered, revisionUnknown };
  if (revisionUnknown) facts.howToReadRevision = HOW_TO_READ_REVISION;
  const rows = filtered.slice(0, MAX_BUILD_ROWS).map(rowFor);
  if (filtered.length > MAX_BUILD_ROWS) rows.push({ label: say('osBuilds.rowMore'), value: say('osBuilds.rowMoreValue', { count: filtered.length - MAX_BUILD_ROWS }), mark: 'info' });
  if (revisionUnknown) rows.push({ label: say('osBuilds.rowRevision'), value: say('osBuilds.howToReadRevision'), mark: 'warn' });
  return [{ at: raw[0]!.at, finding: { kind: 'os-builds', summary: summaryFor(filtered, revisionUnknown), facts, rows } }];
}

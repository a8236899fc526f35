/**
 * Shared text helpers: normalising a paste and splitting it into lines.
 * Everything here is linear in the input size.
 */
import { asciiBytes, borrowBuffer, buffer, canUseBytes, decodeAscii, lowerAscii, returnBuffer } from './ascii.ts';

/** Lines longer than this are cut before any pattern matching. */
export const MAX_LINE = 10_000;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  lsquo: "'",
  rsquo: "'",
  ldquo: '"',
  rdquo: '"',
  ndash: '-',
  mdash: '-',
  hellip: '...',
  tab: '\t',
};

/** Every character a decimal digit (or a hex digit when `hex`). */
function allDigits(s: string, hex: boolean): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok = (c >= 48 && c <= 57) || (hex && ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)));
    if (!ok) return false;
  }
  return true;
}

/** The replacement for the entity body between '&' and ';', or undefined when it isn't one. */
function decodeEntityBody(body: string): string | undefined {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88; // x or X
    const digits = body.slice(hex ? 2 : 1);
    if (digits.length === 0 || digits.length > 7 || !allDigits(digits, hex)) return undefined;
    const code = parseInt(digits, hex ? 16 : 10);
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    return String.fromCodePoint(code);
  }
  return ENTITIES[body] ?? ENTITIES[body.toLowerCase()];
}

const SINGLE_CHARS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u3000': ' ',
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2028': '\n',
  '\u2029': '\n',
  '\u0130': 'I', // keeps toLowerCase() length-preserving
  '\u2026': '...',
};

/** The replacement for a character the SPECIAL class matched (or a decoded entity); unchanged when nothing applies. */
function mapOddChar(ch: string): string {
  const mapped = SINGLE_CHARS[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  if (code === 9 || code === 10) return ch;
  if (code === 13) return '\n';
  if (code < 0x20 || code === 0x7f) return ' '; // control characters from binary junk
  if (code >= 0x2000 && code <= 0x200a) return ' '; // typographic spaces
  if ((code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || code === 0x2060 || code === 0xfeff) return ''; // zero-width, bidi marks, BOM
  return ch;
}

/**
 * Everything normalise may rewrite: control characters (CR included), '&' (entities), '<' (<br>),
 * non-breaking and typographic spaces, quotes, dashes and other punctuation in U+2000–U+2033,
 * U+0130, U+2060, U+2212, U+3000, BOM. Few merged ranges: V8 runs this class far faster than the
 * same set written as many small ranges.
 */
const SPECIAL =
  // oxlint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f&<\u00a0\u0130\u2000-\u2033\u2060\u2212\u3000\ufeff]/g;

function isEntityChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 35;
}

/** Length of a <br>, <br/>, <br />, <br/ > … tag (any case; as /^<br ?\/?>/i) at `at`, or 0. */
function brLength(input: string, at: number): number {
  if ((input.charCodeAt(at + 1) | 32) !== 98 /* b */ || (input.charCodeAt(at + 2) | 32) !== 114 /* r */) return 0;
  let k = at + 3;
  if (input.charCodeAt(k) === 32) k++;
  if (input.charCodeAt(k) === 47 /* / */) k++;
  return input.charCodeAt(k) === 62 /* > */ ? k + 1 - at : 0;
}

/** A decoded entity may itself be an odd character (&#160;, &#8217;, &#13;): map it the same way. */
function mapDecoded(s: string): string {
  return s.length === 1 ? mapOddChar(s) : s;
}

/**
 * Normalise a paste in one pass: CRLF/CR → LF, HTML entities (once, so "&amp;lt;" becomes "&lt;")
 * and <br> decoded, non-breaking and typographic spaces → space, curly quotes → straight,
 * dashes → '-', control characters → space, zero-width characters dropped. Builds a single new
 * string (big pastes are mostly untouched, so the copies are what costs).
 */
export function normalise(input: string): string {
  const { parts } = normaliseParts(input);
  return parts.length === 1 ? parts[0]! : parts.join('');
}

/** normalise() as the pieces to join, and how long the joined text is. */
function normaliseParts(input: string): { parts: string[]; length: number } {
  // test() rather than exec(): no match array per hit; the class matches one character, so it ends at lastIndex.
  SPECIAL.lastIndex = 0;
  if (!SPECIAL.test(input)) return { parts: [input], length: input.length };
  const parts: string[] = [];
  let last = 0;
  let found = true;
  while (found) {
    const at = SPECIAL.lastIndex - 1;
    const c = input.charCodeAt(at);
    let next = at + 1;
    if (c === 13 /* \r */) {
      if (input.charCodeAt(at + 1) === 10) {
        // CRLF: drop the CR, keep the LF.
        parts.push(input.slice(last, at));
        last = at + 1;
      } else {
        parts.push(input.slice(last, at), '\n');
        last = at + 1;
      }
    } else if (c === 38 /* & */) {
      // ';' within the next few letters, digits or '#' (never a scan to the end).
      let semi = -1;
      for (let k = at + 1; k <= at + 10 && k < input.length; k++) {
        const e = input.charCodeAt(k);
        if (e === 59) {
          semi = k;
          break;
        }
        if (!isEntityChar(e)) break;
      }
      const decoded = semi > at + 1 ? decodeEntityBody(input.slice(at + 1, semi)) : undefined;
      if (decoded !== undefined) {
        parts.push(input.slice(last, at), mapDecoded(decoded));
        last = semi + 1;
        next = semi + 1;
      }
    } else if (c === 60 /* < */) {
      const tag = brLength(input, at);
      if (tag > 0) {
        parts.push(input.slice(last, at), '\n');
        last = at + tag;
        next = last;
      }
    } else {
      const ch = input[at]!;
      const mapped = mapOddChar(ch);
      if (mapped !== ch) {
        parts.push(input.slice(last, at), mapped);
        last = at + 1;
      }
    }
    SPECIAL.lastIndex = next;
    found = SPECIAL.test(input);
  }
  if (last === 0) return { parts: [input], length: input.length };
  parts.push(input.slice(last));
  let length = 0;
  for (const p of parts) length += p.length;
  return { parts, length };
}

/**
 * From this size a normalised paste that had to be rebuilt is kept as bytes (ascii.ts): below it, the
 * byte path would save less than it costs.
 */
const BYTES_FROM = 1 << 16;

/** Lines of the text in its own case decoded at a time from the bytes (see PreparedDoc.line): 8, so a
 * mixed paste decodes about a third of its text (64-line blocks decoded four fifths of it). */
const BLOCK_BITS = 3;

/** A prepared paste shared by all analyzers. */
export interface Doc {
  /** Normalised text. */
  readonly text: string;
  /** Lowercased normalised text (same length as text). */
  readonly lower: string;
  /** Every line of `lower`, each cut to MAX_LINE characters (built on first use: prefer `lowerLine(i)`). */
  readonly lowerLines: string[];
  /** Offset of each line in `text` / `lower`; one extra entry holds the text length. */
  readonly starts: Int32Array;
  /** Number of lines. */
  readonly count: number;
  /** Line `i` of `lower`, cut to MAX_LINE characters ('' past the end); made on first use, then kept. */
  lowerLine(i: number): string;
  /** `lowerLine(i).startsWith(prefix, column)` for a non-empty prefix, without making the line's string. */
  lowerStartsWith(i: number, column: number, prefix: string): boolean;
  /** Line `i` in original case (cut like `lowerLine(i)`). */
  line(i: number): string;
  /** `text.slice(from, to)`, without making the whole text when it is kept as bytes. */
  slice(from: number, to: number): string;
  /** Leading spaces/tabs of each line (computed once, on first use). */
  indents(): Uint16Array;
  /** Char code of each line's first non-blank character, 0 for a blank line (computed with indents). */
  firstChars(): Uint16Array;
  /** Line index holding character offset `offset`. */
  lineAt(offset: number): number;
}

/** Offsets of each line's start, plus one entry holding the text length (as many lines as split('\n') gives). */
function lineStarts(text: string): Int32Array {
  let starts = new Int32Array(Math.max(16, text.length >> 6));
  let n = 0;
  let at = 0;
  for (;;) {
    if (n + 1 >= starts.length) {
      const bigger = new Int32Array(starts.length * 2);
      bigger.set(starts);
      starts = bigger;
    }
    starts[n++] = at;
    const nl = text.indexOf('\n', at);
    if (nl === -1) break;
    at = nl + 1;
  }
  starts[n] = text.length;
  return starts.slice(0, n + 1);
}

/**
 * Lines are not split up front: most lines of a big paste are noise no analyzer reads past its first
 * character, so a line's string is cut from `lower` when an analyzer first asks for it. A big paste
 * that normalising rebuilt is kept as ASCII bytes: its text in its own case is decoded a block of
 * lines at a time, as analyzers ask for lines (`line(i)`), and whole only if `text` is read.
 */
class PreparedDoc implements Doc {
  readonly lower: string;
  readonly starts: Int32Array;
  readonly count: number;
  private plain: string | null;
  private bytes: Uint8Array | null;
  private readonly blocks: (string | undefined)[];
  private readonly lineCache: (string | undefined)[];
  private allLines: string[] | null = null;
  private indentCache: Uint16Array | null = null;
  private firstCache: Uint16Array | null = null;

  /** Either the text, or its ASCII bytes (`length` of them) to decode it from. */
  constructor(text: string | null, bytes: Uint8Array | null, length: number) {
    this.plain = text;
    this.bytes = bytes;
    let lower: string;
    if (text === null) lower = lowerAscii(bytes!, length);
    else {
      lower = text.toLowerCase();
      // Length-changing lowercase mappings are normalised away, but stay safe.
      if (lower.length !== text.length) lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
    }
    this.lower = lower;
    this.starts = lineStarts(lower);
    this.count = this.starts.length - 1;
    // Preallocated: Array.from({ length }) walks an array-like and costs milliseconds on a big paste.
    // oxlint-disable-next-line unicorn/no-new-array
    this.lineCache = new Array<string | undefined>(this.count).fill(undefined);
    // oxlint-disable-next-line unicorn/no-new-array
    this.blocks = new Array<string | undefined>(bytes === null ? 0 : (this.count >> BLOCK_BITS) + 1).fill(undefined);
  }

  get text(): string {
    if (this.plain === null) this.plain = decodeAscii(this.held().subarray(0, this.lower.length));
    return this.plain;
  }

  /** The text's bytes (only when the text is not a string). */
  private held(): Uint8Array {
    if (this.bytes === null) throw new Error('This prepared paste was released');
    return this.bytes;
  }

  /** See release(). */
  releaseBytes(): void {
    if (this.bytes !== null) returnBuffer(this.bytes);
    this.bytes = null;
  }

  /** Length of line `i` as analyzers see it (without its '\n', cut to MAX_LINE). */
  private lineLength(i: number): number {
    const end = i + 1 < this.count ? this.starts[i + 1]! - 1 : this.lower.length;
    return Math.min(end - this.starts[i]!, MAX_LINE);
  }

  lowerLine(i: number): string {
    const cached = this.lineCache[i];
    if (cached !== undefined) return cached;
    if (!(i >= 0 && i < this.count)) return '';
    const start = this.starts[i]!;
    const l = this.lower.slice(start, start + this.lineLength(i));
    this.lineCache[i] = l;
    return l;
  }

  lowerStartsWith(i: number, column: number, prefix: string): boolean {
    if (!(i >= 0 && i < this.count) || column < 0 || column + prefix.length > this.lineLength(i)) return false;
    return this.lower.startsWith(prefix, this.starts[i]! + column);
  }

  get lowerLines(): string[] {
    if (!this.allLines) this.allLines = Array.from({ length: this.count }, (_, i) => this.lowerLine(i));
    return this.allLines;
  }

  line(i: number): string {
    if (!(i >= 0 && i < this.count)) return '';
    const start = this.starts[i]!;
    if (this.plain !== null) return this.plain.slice(start, start + this.lineLength(i));
    const b = i >> BLOCK_BITS;
    const from = this.starts[b << BLOCK_BITS]!;
    let block = this.blocks[b];
    if (block === undefined) {
      const to = this.starts[Math.min(this.count, (b + 1) << BLOCK_BITS)]!;
      block = decodeAscii(this.held().subarray(from, to));
      this.blocks[b] = block;
    }
    return block.slice(start - from, start - from + this.lineLength(i));
  }

  slice(from: number, to: number): string {
    if (this.plain !== null) return this.plain.slice(from, to);
    const end = Math.min(Math.max(to, from), this.lower.length);
    return from >= end ? '' : decodeAscii(this.held().subarray(Math.max(0, from), end));
  }

  indents(): Uint16Array {
    if (!this.indentCache) this.computeIndents();
    return this.indentCache!;
  }

  firstChars(): Uint16Array {
    if (!this.firstCache) this.computeIndents();
    return this.firstCache!;
  }

  private computeIndents(): void {
    const indents = new Uint16Array(this.count);
    const first = new Uint16Array(this.count);
    const lower = this.lower;
    for (let i = 0; i < this.count; i++) {
      const start = this.starts[i]!;
      const end = start + this.lineLength(i);
      let j = start;
      let c = j < end ? lower.charCodeAt(j) : 0;
      while (c === 32 || c === 9) c = ++j < end ? lower.charCodeAt(j) : 0;
      indents[i] = j - start;
      first[i] = c;
    }
    this.indentCache = indents;
    this.firstCache = first;
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Read a paste for the analyzers. With `borrow`, a big paste's bytes go in a buffer the next such
 * call reuses: only for a Doc the caller drops, after handing it to release(), before that call.
 */
export function prepare(input: string, borrow = false): Doc {
  const { parts, length } = normaliseParts(input);
  if (parts.length === 1) return new PreparedDoc(parts[0]!, null, length);
  if (length >= BYTES_FROM && canUseBytes()) {
    const bytes = borrow ? borrowBuffer(length) : buffer(length);
    if (asciiBytes(parts, length, bytes)) return new PreparedDoc(null, bytes, length);
    returnBuffer(bytes);
  }
  return new PreparedDoc(parts.join(''), null, length);
}

/** Done with a Doc: a buffer it borrowed may be reused, and it must not be read again. */
export function release(doc: Doc): void {
  if (doc instanceof PreparedDoc) doc.releaseBytes();
}

/**
 * Sorted, distinct indexes of lines containing `needle` (lowercase) anywhere: one indexOf pass
 * over the whole text instead of a search per line. Stops after `limit` lines.
 */
export function linesWith(doc: Doc, needle: string, limit = 100_000): number[] {
  const out: number[] = [];
  const lower = doc.lower;
  let at = lower.indexOf(needle);
  let line = 0;
  while (at !== -1 && out.length < limit) {
    // Matches come in order, so walk forward from the previous line.
    while (line + 1 < doc.count && doc.starts[line + 1]! <= at) line++;
    const end = line + 1 < doc.count ? doc.starts[line + 1]! - 1 : lower.length;
    if (at + needle.length <= Math.min(end, doc.starts[line]! + MAX_LINE)) out.push(line);
    const next = line + 1 < doc.count ? doc.starts[line + 1]! : lower.length;
    at = lower.indexOf(needle, next);
  }
  return out;
}

/** Merge sorted index lists into one sorted list without duplicates. */
export function mergeLines(...lists: number[][]): number[] {
  const all = lists.flat().sort((a, b) => a - b);
  const out: number[] = [];
  for (const n of all) if (out.length === 0 || out[out.length - 1] !== n) out.push(n);
  return out;
}

/** A key and value from a `Key : Value` or `Key: Value` line. */
export interface KeyValue {
  /** Lowercased key with spaces, dashes and underscores removed, e.g. "azureadjoined". */
  key: string;
  /** The key as printed, trimmed. */
  rawKey: string;
  /** The value, trimmed; may be empty. */
  value: string;
  /** true when the line used ' : ' (PowerShell format-list / dsregcmd), false for 'Key: value'. */
  spaced: boolean;
}

/** Compact a key: lowercase, drop spaces, dashes, underscores and dots. */
export function compactKey(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === 32 || c === 9 || c === 45 || c === 95 || c === 46) continue;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : key[i];
  }
  return out;
}

/**
 * Split a line into key and value on the first ' : ' (or, failing that, the first ':'
 * when what precedes it looks like a key). Returns null when the line isn't a key/value line.
 */
export function splitKeyValue(line: string, maxKeyLength = 60): KeyValue | null {
  let idx = line.indexOf(' : ');
  let spaced = true;
  let valueStart = idx + 3;
  if (idx === -1 || idx > maxKeyLength + 40) {
    spaced = false;
    idx = line.indexOf(':');
    if (idx <= 0 || idx > maxKeyLength + 40) return null;
    // "https://…" is a URL, not a key.
    if (line.charCodeAt(idx + 1) === 47 && line.charCodeAt(idx + 2) === 47) return null;
    valueStart = idx + 1;
  }
  const rawKey = line.slice(0, idx).trim();
  if (rawKey.length === 0 || rawKey.length > maxKeyLength) return null;
  if (!spaced) {
    // "Key: value" – the key must not contain characters a key never has.
    for (let i = 0; i < rawKey.length; i++) {
      const c = rawKey.charCodeAt(i);
      const ok =
        (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32 || c === 45 || c === 95 || c === 40 || c === 41 || c === 46;
      if (!ok) return null;
    }
  }
  const value = line.slice(valueStart).trim();
  return { key: compactKey(rawKey), rawKey, value, spaced };
}

/** YES/NO (any case, also True/False) → boolean; anything else → undefined. */
export function yesNo(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'yes' || v === 'true') return true;
  if (v === 'no' || v === 'false') return false;
  return undefined;
}

/** Index of the first character that isn't a space or tab. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/** A finding together with where it starts in the paste (line index), for ordering. */
export interface Located<F> {
  at: number;
  finding: F;
}

/** Line index of a character offset in `doc.lower` / `doc.text`. */
export function lineOfOffset(doc: Doc, offset: number): number {
  return doc.lineAt(offset);
}

/** Drop quotes and brackets around a token (no regex: linear even on long runs). */
export function stripWrapping(token: string, chars = '"\'`<>()[]{}'): string {
  let start = 0;
  let end = token.length;
  while (start < end && chars.includes(token[start]!)) start++;
  while (end > start && chars.includes(token[end - 1]!)) end--;
  return token.slice(start, end);
}

/** Drop any of `chars` from the end of `s` (linear, unlike a /[…]+$/ regex). */
export function trimEndChars(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * Windows Hello and device registration error codes in any usual shape: 0x801C03ED, 0X801C03ED,
 * 801c03ed, the signed decimal an event log or script prints (-2145647635), the unsigned decimal
 * (2149319661), inside any text (a "Create a PIN" screen, dsregcmd, an event). Only codes of the
 * families these errors come from are read, so a random number or GUID part is not a code.
 */
import { lineOfOffset, splitKeyValue, type Doc, type Located } from './text.ts';
import type { ErrorCodeFamily, ErrorCodeShape, FactRow, Finding, FoundErrorCode } from './types.ts';
import { say } from './say.ts';

/** At most this many distinct codes per paste. */
export const MAX_CODES = 50;
/** Matches looked at before giving up (a hex dump must not cost more than a scan). */
const MAX_MATCHES = 1_000_000;

interface FamilyRange {
  family: ErrorCodeFamily;
  from: number;
  to: number;
}

/** HRESULT / NTSTATUS ranges (inclusive) of the families Windows Hello and device registration use. */
const FAMILIES: readonly FamilyRange[] = [
  { family: 'win32', from: 0x80070000, to: 0x8007ffff },
  { family: 'crypto', from: 0x80090000, to: 0x8009ffff },
  { family: 'dsreg', from: 0x801c0000, to: 0x801cffff },
  { family: 'tpm', from: 0x80280000, to: 0x8029ffff },
  { family: 'ntstatus', from: 0xc0000000, to: 0xc000ffff },
  { family: 'adal', from: 0xcaa00000, to: 0xcaafffff },
];

export function familyOf(value: number): ErrorCodeFamily | undefined {
  for (const f of FAMILIES) if (value >= f.from && value <= f.to) return f.family;
  return undefined;
}

function hex(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(8, '0')}`;
}

/**
 * One token → a normalised code ('0x801C03ED') and its shape, or undefined when it isn't a code of
 * a known family. Accepts 0x/0X + 8 hex digits, 8 bare hex digits, a signed 32-bit decimal and an
 * unsigned 32-bit decimal; surrounding spaces are ignored.
 */
export function parseErrorCode(token: string): { code: string; family: ErrorCodeFamily; shape: ErrorCodeShape } | undefined {
  const t = token.trim();
  if (t.length === 0 || t.length > 12) return undefined;
  let value: number;
  let shape: ErrorCodeShape;
  if (/^0x[0-9a-f]{8}$/i.test(t)) {
    value = parseInt(t.slice(2), 16);
    shape = 'hex';
  } else if (/^[0-9a-f]{8}$/i.test(t)) {
    value = parseInt(t, 16);
    shape = 'bare-hex';
  } else if (/^-[0-9]{9,10}$/.test(t)) {
    value = Number(t);
    if (value < -0x80000000) return undefined;
    value += 0x100000000;
    shape = 'signed-decimal';
  } else if (/^[0-9]{10}$/.test(t)) {
    value = Number(t);
    if (value > 0xffffffff) return undefined;
    shape = 'unsigned-decimal';
  } else return undefined;
  const family = familyOf(value);
  return family ? { code: hex(value), family, shape } : undefined;
}

/** The code a search box entry means, or undefined: the whole entry must be one code. */
export function normaliseErrorCode(text: string): string | undefined {
  return parseErrorCode(text)?.code;
}

/**
 * Candidates in lowercase text. Hex candidates must start with a family prefix; a bare hex run next
 * to '-', '{' or '}' is part of a GUID. Decimals are checked against the families afterwards.
 */
const CANDIDATE = /(?<![0-9a-z_.{}-])(?:0x)?(?:8007|8009|801c|802[89]|c000|caa[0-9a-f])[0-9a-f]{4}(?![0-9a-z_{}-])|(?<![0-9a-z_.])-?[0-9]{9,10}(?![0-9a-z_])/g;

/** CANDIDATE anchored at one position (lastIndex), with the same look-behind and look-ahead. */
const CANDIDATE_AT = new RegExp(CANDIDATE.source, 'y');

/**
 * Cheap prefilter: where a code of a known family can be, without the look-arounds. The hex families
 * by their first four digits; the decimals by the first digits every value of a family starts with
 * (unsigned 2147–2150, 3221, 3399–3400; signed -2144 to -2147, -1073, -894/-895; the sign is looked
 * at separately). A decimal outside the families, which CANDIDATE also matches, is dropped later
 * anyway and hides nothing: whatever follows it is preceded by a digit, which both look-behinds refuse.
 */
const PREFILTER = /(?:80(?:0[79]|1c|2[89])|c000|caa[0-9a-f])[0-9a-f]{4}|(?:21(?:4[4-9]|50)|3221|3399|3400|1073|89[45])[0-9]{5}/g;

/**
 * The CANDIDATE matches of a known family, in order, as the global CANDIDATE scan finds them: each
 * prefilter hit is tried from its "0x" or "-" on, never before the end of the previous match.
 */
function* candidates(lower: string): Generator<RegExpExecArray> {
  let lastEnd = 0;
  let hits = 0;
  PREFILTER.lastIndex = 0;
  let pre = PREFILTER.exec(lower);
  while (pre !== null && hits < MAX_MATCHES) {
    hits++;
    const at = pre.index;
    let from = at;
    if (lower.charCodeAt(at - 1) === 45 /* - */) from = at - 1;
    else if (lower.charCodeAt(at - 1) === 120 /* x */ && lower.charCodeAt(at - 2) === 48 /* 0 */) from = at - 2;
    if (from < lastEnd) from = lastEnd;
    let found: RegExpExecArray | null = null;
    for (let p = from; p <= at && found === null; p++) {
      CANDIDATE_AT.lastIndex = p;
      found = CANDIDATE_AT.exec(lower);
    }
    if (found !== null) {
      lastEnd = found.index + found[0].length;
      PREFILTER.lastIndex = lastEnd;
      yield found;
    } else PREFILTER.lastIndex = at + 1;
    pre = PREFILTER.exec(lower);
  }
}

/** "Client ErrorCode : 0x801c03f2" → "Client ErrorCode"; "Error code: 0x…" → "Error code". */
function labelOf(doc: Doc, line: number, printed: string): string | undefined {
  const kv = splitKeyValue(doc.line(line), 40);
  if (!kv || !kv.value.toLowerCase().startsWith(printed.toLowerCase())) return undefined;
  return kv.rawKey;
}

/** The 32-bit value of a CANDIDATE match, or -1 when it can't be a code (no allocation beyond the match). */
function candidateValue(token: string): number {
  if (token.charCodeAt(1) === 120 /* x */) return parseInt(token.slice(2), 16);
  if (token.length === 8) return parseInt(token, 16); // only the hex alternative matches 8 characters
  const signed = token.charCodeAt(0) === 45; /* - */
  if (!signed && token.length === 9) return -1; // a bare 9-digit decimal is only a code when signed
  const n = Number(token);
  if (signed) return n >= -0x80000000 ? n + 0x100000000 : -1;
  return n <= 0xffffffff ? n : -1;
}

function shapeOf(token: string): ErrorCodeShape {
  if (token.charCodeAt(1) === 120) return 'hex';
  if (token.length === 8) return 'bare-hex';
  return token.charCodeAt(0) === 45 ? 'signed-decimal' : 'unsigned-decimal';
}

export function analyzeErrorCodes(doc: Doc): Located<Finding<'error-code'>>[] {
  const lower = doc.lower;
  const byValue = new Map<number, FoundErrorCode>();
  let firstAt = -1;
  for (const m of candidates(lower)) {
    const token = m[0];
    const value = candidateValue(token);
    const seen = value >= 0 ? byValue.get(value) : undefined;
    if (seen) seen.count++;
    else if (value >= 0 && byValue.size < MAX_CODES) {
      const family = familyOf(value);
      if (family) {
        const line = lineOfOffset(doc, m.index);
        const printed = doc.slice(m.index, m.index + token.length);
        const found: FoundErrorCode = { code: hex(value), family, printed, shape: shapeOf(token), count: 1 };
        const label = labelOf(doc, line, printed);
        if (label !== undefined) found.label = label;
        byValue.set(value, found);
        if (firstAt === -1) firstAt = line;
      }
    }
  }
  if (byValue.size === 0) return [];
  const codes = [...byValue.values()];
  const rows: FactRow[] = codes.map((c) => ({
    label: c.label ? say('errorCodes.rowCodeLabelled', { label: c.label }) : say('errorCodes.rowCode'),
    value: c.printed.toLowerCase() === c.code.toLowerCase() ? c.code : say('errorCodes.rowPrinted', { code: c.code, printed: c.printed }),
    mark: 'info',
  }));
  const summary = codes.length === 1 ? say('errorCodes.summaryOne', { code: codes[0]!.code }) : say('errorCodes.summaryOther', { codes: `${codes.slice(0, 4).map((c) => c.code).join(', ')}${codes.length > 4 ? ', …' : ''}` });
  return [{ at: firstAt, finding: { kind: 'error-code', summary, facts: { codes }, rows, } }];
}

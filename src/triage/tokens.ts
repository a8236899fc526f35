/**
 * Tokens for the flow search. Words are split on spaces and punctuation, but codes keep their
 * shape so they can be found by prefix: 0xC000006D, KB4593226, 17763.1613, KDC_ERR_CLIENT_NAME_MISMATCH,
 * msDS-KeyCredentialLink. In the index a compound token is stored whole and as its parts
 * ("17763.1613" also gives "17763" and "1613"); a query keeps it whole, so "17763.16" is a prefix of it.
 */
import { parseErrorCode } from '../evidence/error-codes';

/** Anything that is not a letter, digit, or a joiner inside a code (. _ - and apostrophes). */
const SEPARATORS = /[^\p{L}\p{N}._'’-]+/u;
const EDGES = /^[._'’-]+|[._'’-]+$/g;
const JOINERS = /[._-]+/;

const STOP_WORDS = new Set(
  'a an and are as at be but by do does for from has have if in into is it its of on or so such than that the their then there these this to was were will with you your'.split(' '),
);

function chunks(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(SEPARATORS)) {
    const chunk = raw.replace(/['’]/g, '').replace(EDGES, '');
    if (chunk) out.push(chunk);
  }
  return out;
}

/** Index side: every compound token whole and as its parts. */
export function tokenizeForIndex(text: string): string[] {
  const out: string[] = [];
  for (const chunk of chunks(text)) {
    out.push(chunk);
    if (JOINERS.test(chunk)) for (const part of chunk.split(JOINERS)) if (part) out.push(part);
  }
  return out;
}

/** Query side: compound tokens stay whole, so a partial code is a prefix of the indexed code. */
export function tokenizeQuery(text: string): string[] {
  return chunks(text);
}

/** Lowercases; drops stop words and single letters (single digits stay: they may be part of a code). */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase();
  if (STOP_WORDS.has(t)) return null;
  if (t.length < 2 && !/\d/.test(t)) return null;
  return t;
}

/** Codes and numbers must match exactly or by prefix; only plain words of 4+ letters tolerate typos. */
export function fuzzyFor(term: string): number | false {
  return /\d|_/.test(term) || term.length < 4 ? false : 0.2;
}

/**
 * Error codes written in any usual shape (801c03ed, 0X801C03ED, -2145647635, 2149319661) become the
 * shape the flows index (0x801C03ED), so any of them finds the flow that lists the code. Each word
 * of the query is read on its own, without the punctuation around it ("(0x801c03ed)," too).
 */
export function normaliseCodesInQuery(query: string): string {
  return query.replace(/[^\s]+/g, (word) => {
    const core = word.replace(/^[^0-9a-z-]+|[^0-9a-z]+$/gi, '');
    const code = core.length <= 12 ? parseErrorCode(core)?.code : undefined;
    return code ?? word;
  });
}

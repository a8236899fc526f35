/** The prefiltered scan in error-codes.ts finds exactly what one global regex scan over the paste finds. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeEvidence } from './index.ts';
import { familyOf } from './error-codes.ts';
import type { Finding } from './types.ts';

/** The scan before the prefilter: every match of one global regex, checked against the families. */
const CANDIDATE = /(?<![0-9a-z_.{}-])(?:0x)?(?:8007|8009|801c|802[89]|c000|caa[0-9a-f])[0-9a-f]{4}(?![0-9a-z_{}-])|(?<![0-9a-z_.])-?[0-9]{9,10}(?![0-9a-z_])/g;

function valueOf(token: string): number {
  if (token[1] === 'x') return parseInt(token.slice(2), 16);
  if (token.length === 8) return parseInt(token, 16);
  if (token[0] !== '-' && token.length === 9) return -1;
  const n = Number(token);
  if (token[0] === '-') return n >= -0x80000000 ? n + 0x100000000 : -1;
  return n <= 0xffffffff ? n : -1;
}

/** [value, printed, count] in paste order, as the reference scan reads them. */
function reference(text: string): [number, string, number][] {
  const lower = text.toLowerCase();
  const byValue = new Map<number, [number, string, number]>();
  for (const m of lower.matchAll(CANDIDATE)) {
    const v = valueOf(m[0]);
    const seen = byValue.get(v);
    if (seen) seen[2]++;
    else if (v >= 0 && familyOf(v) && byValue.size < 50) byValue.set(v, [v, text.slice(m.index, m.index + m[0].length), 1]);
  }
  return [...byValue.values()];
}

function scanned(text: string): [number, string, number][] {
  const f = analyzeEvidence(text).find((x): x is Finding<'error-code'> => x.kind === 'error-code');
  return (f?.facts.codes ?? []).map((c) => [parseInt(c.code.slice(2), 16), c.printed, c.count]);
}

const PIECES = [
  '0x', '0X', '-', '8007', '8009', '801c', '801C', '8028', '8029', 'c000', 'C000', 'caa5', '03ed', '0005', 'ffff', '0016',
  '2147942405', '2149319661', '3221225485', '3399999999', '-2147024891', '-2145647635', '-1073741715', '-894435329', '-123456789',
  '1', '7', '9', 'a', 'x', '_', '.', '{', '}', ' ', '\n', ':', '(', ')',
];

describe('error code scan', () => {
  it('finds the same codes, printed forms and counts as a plain global scan', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(scanned(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a code right after a non-code number and after a sign that belongs to a word', () => {
    expect(scanned('2147942405-2147024891 a-2147024891')).toEqual(reference('2147942405-2147024891 a-2147024891'));
    expect(scanned('1234567890 0x80070005, -0x80090016')).toEqual([[0x80070005, '0x80070005', 1]]);
  });
});

/**
 * The pseudo-locale: every letter accented and each text about a third longer, so a test can see at a glance that
 * a word did not come from the words files (plain ASCII English left over) and that longer translations still fit.
 * Placeholders (`{name}`) are kept as they are so they still fill.
 */
const ACCENTED: Record<string, string> = {
  a: 'á', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'í', j: 'ĵ', k: 'ķ', l: 'ĺ', m: 'ɱ',
  n: 'ñ', o: 'ó', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'ú', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Á', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Í', J: 'Ĵ', K: 'Ķ', L: 'Ĺ', M: 'Ṁ',
  N: 'Ñ', O: 'Ó', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Š', T: 'Ţ', U: 'Ú', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const accent = (s: string) => s.replace(/[A-Za-z]/g, (ch) => ACCENTED[ch] ?? ch);

/** "Back" → "Ɓáçķ ·" ; placeholders and line breaks survive. */
export function pseudo(text: string): string {
  if (!text) return text;
  const out = text
    .split(/(\{[A-Za-z][A-Za-z0-9_]*\})/)
    .map((part, i) => (i % 2 === 1 ? part : accent(part)))
    .join('');
  const pad = '·'.repeat(Math.max(1, Math.round(text.length / 3)));
  return /\S/.test(text) ? `${out} ${pad}` : out;
}

/** True when a visible text still holds a plain ASCII word of three or more letters (English left over). */
export function hasPlainWords(text: string): boolean {
  return /(?:^|[^A-Za-z\u00C0-\u024F])[A-Za-z]{3,}(?![A-Za-z\u00C0-\u024F])/.test(text);
}

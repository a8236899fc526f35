/**
 * The pseudo-locale: every letter carries an accent and each text is about a third longer, so a test can see at a
 * glance that a word did not come from the words files (plain ASCII English left over) and that longer translations
 * still fit. Placeholders (`{name}`) are kept as they are so they still fill.
 */

/** "Back" → "B́áćḱ ··" (each letter followed by a combining acute accent); placeholders and line breaks survive. */
export function pseudo(text: string): string {
  if (!/\S/.test(text)) return text;
  const out = text.split(/(\{[A-Za-z]\w*\})/).map((part, i) => (i % 2 ? part : part.replace(/[A-Za-z]/g, '$&\u0301'))).join('');
  return `${out} ${'·'.repeat(Math.ceil(text.length / 3))}`;
}

/** True when a visible text still holds a plain ASCII word of three or more letters (English left over). */
export function hasPlainWords(text: string): boolean {
  return /(?:^|[^A-Za-z\u00C0-\u024F\p{M}])[A-Za-z]{3,}(?![A-Za-z\u00C0-\u024F\p{M}])/u.test(text);
}

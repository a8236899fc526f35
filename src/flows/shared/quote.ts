/**
 * Quoting for the shells the app's commands run in. Every value the app fills into a command goes
 * through one of these, so a typed or shared value is always data, never code. Pure.
 *
 * - PowerShell: a single-quoted literal. Nothing expands inside it ($, backtick, $( ) are plain
 *   characters); the only special character is the single quote, written twice. PowerShell also
 *   takes the typographic quotes ‘ ’ ‚ ‛ as single quotes, so those are doubled too.
 * - cmd, netsh and file names: cmd has no quoting that stops % and ! expansion, so only plain words
 *   (letters, digits, . _ -) are filled in; anything else keeps the placeholder.
 * - certreq INF: a double-quoted value with " doubled; line breaks (which would start a new key)
 *   and % (INF string substitution) are not allowed.
 */

/** The characters PowerShell reads as a single quote. */
const PS_SINGLE_QUOTES = /['\u2018\u2019\u201A\u201B]/g;

/** A PowerShell single-quoted string literal holding exactly `value`. */
export function psLiteral(value: string): string {
  return `'${value.replace(PS_SINGLE_QUOTES, (q) => q + q)}'`;
}

/** A word cmd.exe (and netsh, certreq arguments, file names) takes as is: no spaces, quotes, %, !, ^, &, |, <, >. */
const PLAIN_WORD = /^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$/;

export function isPlainWord(value: string): boolean {
  return PLAIN_WORD.test(value);
}

/** `value` when cmd can take it as one plain argument, else `placeholder` (never a partly quoted value). */
export function cmdWord(value: string | null | undefined, placeholder: string): string {
  return typeof value === 'string' && PLAIN_WORD.test(value) ? value : placeholder;
}

/** netsh arguments follow cmd's rules (netsh is started from cmd). */
export const netshWord = cmdWord;

/** A value certreq's INF file can hold: no line breaks, no control characters, no %. */
export function isInfSafe(value: string): boolean {
  // Control characters are what this rejects.
  // eslint-disable-next-line no-control-regex
  return !/[\u0000-\u001f\u007f%]/.test(value);
}

/** A certreq INF quoted value; throws on a value isInfSafe refuses (callers validate first). */
export function infString(value: string): string {
  if (!isInfSafe(value)) throw new Error('This value cannot go into a certreq INF file.');
  return `"${value.replace(/"/g, '""')}"`;
}

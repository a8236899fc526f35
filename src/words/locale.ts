/**
 * The language the app shows. English ('en') is the words files as written; 'pseudo' is the pseudo-locale that
 * proves every visible word comes from a words file. Chosen with `?lang=pseudo` in the address, or set by
 * tests with setLocale. A translation adds a locale here and its own set of files.
 */
import { pseudo } from './pseudo';

export type Locale = 'en' | 'pseudo';

/** `?lang=pseudo` in the address picks the pseudo-locale for that page load. */
function detect(): Locale {
  try {
    return new URLSearchParams(location.search).get('lang') === 'pseudo' ? 'pseudo' : 'en';
  } catch {
    return 'en';
  }
}

let current: Locale | undefined;

export function locale(): Locale {
  return (current ??= detect());
}

/** For tests: switch the language (words built after this use it). */
export function setLocale(next: Locale): void {
  current = next;
}

/** The language tag for `<html lang>`: `en`, or `en-XA` (the usual pseudo-locale tag) for the pseudo-locale. */
export function langTag(): string {
  return locale() === 'pseudo' ? 'en-XA' : 'en';
}

/** A words-file string in the current language. */
export function localize(text: string): string {
  return locale() === 'pseudo' ? pseudo(text) : text;
}

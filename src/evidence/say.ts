/**
 * The words the analyzers show (src/evidence/words.yaml): `say('udr.rowEvent')`, `say('ntauth.rowCa', { number: 2 })`
 * gives the named text in the current language with its {placeholders} filled from the paste's facts. Loaded with the
 * analyzers, never with the home page. An unknown name throws (tests/i18n/evidence-words.test.ts checks every name).
 */
import { localize } from '../words/locale';
import type { Messages } from '../words/schema';
import { fill, type Values } from '../words/template';
import words from './words.yaml';

const tree = words as Messages;

/**
 * Texts found so far, by name: the words file never changes, and a 5 MB paste asks for the same few
 * hundreds of times. Names not found are not kept (one built from data could be anything).
 */
const found = new Map<string, string>();

function lookup(name: string): string | undefined {
  const known = found.get(name);
  if (known !== undefined) return known;
  let node: Messages | string | undefined = tree;
  for (const part of name.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'string') return undefined;
  found.set(name, node);
  return node;
}

export function say(name: string, values: Values = {}): string {
  const text = lookup(name);
  if (text === undefined) throw new Error(`src/evidence/words.yaml: ${name} is missing (an analyzer uses it)`);
  return fill(localize(text), values);
}

/** Whether the words file has a text by that name (for names built from data, e.g. a check's key). */
export const hasWords = (name: string): boolean => lookup(name) !== undefined;

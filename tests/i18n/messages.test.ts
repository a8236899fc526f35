import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/messages/en.yaml';
import shell from '../../src/messages/en.shell.yaml';
import { flatten, t } from '../../src/words/messages';
import { setLocale } from '../../src/words/locale';
import { hasPlainWords } from '../../src/words/pseudo';
import { fill, placeholdersIn } from '../../src/words/template';
import { fillValues } from '../../src/words/messagesShell';
import type { Messages } from '../../src/words/schema';
// @ts-expect-error: a plain .mjs script without types
import { CATALOG_FILES, keysModule } from '../../scripts/message-keys.mjs';
import { ROOT } from '../architecture/imports';
import { keyUses, shellImporters } from './keys';

const first = flatten(shell as Messages);
const rest = flatten(en as Messages);
const catalog = new Map([...first, ...rest]);
const uses = keyUses();

describe('the app catalog (src/messages/en.shell.yaml and en.yaml)', () => {
  it('finds the keys the source uses (sanity)', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((u) => u.key === 'runner.toolbar.back' && u.at.startsWith('src/components/RunnerToolbar.tsx:'))).toBe(true);
  });

  it('has every key a t() call uses (file:line of each missing one)', () => {
    const missing = uses
      .filter((u) => (typeof u.key === 'string' ? !catalog.has(u.key) : ![...catalog.keys()].some((k) => (u.key as RegExp).test(k))))
      .map((u) => `${u.at}: ${String(u.key)}`);
    expect(missing).toEqual([]);
  });

  it('has no key that nothing uses', () => {
    const unused = [...catalog.keys()].filter((k) => !uses.some((u) => (typeof u.key === 'string' ? u.key === k : u.key.test(k))));
    expect(unused).toEqual([]);
  });

  it('has each key in one file only', () => {
    expect([...first.keys()].filter((k) => rest.has(k))).toEqual([]);
  });

  it('gives the screens of the first visit (files importing messagesShell) only words of en.shell.yaml', () => {
    const shellFiles = new Set(shellImporters());
    const outside = uses
      .filter((u) => shellFiles.has(u.at.split(':')[0]!))
      .filter((u) => (typeof u.key === 'string' ? !first.has(u.key) : ![...first.keys()].some((k) => (u.key as RegExp).test(k))))
      .map((u) => `${u.at}: ${String(u.key)} (in en.yaml: import t from words/messages instead, or move the key)`);
    expect(shellFiles.size).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });

  it('has no empty text', () => {
    expect([...catalog].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it('is the source of src/messages/keys.ts (run `node scripts/message-keys.mjs` after editing en.yaml)', () => {
    const sources = (CATALOG_FILES as string[]).map((f) => readFileSync(join(ROOT, f), 'utf8'));
    expect(readFileSync(join(ROOT, 'src/messages/keys.ts'), 'utf8')).toBe(keysModule(...sources));
  });
});

describe('t', () => {
  it('fills values as ./template does', () => {
    const values = { title: 'A {b} “c”', step: 3, at: 0, missing: undefined };
    for (const [, v] of catalog) expect(fillValues(v, values)).toBe(fill(v, values));
    expect(fillValues('{x} and {y}', { x: '$&' })).toBe(fill('{x} and {y}', { x: '$&' }));
  });
  it('fills placeholders with values as text, in English by default', () => {
    expect(t('casesPage.renameCase', { title: '<b>x</b>' })).toBe('Rename “<b>x</b>”');
    expect(t('runner.path.stepOf', { at: 2, total: 5 })).toBe('Step 2 of 5');
  });

  it('accents the catalog, never the values, in the pseudo-locale', () => {
    setLocale('pseudo');
    try {
      const text = t('casesPage.renameCase', { title: 'Ticket 42' });
      expect(text).toContain('Ticket 42');
      expect(hasPlainWords(text.replace('Ticket 42', ''))).toBe(false);
      expect(text.length).toBeGreaterThan('Rename “Ticket 42”'.length);
    } finally {
      setLocale('en');
    }
  });

  it('keeps placeholders intact through the pseudo-locale', () => {
    setLocale('pseudo');
    try {
      const broken = [...catalog].filter(([k, v]) => placeholdersIn(v).some((p) => !t(k as never).includes(`{${p}}`))).map(([k]) => k);
      expect(broken).toEqual([]);
    } finally {
      setLocale('en');
    }
  });
});

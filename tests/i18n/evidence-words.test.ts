/**
 * The words the analyzers show (src/evidence/words.yaml) and the Suggestions reasons (each flow's words.yaml
 * `matches`): every name the code picks is in the words file (file:line of the use), and every text there is used.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWords, WordsError } from '../../scripts/words-plugin';
import { say } from '../../src/evidence/say';
import words from '../../src/evidence/words.yaml';
import { flatten } from '../../src/words/messages';
import { setLocale } from '../../src/words/locale';
import type { Messages } from '../../src/words/schema';
import { ROOT } from '../architecture/imports';

interface Use {
  name: string | RegExp;
  at: string;
}

/** Quoted names (`'udr.rowEvent'`) and template names (`udr.check-${key}` → a pattern) in the given files. */
function usesIn(files: string[], quoted: RegExp): Use[] {
  const out: Use[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const at = (i: number) => `${relative(ROOT, file)}:${text.slice(0, i).split('\n').length}`;
    for (const m of text.matchAll(quoted)) {
      const raw = m[1] ?? m[2]!;
      const name = raw.includes('${') ? new RegExp(`^${raw.split(/\$\{[^}]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w-]+')}$`) : raw;
      out.push({ name, at: at(m.index) });
    }
  }
  return out;
}

const matchesName = (u: Use, key: string) => (typeof u.name === 'string' ? u.name === key : u.name.test(key));

describe('the analyzers\' words (src/evidence/words.yaml)', () => {
  const dir = join(ROOT, 'src/evidence');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
  const catalog = [...flatten(words as Messages).keys()];
  const groups = [...new Set(catalog.map((k) => k.split('.')[0]!))];
  // A name is a group of the words file, a dot and a key: 'udr.rowEvent', `udr.check-${key}`.
  const uses = usesIn(files, new RegExp(String.raw`['\`]((?:${groups.join('|')})\.[\w$\{\}.-]+)['\`]|say\(\`([^\`]+)\``, 'g'));

  it('finds the names the analyzers use (sanity)', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.some((u) => u.name === 'udr.rowEvent' && u.at.startsWith('src/evidence/udr-event.ts:'))).toBe(true);
  });

  it('has every name an analyzer picks (file:line of each missing one)', () => {
    const missing = uses.filter((u) => !catalog.some((k) => matchesName(u, k))).map((u) => `${u.at}: ${String(u.name)}`);
    expect(missing).toEqual([]);
  });

  it('has no text nothing uses', () => {
    expect(catalog.filter((k) => !uses.some((u) => matchesName(u, k)))).toEqual([]);
  });

  it('fills values as text and names the file for an unknown name', () => {
    expect(say('ntauth.summaryOne', { where: 'certutil', count: 1 })).toBe('certutil: 1 CA certificate');
    expect(() => say('ntauth.nope')).toThrow(/src\/evidence\/words\.yaml: ntauth\.nope is missing/);
    setLocale('pseudo');
    try {
      expect(say('common.notShown')).toMatch(/\u0301/);
    } finally {
      setLocale('en');
    }
  });

  it('a broken file stops the build with its file and line', () => {
    const file = `${ROOT}/src/evidence/words.yaml`;
    let message = '';
    try {
      readWords(['udr:', '  rowEvent: Event', '  bad key: x', '  nested: [1, 2]'].join('\n'), file);
    } catch (e) {
      expect(e).toBeInstanceOf(WordsError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/src\/evidence\/words\.yaml:3:\d+: udr\.bad key: a message key is a word/);
    expect(message).toMatch(/src\/evidence\/words\.yaml:4:\d+: udr\.nested/);
  });
});

describe('Suggestions reasons (each flow\'s words.yaml matches)', () => {
  const flowsDir = join(ROOT, 'src/flows');
  const flows = readdirSync(flowsDir).filter((id) => {
    try {
      return readFileSync(join(flowsDir, id, 'matches.ts'), 'utf8').includes("words.yaml?matches'");
    } catch {
      return false;
    }
  });

  it('finds the flows whose Suggestions reasons are words (sanity)', () => {
    expect(flows).toEqual(expect.arrayContaining(['cloud-kerberos-trust', 'hello-error-codes', 'ntauth-ca-missing', 'provisioning-not-starting']));
  });

  it.each(flows)('%s: every reason matches.ts picks is in its words, and every one there is used', (id) => {
    const data = readWords(readFileSync(join(flowsDir, id, 'words.yaml'), 'utf8'), join(flowsDir, id, 'words.yaml')) as { matches?: Record<string, string> };
    const names = Object.keys(data.matches ?? {});
    const code = readdirSync(join(flowsDir, id))
      .filter((f) => f.endsWith('.ts') && readFileSync(join(flowsDir, id, f), 'utf8').includes("'matches')"))
      .map((f) => join(flowsDir, id, f));
    // say('name') in the files that read the matches part (matches.ts), and `blocker-${b}` style names.
    const uses = usesIn(code, /\bsay\('([\w-]+)'|(?:say|messagesOf\([^)]*'matches'\))\(`([^`]+)`/g);
    expect(uses.filter((u) => !names.some((n) => matchesName(u, n))).map((u) => `${u.at}: ${String(u.name)}`)).toEqual([]);
    expect(names.filter((n) => !uses.some((u) => matchesName(u, n)))).toEqual([]);
  });
});

/** Reads every `t('…')` key the source uses (Node only), for the catalog checks. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { ROOT, sourceFiles } from '../architecture/imports';

export interface KeyUse {
  /** The key, or for a template literal key (`status.${s}`) a pattern matching the keys it can be. */
  key: string | RegExp;
  /** file:line, relative to the repository root. */
  at: string;
}

const CALL = /\bt\(\s*(?:'([^'\n]+)'|`([^`\n]+)`)/g;
const PLURAL = /\bplural\([^,()]+(?:\([^()]*\))?[^,()]*,\s*'([^'\n]+)',\s*'([^'\n]+)'\s*\)/g;

const pattern = (template: string) => new RegExp(`^${template.split(/\$\{[^}]+\}/).map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\w-]+')}$`);

export function keyUses(files = sourceFiles()): KeyUse[] {
  const uses: KeyUse[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const lineOf = (index: number) => text.slice(0, index).split('\n').length;
    const name = relative(ROOT, file);
    for (const m of text.matchAll(CALL)) {
      const key = m[1] ?? (m[2]!.includes('${') ? pattern(m[2]!) : m[2]!);
      uses.push({ key, at: `${name}:${lineOf(m.index)}` });
    }
    for (const m of text.matchAll(PLURAL)) {
      uses.push({ key: m[1]!, at: `${name}:${lineOf(m.index)}` }, { key: m[2]!, at: `${name}:${lineOf(m.index)}` });
    }
  }
  return uses;
}

/** The source files that import `t` from words/messagesShell (the first visit's words only). */
export function shellImporters(files = sourceFiles()): string[] {
  return files.filter((f) => /from '(?:\.\.\/)+words\/messagesShell'/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
}

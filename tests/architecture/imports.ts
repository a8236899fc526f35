/** Reads the source tree's relative imports (for the layering and scaffold tests). Node only. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../..');
export const SRC = join(ROOT, 'src');

export interface ImportEdge {
  /** Importing file, relative to the repository root. */
  from: string;
  /** Imported file, relative to the repository root. */
  to: string;
  /** true for `import type` / `export type` (erased at build, so not a runtime cycle). */
  typeOnly: boolean;
  line: number;
}

export function sourceFiles(dir = SRC): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'fixtures') out.push(...sourceFiles(p));
    } else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

function resolveImport(fromFile: string, spec: string): string | undefined {
  const base = resolve(dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const IMPORT_RE = /(?:^|\n)\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

export function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const out: ImportEdge[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[3] ?? m[4]!;
    if (/\.(css|svg|png|json)$/.test(spec)) continue;
    const target = resolveImport(file, spec);
    if (!target) continue;
    const line = text.slice(0, m.index! + m[0].length).split('\n').length;
    out.push({ from: relative(ROOT, file), to: relative(ROOT, target), typeOnly: !!m[2], line });
  }
  return out;
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Code that turns a string into markup or code. Nothing the user types or pastes may reach these. */
const DANGEROUS: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['createContextualFragment', /createContextualFragment/],
  ['DOMParser', /new\s+DOMParser/],
  ['javascript: URLs', /["'`]javascript:/i],
];

describe('no markup or code from strings', () => {
  const files = [...sources(join(ROOT, 'src')), join(ROOT, 'index.html')];

  it('scans the app source', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [name, pattern] of DANGEROUS) {
    it(`src/ never uses ${name}`, () => {
      const hits = files.flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(ROOT, f)}:${i + 1}` }))
          .filter(({ line }) => pattern.test(line) && !/^\s*(\/\/|\*)/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
      expect(hits).toEqual([]);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformWithOxc } from 'vite';
import { emptyKeywords } from '../../scripts/catalog-meta.mjs';

const FLOWS = join(import.meta.dirname, '../../src/flows');

describe('catalog copy of a flow meta (scripts/catalog-meta.mjs)', () => {
  it('empties the search words and keeps every other fact', () => {
    const code = `export const meta = { id: 'x', title: 'T', keywords: ['a', "b's", \`c\`], appliesTo: ['keywords: not me'], tellsApart: 'keywords' };`;
    const out = emptyKeywords(code);
    expect(out).toContain('keywords: []');
    expect(out).toContain("appliesTo: ['keywords: not me']");
    expect(out).toContain("tellsApart: 'keywords'");
    expect(out).not.toContain("'a'");
  });

  it('a shorthand `keywords` (a constant of the module) becomes empty too', () => {
    expect(emptyKeywords(`const keywords = ['a'];\nexport const meta = { id: 'x', keywords };`)).toContain('{ id: \'x\', keywords: [] }');
  });

  it('leaves a module without keywords as it is', () => {
    const code = `export const meta = { id: 'x', title: 'T' };`;
    expect(emptyKeywords(code)).toBe(code);
  });

  it("every flow folder's meta.ts: the catalog copy has no search words and keeps its id", async () => {
    const folders = readdirSync(FLOWS).filter((d) => existsSync(join(FLOWS, d, 'meta.ts')));
    expect(folders.length).toBeGreaterThan(0);
    for (const folder of folders) {
      const file = join(FLOWS, folder, 'meta.ts');
      const js = (await transformWithOxc(readFileSync(file, 'utf8'), file)).code;
      const out = emptyKeywords(js);
      expect(out, folder).toMatch(/keywords: \[\]/);
      expect(out, folder).toContain(folder);
      expect(out.length, folder).toBeLessThanOrEqual(js.length);
    }
  });
});

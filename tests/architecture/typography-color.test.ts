import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceFiles } from './imports';

/**
 * MUI 9's Typography reads its `color` prop only as a palette colour's name ("primary", "textSecondary"…): a palette
 * path such as "text.secondary" is dropped without a warning and the text is drawn in the primary colour. (Inside
 * `sx`, palette paths work.)
 */
describe('component colours', () => {
  it('no component gets a palette path as its color prop', () => {
    const offending = sourceFiles()
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) =>
        readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => [line, i + 1] as const)
          .filter(([line]) => /\scolor="[a-z]+\.[a-zA-Z]+"/.test(line))
          .map(([, n]) => `${relative(process.cwd(), f)}:${n}`),
      );
    expect(offending).toEqual([]);
  });
});

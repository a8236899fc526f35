import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const html = readFileSync(join(ROOT, 'index.html'), 'utf8');
const headers = readFileSync(join(ROOT, 'deploy/whfb-headers.conf'), 'utf8');
const scriptSrc = headers.match(/Content-Security-Policy "[^"]*script-src ([^;"]*)/)?.[1] ?? '';

/** The inline <script> blocks of the page shell (no src attribute). */
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

describe('the one inline script and the Content-Security-Policy', () => {
  it('index.html has exactly one inline script: the colour-scheme one, run before the first paint', () => {
    expect(inlineScripts).toHaveLength(1);
    expect(inlineScripts[0]).toContain("localStorage.getItem('mui-mode')");
  });

  it('deploy/whfb-headers.conf allows that script by its sha256 and nothing else inline', () => {
    const hash = createHash('sha256').update(inlineScripts[0]).digest('base64');
    expect(scriptSrc.split(/\s+/)).toEqual(["'self'", `'sha256-${hash}'`]);
  });
});

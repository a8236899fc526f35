// Bundle sizes from dist/.vite/manifest.json: what every first visit downloads, and what each screen and flow adds.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** @param {string} dist */
export function bundleSizes(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const gz = new Map();
  const kb = (file) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 6 }).length / 1024);
    return gz.get(file);
  };
  /** A chunk and everything it imports statically. */
  const closure = (key, into = new Set()) => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const dep of manifest[key].imports ?? []) closure(dep, into);
    return into;
  };
  const total = (keys) => [...keys].reduce((sum, k) => sum + kb(manifest[k].file) + (manifest[k].css ?? []).reduce((s, c) => s + kb(c), 0), 0);
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const entry = closure(entryKey);
  // src/main.tsx starts the app by importing these in turn (separate tasks): every visit loads them.
  const startup = new Set(entry);
  for (const d of manifest[entryKey].dynamicImports ?? []) if (!/Page\.tsx$|\/flows\/|pwa-register|Color|Update/.test(d)) closure(d, startup);
  const extra = (key) => {
    const own = closure(key);
    for (const k of startup) own.delete(k);
    return { kb: total(own), files: [...own].map((k) => manifest[k].file.replace(/^assets\//, '')) };
  };
  const screens = Object.keys(manifest)
    .filter((k) => /src\/app\/\w+Page\.tsx$/.test(k))
    .map((k) => ({ name: k.replace(/^.*\//, '').replace('.tsx', ''), ...extra(k) }));
  const flows = Object.keys(manifest)
    .filter((k) => /src\/flows\/[^/]+\/index\.ts$/.test(k))
    .map((k) => ({ name: k.split('/').at(-2), ...extra(k) }));
  return { entryKb: total(entry), startupKb: total(startup), startupFiles: startup.size, screens, flows };
}

#!/usr/bin/env node
// The npm registry this project's machines reach serves only the platform packages this
// machine can use (e.g. @oxlint/binding-linux-x64-gnu, not the darwin or win32 ones). npm
// then leaves the other platforms' optional binaries out of package-lock.json, and `npm ci`
// refuses the lock as "out of sync". This adds a lock entry for each missing optional
// platform package (version from its parent, os/cpu/libc from its name), so `npm ci` accepts
// the lock and skips those packages as it does on any machine of another platform.
// Run after any `npm install` that changes package-lock.json: node scripts/complete-lock.mjs
import { readFileSync, writeFileSync } from 'node:fs';

const LOCK = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
const pkgs = lock.packages;

const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32', 'openharmony', 'sunos', 'aix', 'netbsd', 'openbsd', 'cygwin'];
const CPU = ['arm64', 'arm', 'x64', 'ia32', 'ppc64', 'riscv64', 's390x', 'loong64', 'mips64el', 'wasm32'];

function platformOf(name) {
  const parts = name.split('/').pop().split('-');
  const out = {};
  const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
  const cpu = CPU.find((c) => parts.includes(c) || (c === 'arm' && parts.some((p) => p.startsWith('arm') && p !== 'arm64')) || (c === 'x64' && parts.includes('amd64')));
  if (os) out.os = [os];
  if (cpu) out.cpu = [cpu];
  if (parts.includes('musl') || parts.includes('musleabihf')) out.libc = ['musl'];
  else if (os === 'linux' && parts.some((p) => p.startsWith('gnu'))) out.libc = ['glibc'];
  return out;
}

function resolvePath(parentPath, name) {
  // Node resolution: look in parent's node_modules, then up to the root.
  let base = parentPath;
  for (;;) {
    const candidate = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (pkgs[candidate]) return candidate;
    if (!base) return undefined;
    const idx = base.lastIndexOf('/node_modules/');
    base = idx === -1 ? '' : base.slice(0, idx);
  }
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [name, spec] of Object.entries(meta.optionalDependencies ?? {})) {
    if (resolvePath(path, name)) continue;
    if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(spec)) continue; // only exact versions can be filled in safely
    const platform = platformOf(name);
    if (!platform.os && !platform.cpu) continue; // not a platform binary: leave it to npm
    const at = pkgs[`node_modules/${name}`] ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    pkgs[at] = { version: spec, ...(meta.dev ? { dev: true } : {}), optional: true, ...platform };
    added++;
  }
}

const sorted = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
lock.packages = sorted;
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lock: added ${added} optional platform entries`);

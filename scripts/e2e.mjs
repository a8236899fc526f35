#!/usr/bin/env node
// End-to-end tests: make sure Debian's Chromium is there, build the app, serve the build,
// run tests/e2e against it in headless Chromium, stop the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { buildApp, startNginx } from './serve-build.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.E2E_PORT ?? 4174);

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.status !== 0) {
    console.error(`\n${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium package…`);
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const apt = (...a) => run(sudo[0] ?? 'apt-get', sudo.length ? ['apt-get', ...a] : a, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  apt('update');
  apt('install', '-y', 'chromium');
}

async function waitFor(url, ms = 30000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Server at ${url} did not start`);
}

async function main() {
  ensureChromium();
  if (!process.env.E2E_SKIP_BUILD) buildApp();
  const server = spawn('node_modules/.bin/vite', ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], { stdio: ['ignore', 'inherit', 'inherit'] });
  let code = 1;
  try {
    const base = `http://127.0.0.1:${PORT}`;
    await waitFor(base + '/');
    const r = spawnSync(
      process.execPath,
      ['--require', './scripts/node20-polyfills.cjs', 'node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
      { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: base, CHROMIUM_PATH: CHROMIUM } },
    );
    code = r.status ?? 1;
  } finally {
    server.kill('SIGTERM');
  }
  if (code === 0 && !process.env.E2E_SKIP_NGINX) code = await behindNginx();
  process.exit(code);
}

// The same build behind Debian's nginx with deploy/nginx.conf (headers, deep links, caching), then a
// sub-path build (BASE_PATH=/whfb/), each running the files of the suite that check serving.
const NGINX_FILES = ['tests/e2e/foundation.e2e.ts', 'tests/e2e/production.e2e.ts', 'tests/e2e/security.e2e.ts'];
const SUBPATH_FILES = ['tests/e2e/foundation.e2e.ts', 'tests/e2e/production.e2e.ts'];

function chosen(files) {
  const asked = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (!asked.length) return files;
  return files.filter((f) => asked.some((a) => f.includes(a.replace(/^\.\//, ''))));
}

async function vitestAgainst(server, files, label) {
  if (!files.length) return 0;
  console.log(`\n— e2e behind nginx (${label}): ${server.url}/`);
  const r = spawnSync(
    process.execPath,
    ['--require', './scripts/node20-polyfills.cjs', 'node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...files],
    { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.url, E2E_SERVER: 'nginx', E2E_WEB_ROOT: server.webRoot, CHROMIUM_PATH: CHROMIUM } },
  );
  return r.status ?? 1;
}

async function behindNginx() {
  const files = chosen(NGINX_FILES);
  if (files.length) {
    const server = await startNginx({ dist: 'dist', port: PORT + 1 });
    try {
      const code = await vitestAgainst(server, files, 'root path');
      if (code !== 0) return code;
    } finally {
      server.stop();
    }
  }
  const sub = chosen(SUBPATH_FILES);
  if (!sub.length) return 0;
  buildApp({ outDir: 'dist-subpath', basePath: '/whfb/' });
  const server = await startNginx({ dist: 'dist-subpath', port: PORT + 2, basePath: '/whfb/' });
  try {
    return await vitestAgainst(server, sub, 'sub-path /whfb/');
  } finally {
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

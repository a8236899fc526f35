#!/usr/bin/env node
// End-to-end tests: make sure Debian's Chromium is there, build the app, serve the build,
// run tests/e2e against it in headless Chromium, stop the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
  if (!process.env.E2E_SKIP_BUILD) run('node_modules/.bin/vite', ['build', '--logLevel', 'warn']);
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
  process.exit(code);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

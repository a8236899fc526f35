// npm run bench:js: the JavaScript a first visit to "/" downloads (bytes on the wire, gzip) until the network is idle,
// prefetches included, against the budget. Uses the build in dist/ (BENCH_BUILD=1 or no dist/: builds it first), served
// by nginx with deploy/nginx.conf as in production. BENCH_JS_FILES=1 lists every file, its size and who asked for it.
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const HOME_JS_BUDGET_KB = 160;
export const CHROME_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Waits until the app has started on the page (#root has lost `data-prerendered`), asking over CDP: a Playwright
 * locator injects Playwright's own script into the page, whose compilation is a task of 60–80 ms right after the first
 * paint that no real visit has, so traces and long-task counts of a start must not use one.
 * @param {import('playwright-core').CDPSession} cdp  a session on the page
 */
export async function startedOverCdp(cdp, timeoutMs = 60_000) {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: "!document.querySelector('#root[data-prerendered]')" });
    if (result.value) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The app did not start within a minute.');
}

/**
 * JavaScript a first visit to "/" downloads until the network is idle (after the app has started), in a new context
 * (empty cache, no service worker).
 * @param {import('playwright-core').Browser} browser
 * @param {string} base  the served app's URL (no trailing slash)
 * @param {string} [path]  the page, `/` unless given
 * @returns {Promise<{ kb: number, count: number, files: { url: string, bytes: number, from: string }[] }>}
 */
export async function firstVisitScripts(browser, base, path = '/') {
  const ctx = await browser.newContext({ serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const initiators = new Map();
  cdp.on('Network.requestWillBeSent', (e) => {
    const i = e.initiator ?? {};
    initiators.set(e.request.url, i.url ?? i.stack?.callFrames?.[0]?.url ?? i.type ?? '');
  });
  const pending = [];
  page.on('requestfinished', (req) => {
    pending.push(
      (async () => {
        const type = (await req.response())?.headers()['content-type'] ?? '';
        if (!/javascript/.test(type) && !/\.m?js(\?|$)/.test(req.url())) return null;
        return { url: req.url(), bytes: (await req.sizes()).responseBodySize };
      })(),
    );
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(pending)).filter(Boolean).map((f) => ({ ...f, from: initiators.get(f.url) ?? '' }));
  await ctx.close();
  return { kb: files.reduce((a, f) => a + f.bytes, 0) / 1024, count: files.length, files };
}

async function main() {
  const { buildApp, ensureChromium, startNginx } = await import('../serve-build.mjs');
  const root = resolve(import.meta.dirname, '../..');
  if (process.env.BENCH_BUILD === '1' || !existsSync(resolve(root, 'dist/index.html'))) buildApp();
  const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  ensureChromium(chromePath);
  const server = await startNginx({ dist: 'dist', port: Number(process.env.BENCH_PORT ?? 4400) });
  const browser = await chromium.launch({ executablePath: chromePath, args: CHROME_ARGS });
  try {
    const r = await firstVisitScripts(browser, server.url);
    if (process.env.BENCH_JS_FILES === '1') {
      const short = (u) => u.replace(server.url, '');
      for (const f of [...r.files].sort((a, b) => b.bytes - a.bytes)) console.log(`${(f.bytes / 1024).toFixed(1).padStart(7)} KB  ${short(f.url).padEnd(52)} ← ${short(f.from)}`);
    }
    const ok = r.kb <= HOME_JS_BUDGET_KB;
    console.log(`First visit to /: JS downloaded until network idle, gzip: ${r.kb.toFixed(1)} KB (${r.count} files)  budget ≤ ${HOME_JS_BUDGET_KB} KB  ${ok ? 'OK' : 'OVER'}`);
    // Each flow's prerendered first step, for the record (no budget): how many files and how much its first visit loads.
    for (const id of readdirSync(resolve(root, 'dist/flows')).sort()) {
      if (!existsSync(resolve(root, 'dist/flows', id, 'index.html'))) continue;
      const f = await firstVisitScripts(browser, server.url, `/flows/${id}`);
      console.log(`First visit to /flows/${id}: ${f.kb.toFixed(1)} KB gzip in ${f.count} files`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();

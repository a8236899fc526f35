// Where the first step move's time goes on a fresh page (cold): CPU profiles (CDP Profiler) of the click → next step
// on BENCH_COLD fresh pages, summed by function (self time per move). Readable names need an unminified build:
//   node_modules/.bin/vite build --minify false --outDir dist-profile && BENCH_DIST=dist-profile node scripts/bench/profile-cold.mjs
import { chromium } from 'playwright-core';
import { startNginx } from '../serve-build.mjs';
import { CHROME_ARGS } from './first-visit-js.mjs';

const RUNS = Number(process.env.BENCH_COLD ?? 8);
const TOP = Number(process.env.BENCH_TOP ?? 40);
const server = await startNginx({ dist: process.env.BENCH_DIST ?? 'dist', port: Number(process.env.BENCH_PORT ?? 4404) });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
const self = new Map();
const lat = [];
try {
  for (let r = 0; r < RUNS; r++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await page.goto(`${server.url}/flows/pin-reset-allowed-urls`);
    await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      window.addEventListener('click', () => (w.__t0 = performance.now()), true);
      new MutationObserver(() => {
        if (w.__t0 !== undefined && document.querySelector('[data-step-id="whereError"]')) {
          w.__lat = performance.now() - w.__t0;
          w.__t0 = undefined;
        }
      }).observe(document.body, { subtree: true, childList: true });
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.locator('[data-step-id="joined"] button[data-event="YES"]').click();
    await page.locator('[data-step-id="whereError"]').waitFor();
    const { profile } = await cdp.send('Profiler.stop');
    lat.push(await page.evaluate(() => /** @type {any} */ (window).__lat));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
    for (const [id, ms] of dt) {
      const n = byId.get(id);
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms / RUNS);
    }
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.stop?.();
}
console.log('click → step in DOM (ms):', lat.map((x) => x.toFixed(1)).join(' '));
const rows = [...self].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, TOP);
for (const [k, ms] of rows) console.log(ms.toFixed(2).padStart(7), k);
console.log('(program)', (self.get([...self.keys()].find((k) => k.startsWith('(program)'))) ?? 0).toFixed(2), ' (garbage collector)', (self.get([...self.keys()].find((k) => k.startsWith('(garbage'))) ?? 0).toFixed(2));

// What keeps the main thread busy while a page starts (a first visit, 4× CPU slowdown as Lighthouse's mobile preset):
// long tasks (> 50 ms) as the page's PerformanceObserver sees them, their sum over 50 ms (≈ Lighthouse's TBT, but
// measured, not simulated), and a CPU profile summed by function. Readable names need an unminified build:
//   node_modules/.bin/vite build --minify false --outDir dist-profile && BENCH_DIST=dist-profile node scripts/bench/profile-start.mjs /flows/adfs2019-ugs-scope
import { chromium } from 'playwright-core';
import { startNginx } from '../serve-build.mjs';
import { CHROME_ARGS, startedOverCdp } from './first-visit-js.mjs';

const PATH = process.argv[2] ?? '/flows/pin-reset-allowed-urls';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TOP = Number(process.env.BENCH_TOP ?? 30);
const RATE = Number(process.env.BENCH_RATE ?? 4);
const server = await startNginx({ dist: process.env.BENCH_DIST ?? 'dist', port: Number(process.env.BENCH_PORT ?? 4405) });
const self = new Map();
const byFile = new Map();
try {
  for (let r = 0; r < RUNS; r++) {
    // A fresh browser each time: nothing compiled or cached from an earlier visit.
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
    const ctx = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
    await page.addInitScript(() => {
      const w = /** @type {any} */ (window);
      w.__long = [];
      new PerformanceObserver((l) => l.getEntries().forEach((e) => w.__long.push([Math.round(e.startTime), Math.round(e.duration)]))).observe({ type: 'longtask', buffered: true });
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(server.url + PATH);
    await startedOverCdp(cdp);
    await new Promise((r) => setTimeout(r, 3000));
    const { profile } = await cdp.send('Profiler.stop');
    const long = await page.evaluate(() => /** @type {any} */ (window).__long);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('whfb:')).map((m) => `${m.name.slice(5)}@${Math.round(m.startTime)}`));
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    const blocking = long.reduce((a, [, d]) => a + Math.max(0, d - 50), 0);
    console.log(`run ${r + 1}: FCP ${fcp.toFixed(0)} ms · long tasks [start, ms]: ${JSON.stringify(long)} · blocking ${blocking} ms\n  marks: ${marks.join(' ')}`);
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const f = byId.get(id).callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / RUNS);
      const file = f.url.split('/').pop() || f.functionName;
      byFile.set(file, (byFile.get(file) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000 / RUNS);
    });
    await browser.close();
  }
} finally {
  server.stop();
}
const rows = [...self].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, TOP);
console.log(`CPU self time per visit (ms, ${RATE}× slowdown), top ${TOP}:`);
for (const [k, ms] of rows) console.log(ms.toFixed(1).padStart(8), k);
console.log('CPU self time per visit by file (ms):');
for (const [k, ms] of [...byFile].filter(([k]) => !/^\((idle|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(ms.toFixed(1).padStart(8), k);

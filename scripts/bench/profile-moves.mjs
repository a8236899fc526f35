// Where a warm step move's time goes: a CPU profile (CDP Profiler) of the same warm moves `npm run bench:moves` times,
// summed by function (self and total time per move). Names are readable with an unminified build:
//   node_modules/.bin/vite build --minify false --outDir dist-profile && BENCH_DIST=dist-profile node scripts/bench/profile-moves.mjs
// BENCH_PROFILE_OUT=file.cpuprofile also saves the profile (opens in Chromium's DevTools, Performance panel).
// It also counts, per move, the React components rendered (through the hook React offers developer tools) and the DOM
// changes: counts of work done, which unlike times hardly depend on how busy the machine is.
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startNginx } from '../serve-build.mjs';
import { CHROME_ARGS } from './first-visit-js.mjs';

const MOVES = Number(process.env.BENCH_WARM ?? 60);
const TOP = Number(process.env.BENCH_TOP ?? 40);
const server = await startNginx({ dist: process.env.BENCH_DIST ?? 'dist', port: Number(process.env.BENCH_PORT ?? 4403) });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROME_ARGS });
try {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await page.addInitScript(countRenders);
  await page.goto(`${server.url}/flows/pin-reset-allowed-urls`);
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
  const move = async (i) => {
    if (i % 2 === 0) {
      await page.locator('[data-step-id="joined"] button[data-event="YES"]').click();
      await page.locator('[data-step-id="whereError"]').waitFor();
    } else {
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.locator('[data-step-id="joined"]').waitFor();
    }
  };
  for (let i = 0; i < 6; i++) await move(i);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__renders = new Map();
    w.__mutations = 0;
    new MutationObserver((records) => (w.__mutations += records.length)).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < MOVES; i++) await move(i);
  await page.waitForTimeout(100);
  const { profile } = await cdp.send('Profiler.stop');
  const work = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    return { renders: [...w.__renders], mutations: w.__mutations };
  });
  if (process.env.BENCH_PROFILE_OUT) writeFileSync(process.env.BENCH_PROFILE_OUT, JSON.stringify(profile));

  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n) => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() || f.url;
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  const dt = profile.timeDeltas;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (dt[i + 1] ?? 0) / 1000;
    let n = byId.get(profile.samples[i]);
    self.set(label(n), (self.get(label(n)) ?? 0) + ms);
    const seen = new Set();
    while (n) {
      const l = label(n);
      if (!seen.has(l)) {
        seen.add(l);
        total.set(l, (total.get(l) ?? 0) + ms);
      }
      n = byId.get(parent.get(n.id));
    }
  }
  const idle = ['(idle) :0', '(program) :0', '(garbage collector) :0', '(root) :0'];
  const busy = [...self].filter(([l]) => !idle.includes(l)).reduce((a, [, v]) => a + v, 0);
  console.log(`${MOVES} warm moves: JavaScript ${(busy / MOVES).toFixed(2)} ms/move; (program) ${((self.get('(program) :0') ?? 0) / MOVES).toFixed(2)}, GC ${((self.get('(garbage collector) :0') ?? 0) / MOVES).toFixed(2)} ms/move`);
  const show = (title, m) => {
    console.log(`\n${title} (ms per move):`);
    for (const [l, v] of [...m].filter(([l]) => !idle.includes(l)).sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${(v / MOVES).toFixed(3).padStart(8)}  ${l}`);
  };
  const rendered = work.renders.reduce((a, [, n]) => a + n, 0);
  console.log(`Per move: ${(rendered / MOVES).toFixed(1)} React components rendered, ${(work.mutations / MOVES).toFixed(1)} DOM changes (mutation records)`);
  console.log('Components rendered per move, most first:');
  for (const [name, n] of work.renders.sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${(n / MOVES).toFixed(2).padStart(8)}  ${name}`);
  show('Self time', self);
  show('Total time (function and what it calls)', total);
  await ctx.close();
} finally {
  await browser.close();
  server.stop();
}

/**
 * Runs in the page before the app: a stand-in for React's developer tools hook that counts the components each commit
 * rendered (mounted, or rendered again: React marks those with its PerformedWork flag), by name, into window.__renders.
 */
function countRenders() {
  const w = /** @type {any} */ (window);
  const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]); // function, class, forwardRef, memo, simple memo
  const nameOf = (f) => {
    const t = f.type;
    return (t && (t.displayName || t.name || t.render?.displayName || t.render?.name || t.type?.displayName || t.type?.name)) || `(tag ${f.tag})`;
  };
  const count = (f) => {
    if (!w.__renders || !COMPONENT_TAGS.has(f.tag)) return;
    w.__renders.set(nameOf(f), (w.__renders.get(nameOf(f)) ?? 0) + 1);
  };
  const mounted = (f) => {
    for (let c = f; c; c = c.sibling) {
      count(c);
      if (c.child) mounted(c.child);
    }
  };
  const walk = (f) => {
    for (let c = f; c; c = c.sibling) {
      if (!c.alternate) {
        count(c);
        if (c.child) mounted(c.child);
        continue;
      }
      if (c.flags & 1) count(c);
      if (c.child && c.child !== c.alternate.child) walk(c.child);
    }
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject(renderer) {
      this.renderers.set(1, renderer);
      return 1;
    },
    onScheduleFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (root.current.child) walk(root.current.child);
    },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    checkDCE() {},
  };
}

// In Chromium (playwright-core): what a first visit to "/" downloads, and step transition latency, from the click on
// an answer (or Back) to the next step in the DOM. The first move after opening a flow (cold: the code for that move
// may not be loaded yet) is measured on fresh pages, apart from the later (warm) moves.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, firstVisitScripts } from './first-visit-js.mjs';
import { cpuShare, cpuTimes, settle } from './machine.mjs';

const ARGS = CHROME_ARGS;
const FLOW = '/flows/pin-reset-allowed-urls';

export function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const started = (page) => page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });

/** Records click → next step in the DOM (and → painted) for the moves that follow. */
async function recordMoves(page) {
  await page.evaluate(() => {
    const w = window;
    w.__lat = [];
    w.__paint = [];
    w.__cur = document.querySelector('[data-step-id]')?.getAttribute('data-step-id');
    window.addEventListener('click', () => (w.__t0 = performance.now()), true);
    new MutationObserver(() => {
      const id = document.querySelector('[data-step-id]')?.getAttribute('data-step-id');
      if (id && id !== w.__cur && w.__t0 !== undefined) {
        const t0 = w.__t0;
        w.__lat.push(performance.now() - t0);
        w.__t0 = undefined;
        // The frame that shows it: a task queued from the next animation frame runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => w.__paint.push(performance.now() - t0), 0));
      }
      if (id) w.__cur = id;
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step-id'] });
  });
}

async function moves(page, count) {
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      await page.locator('[data-step-id="joined"] button[data-event="YES"]').click();
      await page.locator('[data-step-id="whereError"]').waitFor();
    } else {
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.locator('[data-step-id="joined"]').waitFor();
    }
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => ({ dom: window.__lat, paint: window.__paint }));
}

const stats = (dom, paint, machine) => ({ machine, samples: dom, n: dom.length, p50: pct(dom, 50), p95: pct(dom, 95), max: Math.max(...dom), paintP50: pct(paint, 50), paintP95: pct(paint, 95) });

/**
 * The flow page in a new context (empty cache and storage), started; with a CPU slowdown when rate > 1. A CDP session
 * is attached only for the slowdown or when asked for (`withCdp`).
 */
async function freshPage(browser, base, rate = 1, withCdp = false) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  const cdp = rate > 1 || withCdp ? await ctx.newCDPSession(page) : undefined;
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${base}${FLOW}`);
  await started(page);
  return { ctx, page, cdp };
}

/**
 * The first move to an outcome on a fresh page, tapped with nothing loaded ahead (a click event alone: no pointer over
 * the runner first, which would start loading the outcome card's code): click → the step in the DOM (drawn in the click)
 * and → its card drawn (once the card's code has arrived). Unthrottled, `count` fresh pages.
 */
async function outcomeTaps(browser, base, count) {
  const step = [];
  const card = [];
  await settle();
  const cpu = cpuTimes();
  for (let i = 0; i < count; i++) {
    const { ctx, page } = await freshPage(browser, base);
    await page.evaluate(() => {
      const w = window;
      window.addEventListener('click', () => (w.__t0 = performance.now()), true);
      new MutationObserver(() => {
        const s = w.__t0 !== undefined && document.querySelector('[data-step-id="outNotEntraJoined"]');
        if (!s) return;
        w.__step ??= performance.now() - w.__t0;
        if (!s.querySelector('[data-part-loading]')) w.__card ??= performance.now() - w.__t0;
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.locator('[data-step-id="joined"] button[data-event="NO"]').dispatchEvent('click');
    await page.waitForFunction(() => window.__card !== undefined, undefined, { timeout: 30_000 });
    const [a, b] = await page.evaluate(() => [window.__step, window.__card]);
    step.push(a);
    card.push(b);
    await ctx.close();
  }
  const machine = cpuShare(cpu, cpuTimes());
  return { step: stats(step, [], machine), card: stats(card, [], machine) };
}

/** Seconds the page's main thread spent in tasks and in script so far (CDP Performance metrics). */
async function mainThreadBusy(cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (n) => metrics.find((m) => m.name === n)?.value ?? NaN;
  return { task: get('TaskDuration'), script: get('ScriptDuration') };
}

/**
 * CPU seconds the renderers' main threads have used so far: the renderer processes come from CDP SystemInfo, each main
 * thread's time on a CPU from Linux's /proc/<pid>/task/<pid>/schedstat (NaN where that cannot be read).
 */
async function rendererCpu(browserCdp) {
  try {
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
    return processInfo
      .filter((p) => p.type === 'renderer')
      .reduce((a, p) => a + Number(readFileSync(`/proc/${p.id}/task/${p.id}/schedstat`, 'utf8').split(' ')[0]) / 1e9, 0);
  } catch {
    return NaN;
  }
}

/**
 * @param {string} base  the served app's URL (no trailing slash)
 * @param {{ warm?: number, cold?: number, taps?: number, chromePath?: string, firstVisit?: boolean, throttled?: boolean }} [opts]
 *   firstVisit: false skips the first-visit download count; throttled: false skips the runs with a 4× CPU slowdown.
 *   40 cold moves by default, so that their p95 is not simply the slowest one (as it is for 20 or fewer). Each set of
 *   moves starts once the machine is quiet (settle()), and reports how busy its CPUs were meanwhile (`machine`).
 *   taps: fresh pages for the first move to an outcome with nothing loaded ahead (outcomeTaps; 0 skips it).
 */
export async function runTransitions(base, { warm = 50, cold = 40, taps = 15, chromePath = '/usr/bin/chromium', firstVisit = true, throttled = true } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });
  try {
    const browserCdp = await browser.newBrowserCDPSession();
    const out = { firstVisit: firstVisit ? await firstVisitScripts(browser, base) : undefined };
    for (const [name, rate] of throttled ? [['unthrottled', 1], ['cpu4x', 4]] : [['unthrottled', 1]]) {
      // Cold: a fresh page (new context: empty cache and storage) each time, its first answer.
      const coldDom = [];
      const coldPaint = [];
      await settle();
      const coldCpu = cpuTimes();
      for (let i = 0; i < cold; i++) {
        const { ctx, page } = await freshPage(browser, base, rate);
        await recordMoves(page);
        const r = await moves(page, 1);
        coldDom.push(...r.dom);
        coldPaint.push(...r.paint);
        await ctx.close();
      }
      const coldMachine = cpuShare(coldCpu, cpuTimes());
      // Warm: the same page, after a few moves, many times.
      await settle();
      const { ctx, page, cdp } = await freshPage(browser, base, rate, true);
      await recordMoves(page);
      await moves(page, 6); // warm up
      await page.evaluate(() => {
        window.__lat = [];
        window.__paint = [];
      });
      // The page's main-thread busy time (wall) and the renderer main threads' CPU time over the warm moves: CPU time
      // depends much less on what else the machine runs than wall times do.
      await cdp.send('Performance.enable');
      const busy0 = await mainThreadBusy(cdp);
      const cpu0 = await rendererCpu(browserCdp);
      const warmCpu = cpuTimes();
      const w = await moves(page, warm);
      const warmMachine = cpuShare(warmCpu, cpuTimes());
      const cpu1 = await rendererCpu(browserCdp);
      const busy1 = await mainThreadBusy(cdp);
      await ctx.close();
      const warmStats = {
        ...stats(w.dom, w.paint, warmMachine),
        taskMsPerMove: ((busy1.task - busy0.task) * 1000) / warm,
        scriptMsPerMove: ((busy1.script - busy0.script) * 1000) / warm,
        cpuMsPerMove: ((cpu1 - cpu0) * 1000) / warm,
      };
      out[name] = { cold: stats(coldDom, coldPaint, coldMachine), warm: warmStats };
    }
    if (taps > 0) out.outcomeTap = await outcomeTaps(browser, base, taps);
    return out;
  } finally {
    await browser.close();
  }
}

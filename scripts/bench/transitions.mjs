// Step transition latency in Chromium: from the click on an answer (or Back) to the next step in the DOM.
// Also what the first visit to "/" downloads (JS, compressed as served).
import { chromium } from 'playwright-core';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function pct(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

async function measure(page, count) {
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

/** @param {string} base  the served app's URL (no trailing slash) */
export async function runTransitions(base, { count = 50, chromePath = '/usr/bin/chromium' } = {}) {
  const browser = await chromium.launch({ executablePath: chromePath, args: ARGS });
  try {
    const out = {};
    // First visit to "/": scripts downloaded (bytes on the wire), before any interaction.
    {
      const ctx = await browser.newContext({ serviceWorkers: 'block' });
      const page = await ctx.newPage();
      const scripts = [];
      page.on('requestfinished', async (req) => {
        if (req.resourceType() === 'script') scripts.push((await req.sizes()).responseBodySize);
      });
      await page.goto(`${base}/`, { waitUntil: 'networkidle' });
      await page.locator('#root:not([data-prerendered]) a[data-flow-id]').first().waitFor();
      out.homeScriptsKb = scripts.reduce((a, b) => a + b, 0) / 1024;
      out.homeScriptCount = scripts.length;
      await ctx.close();
    }
    for (const [name, rate] of [['unthrottled', 1], ['cpu4x', 4]]) {
      const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await ctx.newPage();
      await page.goto(`${base}/flows/pin-reset-allowed-urls`);
      await page.locator('#root:not([data-prerendered]) [data-step-id="joined"]').waitFor();
      if (rate > 1) await (await ctx.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate });
      await measure(page, 6); // warm up
      await page.reload();
      await page.locator('#root:not([data-prerendered]) [data-step-id]').waitFor();
      if ((await page.locator('[data-step-id]').getAttribute('data-step-id')) !== 'joined') {
        await page.getByRole('button', { name: 'Back', exact: true }).click();
        await page.locator('[data-step-id="joined"]').waitFor();
      }
      const { dom, paint } = await measure(page, count);
      out[name] = { n: dom.length, p50: pct(dom, 50), p95: pct(dom, 95), max: Math.max(...dom), paintP50: pct(paint, 50), paintP95: pct(paint, 95) };
      await ctx.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

// First visit: the prerendered page is hydrated (its DOM kept, not painted twice), with no hydration error and no
// router warning, and it works as the app at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE, launch, openPage } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Opens a page directly and remembers the element `selector` finds in the static HTML (as soon as it is parsed,
 * before any app code runs). Also records console warnings next to the errors openPage records.
 */
async function openDirect(path: string, selector: string) {
  const opened = await openPage(browser, '', { serviceWorkers: 'block' });
  const warnings: string[] = [];
  opened.page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await opened.page.addInitScript((sel) => {
    // CSS rules the app adds while it starts (emotion inserts each new class with insertRule).
    const insertRule = CSSStyleSheet.prototype.insertRule;
    (window as unknown as { rulesAdded: string[] }).rulesAdded = [];
    CSSStyleSheet.prototype.insertRule = function (rule: string, index?: number) {
      (window as unknown as { rulesAdded: string[] }).rulesAdded.push(rule.slice(0, 80));
      return insertRule.call(this, rule, index);
    };
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive') return;
      const w = window as unknown as { staticElement: Element | null; wasPrerendered: boolean };
      w.staticElement = document.querySelector(sel);
      // The page's style sheets moved or removed while the app starts: moving one makes the browser parse its CSS
      // again and restyle the page (emotion moves the tags it adopts; the build gives it empty ones for that).
      const moved: string[] = [];
      (window as unknown as { stylesMoved: string[] }).stylesMoved = moved;
      const own = new Set([...document.querySelectorAll('style')].filter((e) => e.textContent!.length > 0));
      new MutationObserver((records) => {
        for (const r of records) r.removedNodes.forEach((n) => own.has(n as HTMLStyleElement) && moved.push(n.textContent!.slice(0, 30)));
      }).observe(document.head, { childList: true });
      w.wasPrerendered = !!document.getElementById('root')?.hasAttribute('data-prerendered');
    });
  }, selector);
  await opened.page.goto(BASE + path);
  await started(opened.page);
  return { ...opened, warnings };
}

/** The app has started: the static marker is gone from #root. */
async function started(page: Page) {
  await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
}

/** Whether the element found in the static HTML is still the one on screen (hydrated, not replaced). */
function keptStatic(page: Page, selector: string): Promise<{ prerendered: boolean; kept: boolean }> {
  return page.evaluate((sel) => {
    const w = window as unknown as { staticElement: Element | null; wasPrerendered: boolean };
    return { prerendered: w.wasPrerendered, kept: !!w.staticElement && w.staticElement === document.querySelector(sel) };
  }, selector);
}

/** The page's own style sheets moved or removed while it started (see openDirect). */
function stylesMoved(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { stylesMoved: string[] }).stylesMoved);
}

/**
 * Style sheets fetched or linked since the page loaded: none, as the build inlined the app's own. (Vite's loader used
 * to link the inlined sheet again while the app started: a second copy, and a restyle of the whole page.)
 */
function sheetsFetched(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...performance.getEntriesByType('resource').filter((r) => /\.css(\?|$)/.test(r.name)).map((r) => r.name),
    ...[...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href') ?? ''),
  ]);
}

/** CSS rules added since the page loaded (none means the static page brought every style its first screen needs). */
function rulesAdded(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { rulesAdded: string[] }).rulesAdded);
}

const noRouterWarnings = (warnings: string[]) => warnings.filter((w) => /HydrateFallback|hydrat/i.test(w));

/** Chunks of MUI's theme and components (chunks are named after their modules: Themed.tsx, theme.ts, MUI's Button…). */
const muiChunks = (scripts: string[]) => scripts.filter((f) => /^(mui|Themed|theme|ThemeProvider|ThemeProviderWithVars|createTheme|Button|ButtonBase|IconButton|Typography|Box|Alert)-/.test(f));

/** Whether React's chunk (the first the app fetches after the entry) was requested after the first contentful paint. */
function appCodeAfterPaint(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const vendor = performance.getEntriesByType('resource').find((r) => /\/vendor-[^/]*\.js$/.test(r.name))?.startTime;
    return paint !== undefined && vendor !== undefined && vendor > paint;
  });
}

/** Records the script files a page requests, by file name. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname.split('/').pop()!);
  });
  return scripts;
}

describe('first visit', () => {
  it('the home page is hydrated: the static heading stays the same element, no hydration error', async () => {
    const { page, errors, warnings, context } = await openDirect('/', 'main h1');
    expect(await keptStatic(page, 'main h1')).toEqual({ prerendered: true, kept: true });
    // Starting compiled no styles: the page brought them all, the theme's variables included.
    expect(await rulesAdded(page)).toEqual([]);
    expect(await stylesMoved(page)).toEqual([]);
    expect(await sheetsFetched(page)).toEqual([]);
    // It is the app now: the search box answers.
    await page.getByLabel('Search by symptom, error text, event ID, code, KB or build').fill('0xC000006D');
    await page.getByRole('status').filter({ hasText: /\d/ }).first().waitFor();
    await page.locator('a[data-flow-id]').first().waitFor();
    expect(errors).toEqual([]);
    expect(noRouterWarnings(warnings)).toEqual([]);
    await context.close();
  });

  it('the home page starts without MUI: no theme code loads; the colour toggle still works and MUI screens follow it', async () => {
    const opened = await openPage(browser, '', { serviceWorkers: 'block', colorScheme: 'light' });
    const { page, errors, context } = opened;
    const scripts = recordScripts(page);
    await page.goto(BASE + '/');
    await started(page);
    await page.waitForLoadState('networkidle');
    expect(muiChunks(scripts)).toEqual([]);
    // A handful of files (vite.config.ts's startChunks), and none of the app's code is fetched before the static page
    // is painted.
    expect(scripts.length).toBeLessThanOrEqual(6);
    expect(await appCodeAfterPaint(page)).toBe(true);
    const toggle = page.getByRole('button', { name: /^Colour theme/ });
    await toggle.click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.hasAttribute('data-dark'), document.documentElement.hasAttribute('data-light')])).toEqual([true, false]);
    await expect.poll(() => toggle.getAttribute('aria-label')).toBe('Colour theme: Dark');
    // A screen drawn with MUI (its own theme provider: the cases list) opens in the same mode, and switching there
    // reaches the frame.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    await page.getByRole('heading', { name: 'No cases yet' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.MuiPaper-root')!).backgroundColor)).toBe('rgb(18, 18, 18)');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-dark'))).toBe(true);
    await toggle.click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    await expect.poll(() => page.evaluate(() => [document.documentElement.hasAttribute('data-dark'), localStorage.getItem('mui-mode')])).toEqual([false, 'light']);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(246, 248, 251)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a flow's first step opened directly is hydrated as the visitor's own new case", async () => {
    // The static page is kept whole, the step too: its links are pointed at the visitor's new case before hydration
    // (staticCase.ts), so nothing is drawn again. A mismatch would be reported as an error (start.tsx's onRecoverableError).
    const { page, errors, warnings, context } = await openDirect('/flows/pin-reset-allowed-urls', '[data-step-id="joined"]');
    expect(await keptStatic(page, '[data-step-id="joined"]')).toEqual({ prerendered: true, kept: true });
    expect(await rulesAdded(page)).toEqual([]);
    expect(await stylesMoved(page)).toEqual([]);
    expect(await sheetsFetched(page)).toEqual([]);
    const url = new URL(page.url());
    const caseId = url.searchParams.get('case') ?? '';
    expect(caseId).toMatch(/^[a-z0-9]{6,}$/);
    expect(url.searchParams.get('step')).toBe('0');
    // Links carry the visitor's case, never the one the page was prerendered with.
    expect(await page.getByRole('link', { name: 'Report' }).getAttribute('href')).toBe(`/cases/${caseId}/report`);
    expect(await page.locator('a[href*="prerendered-case"]').count()).toBe(0);
    // A new case has no start time to show (the static page had none either).
    await page.getByText(/^Case: PIN reset fails on Entra joined devices · new$/).waitFor();
    // Answering works at once.
    await page.locator('[data-step-id="joined"] button[data-event="YES"]').click();
    await page.locator('[data-step-id="whereError"]').waitFor();
    expect(errors).toEqual([]);
    expect(noRouterWarnings(warnings)).toEqual([]);
    await context.close();
  });

  it("a flow's question step starts without MUI; a pointer over the runner loads its parts, so an outcome is drawn whole", async () => {
    const { page, errors, context } = await openPage(browser, '', { serviceWorkers: 'block' });
    const scripts = recordScripts(page);
    await page.goto(BASE + '/flows/pin-reset-allowed-urls');
    await started(page);
    await page.waitForLoadState('networkidle');
    expect(muiChunks(scripts)).toEqual([]);
    expect(scripts.length).toBeLessThanOrEqual(8);
    expect(await appCodeAfterPaint(page)).toBe(true);
    const no = page.locator('[data-step-id="joined"] button[data-event="NO"]');
    await no.hover();
    await expect.poll(() => scripts.some((f) => f.startsWith('Themed-'))).toBe(true);
    await page.waitForFunction(() => performance.getEntriesByName('whfb:parts').length > 0);
    // Whether the outcome's card and hand-over box are there in the very mutation that brings its step.
    await page.evaluate(() => {
      const w = window as unknown as { wholeAtFirst?: boolean };
      new MutationObserver(() => {
        const s = document.querySelector('[data-step-id="outNotEntraJoined"]');
        if (s && w.wholeAtFirst === undefined) w.wholeAtFirst = !!s.querySelector('.alert') && [...s.querySelectorAll('button')].some((b) => b.textContent === 'Copy report for the ticket');
      }).observe(document.body, { subtree: true, childList: true });
    });
    await no.click();
    await page.getByRole('button', { name: 'Copy report for the ticket' }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { wholeAtFirst?: boolean }).wholeAtFirst)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a tap with nothing loaded ahead: the step shows at once and its outcome card as soon as its code arrives', async () => {
    const { page, errors, context } = await openPage(browser, '', { serviceWorkers: 'block' });
    await page.goto(BASE + '/flows/pin-reset-allowed-urls');
    await started(page);
    // A click event alone (no pointer moved over the runner first), as a tap on a touch screen can be.
    await page.locator('[data-step-id="joined"] button[data-event="NO"]').dispatchEvent('click');
    await page.locator('[data-step-id="outNotEntraJoined"] h2').waitFor();
    await page.getByRole('button', { name: 'Copy report for the ticket' }).waitFor();
    await page.getByRole('heading', { name: 'Hand this case over' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a flow whose first step is an evidence form starts without MUI or the analyzers, keeps the form, and takes a paste at once', async () => {
    const sel = '[data-step-kind="evidence"] textarea';
    const { page, errors, warnings, context } = await openDirect('/flows/hello-error-codes', sel);
    expect(await keptStatic(page, sel)).toEqual({ prerendered: true, kept: true });
    expect(await stylesMoved(page)).toEqual([]);
    await page.waitForLoadState('networkidle');
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => new URL(e.name).pathname.split('/').pop()!),
    );
    // Plain elements only: no MUI chunk, and the analyzers wait for a paste.
    expect(muiChunks(scripts)).toEqual([]);
    expect(scripts.filter((f) => /^evidence-[\w-]{8}\.js$|^analyze-async-/.test(f))).toEqual([]);
    expect(scripts.length).toBeLessThanOrEqual(11);
    expect(await page.locator('#root [class*="Mui"]').count()).toBe(0);
    await page.locator(sel).fill('Error code: 0x801c03ed');
    await page.getByRole('button', { name: 'Use this answer' }).click();
    await page.locator('[data-step-id="generalCause"]').waitFor();
    expect(errors).toEqual([]);
    expect(noRouterWarnings(warnings)).toEqual([]);
    await context.close();
  });

  it('a flow opened with a case in progress continues it (the static page is replaced, without error)', async () => {
    const first = await openDirect('/flows/pin-reset-allowed-urls', '[data-step-id]');
    await first.page.locator('[data-step-id="joined"] button[data-event="YES"]').click();
    await first.page.locator('[data-step-id="whereError"]').waitFor();
    await first.page.goto(BASE + '/flows/pin-reset-allowed-urls');
    await started(first.page);
    await first.page.locator('[data-step-id="whereError"]').waitFor();
    await first.page.getByText('You are continuing the case you started earlier.').waitFor();
    expect(first.errors).toEqual([]);
    await first.context.close();
  });

  it('pages with no static copy (cases list, a deep link into a case) start with no router warning', async () => {
    for (const path of ['/cases', '/flows/pin-reset-allowed-urls?case=abcdef123&step=0', '/triage']) {
      const { page, errors, warnings, context } = await openDirect(path, 'main h1');
      await page.locator('main h1').first().waitFor();
      // The empty shell brings the theme's variables and base styles: no colour fades in from unstyled.
      expect(await page.evaluate(() => !!document.querySelector('style[data-theme-vars]')), path).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.querySelector('.app-header')!).color), path).toBe('rgb(255, 255, 255)');
      expect(errors, path).toEqual([]);
      expect(noRouterWarnings(warnings), path).toEqual([]);
      await context.close();
    }
  });
});

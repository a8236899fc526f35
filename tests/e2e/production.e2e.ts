import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { flows } from '../../src/flows/registry';
import { BASE, expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';

// scripts/e2e.mjs runs this file against vite preview, then behind nginx with deploy/nginx.conf (E2E_SERVER=nginx),
// then against a BASE_PATH=/whfb/ build behind nginx.
const NGINX = process.env.E2E_SERVER === 'nginx';
const WEB_ROOT = process.env.E2E_WEB_ROOT ?? 'dist';
const BASE_PATH = new URL(BASE + '/').pathname;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Waits until a service worker controls the page (the first visit installs it; a reload puts it in charge). */
async function controlled(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) await page.reload();
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

async function answerPinResetToConfigure(page: Page) {
  await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
  await page.getByRole('button', { name: /Yes, during PIN reset/ }).click();
  await page.getByRole('button', { name: /^Federated/ }).click();
  await page.getByLabel('Blocked host names').fill('fs.contoso.com\nmfa.contoso.com');
  await page.getByRole('button', { name: 'Build the policy value' }).click();
  await waitForStep(page, 'configurePolicy');
}

describe('offline after one visit', () => {
  it('precaches every file of the app; with the network off, home and every flow open at their first step', async () => {
    const { page, context, errors } = await openPage(browser, '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await controlled(page);
    const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope ?? ''));
    expect(new URL(scope).pathname).toBe(BASE_PATH);

    // Every built script (each flow is a lazy chunk) is in the precache.
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    const scripts = readdirSync(join(WEB_ROOT, 'assets')).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(3);
    for (const f of scripts) expect(cached, f).toContain(`${BASE_PATH}assets/${f}`);

    await context.setOffline(true);
    try {
      expect(flows.length).toBeGreaterThan(0);
      for (const flow of flows) {
        await page.goto(`${BASE}/flows/${flow.id}`);
        expect(await stepId(page), flow.id).not.toBe('');
        await expect.poll(() => page.url()).toContain('case=');
      }
      await page.goto(`${BASE}/`);
      await page.locator('a[data-flow-id]').first().waitFor();
      await page.reload();
      await page.getByRole('heading', { level: 1 }).waitFor();
    } finally {
      await context.setOffline(false);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

/**
 * Deploys a "new version" into the web root: the pages carry a mark, and the service worker lists their new revisions
 * (as a real build's would). Returns what puts the old version back.
 */
function deployNextVersion(mark: string): () => void {
  const pages = ['index.html', 'app.html', 'flows/pin-reset-allowed-urls/index.html'];
  const files = ['sw.js', ...pages].map((f) => join(WEB_ROOT, f));
  const originals = files.map((f) => readFileSync(f, 'utf8'));
  for (const page of pages) writeFileSync(join(WEB_ROOT, page), `${readFileSync(join(WEB_ROOT, page), 'utf8')}<!--${mark}-->`);
  const sw = originals[0].replace(/\{url:"([^"]+\.html)",revision:"([0-9a-f]+)"\}/g, (_, url: string, rev: string) => `{url:"${url}",revision:"${rev.slice(0, -6)}c0ffee"}`);
  expect(sw).toContain('c0ffee');
  writeFileSync(files[0], sw);
  return () => files.forEach((f, i) => writeFileSync(f, originals[i]));
}

/** The page in the tab came from the version that carries `mark`. */
const showsVersion = (page: Page, mark: string) =>
  page.evaluate((m) => [...document.childNodes].some((n) => n.nodeType === Node.COMMENT_NODE && n.textContent === m), mark);

describe.skipIf(!NGINX)('a new deployment', () => {
  it('shows "Update available" and switches the whole app only when the person presses Reload', async () => {
    const mark = `next version ${Date.now()}`;
    const { page, context, errors } = await openPage(browser, '/');
    let undeploy = () => {};
    try {
      await page.locator('a[data-flow-id]').first().waitFor();
      await controlled(page);
      expect(await page.getByText(/Update available/).count()).toBe(0);
      undeploy = deployNextVersion(mark);
      await page.goto(`${BASE}/flows/pin-reset-allowed-urls`);
      await waitForStep(page, 'joined');
      await page.getByText(/Update available/).waitFor();
      // The page keeps working on the old version meanwhile. The pointer arriving over the runner starts loading its
      // parts through the old worker; an answer while they load can leave Chromium's old worker busy for as long as
      // the page stays open (the new version waits for the page to go): "Reload" must still bring the new version.
      expect(await showsVersion(page, mark)).toBe(false);
      await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
      await waitForStep(page, 'whereError');
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect.poll(() => showsVersion(page, mark).catch(() => false), { timeout: 15_000 }).toBe(true);
      await waitForStep(page, 'whereError');
      await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting && !!r?.active))).toBe(true);
      expect(await page.getByText(/Update available/).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      undeploy();
      await context.close();
    }
  });
});

describe.skipIf(!NGINX)('served by nginx with deploy/nginx.conf', () => {
  it('sends the security headers, revalidates pages and the service worker, caches hashed files for a year, gzips', async () => {
    const home = await fetch(`${BASE}/`);
    expect(home.status).toBe(200);
    const csp = home.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('referrer-policy')).toBe('no-referrer');
    expect(home.headers.get('cache-control')).toBe('no-cache');
    const html = await home.text();
    // The one inline script (the colour scheme, before the first paint) is allowed by its hash, nothing else inline.
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    expect(inline).toHaveLength(1);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline[0]).digest('base64')}'`);

    const sw = await fetch(`${BASE}/sw.js`);
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');

    const entry = html.match(/src="([^"]*assets\/[^"]+\.js)"/)?.[1] ?? '';
    expect(entry.startsWith(`${BASE_PATH}assets/`)).toBe(true);
    const js = await fetch(new URL(entry, BASE + '/'), { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(js.headers.get('content-security-policy')).toBe(csp);

    // A start page is prerendered; a link into a case in progress gets the plain app shell instead.
    expect(await (await fetch(`${BASE}/flows/pin-reset-allowed-urls`)).text()).toContain('data-prerendered');
    const inCase = await fetch(`${BASE}/flows/pin-reset-allowed-urls?case=abc&step=2`);
    expect(inCase.status).toBe(200);
    expect(await inCase.text()).not.toContain('data-prerendered');

    const missing = await fetch(`${BASE}/assets/no-such-chunk.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control') ?? '').not.toContain('immutable');
  });

  it('deep links and reloads open the app, not a server 404', async () => {
    const { page, context, errors } = await openPage(browser, '');
    for (const path of ['/flows/pin-reset-allowed-urls', '/cases', '/no/such/page', '/flows/pin-reset-allowed-urls/map']) {
      const res = await page.goto(BASE + path);
      expect(res?.status(), path).toBe(200);
      await page.getByRole('banner').waitFor();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
    }
    await page.goto(`${BASE}/flows/pin-reset-allowed-urls`);
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await waitForStep(page, 'whereError');
    await page.reload();
    await waitForStep(page, 'whereError');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('breaks no Content-Security-Policy rule on home, in a flow, with a big paste (worker) and on the report', async () => {
    const { page, context } = await openPage(browser, '');
    const messages: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy|Refused to/i.test(m.text())) messages.push(m.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

    await page.goto(`${BASE}/`);
    await page.locator('a[data-flow-id]').first().waitFor();
    expect(await violations()).toEqual([]);

    await page.goto(`${BASE}/flows/pin-reset-allowed-urls`);
    await page.getByRole('button', { name: "I'm not sure" }).click();
    await waitForStep(page, 'checkJoin');
    // Big enough for the module worker (src/evidence/analyze-async.ts).
    const big = 'Device State\n  AzureAdJoined : YES\n  DomainJoined : NO\n' + 'x'.repeat(250_000);
    await page.getByRole('textbox', { name: /evidence/i }).fill(big);
    await page.getByText(/AzureAdJoined|Entra joined/).first().waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForStep(page, 'joined');
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await page.getByRole('button', { name: /Yes, during PIN reset/ }).click();
    await page.getByRole('button', { name: /^Federated/ }).click();
    await page.getByLabel('Blocked host names').fill('fs.contoso.com');
    await page.getByRole('button', { name: 'Build the policy value' }).click();
    await waitForStep(page, 'configurePolicy');
    const caseId = new URL(page.url()).searchParams.get('case') ?? '';
    await page.goto(`${BASE}/cases/${encodeURIComponent(caseId)}/report`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'Colour theme', exact: false }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    expect(await violations()).toEqual([]);
    expect(messages).toEqual([]);
    await context.close();
  });
});

describe.skipIf(NGINX)('dark mode', () => {
  it('follows the system, is axe clean in dark, and a chosen theme is remembered', async () => {
    const { page, context, errors } = await openPage(browser, '/', { colorScheme: 'dark' });
    await page.locator('a[data-flow-id]').first().waitFor();
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-dark'))).toBe(true);
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).not.toBe('rgb(246, 248, 251)');
    await expectAxeClean(page, 'home in dark mode');
    await page.goto(`${BASE}/flows/pin-reset-allowed-urls`);
    await waitForStep(page, 'joined');
    await expectAxeClean(page, 'a question in dark mode');
    await answerPinResetToConfigure(page);
    await expectAxeClean(page, 'an action in dark mode');
    await page.getByRole('button', { name: /Done, the policy is assigned/ }).click();
    await page.getByRole('button', { name: /The reset worked/ }).click();
    await waitForStep(page, 'outResolved');
    await expectAxeClean(page, 'an outcome in dark mode');

    // Choose Light: it sticks across reloads even though the system prefers dark.
    await page.getByRole('button', { name: /Colour theme: Same as the system/ }).click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-light'))).toBe(true);
    await page.reload();
    await waitForStep(page, 'outResolved');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-light'))).toBe(true);
    await page.getByRole('button', { name: /Colour theme: Light/ }).waitFor();
    await expectAxeClean(page, 'an outcome in light mode');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000); // five axe checks and a whole flow: a minute on a busy 2-core machine

  it('a chosen theme on a prerendered page: no hydration error, and the toggle shows the choice once started', async () => {
    // The static copy knows no one's choice (it shows "Same as the system"); the page is hydrated over it.
    const { page, context, errors } = await openPage(browser, '/', { colorScheme: 'dark' });
    await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: /Colour theme: Same as the system/ }).click();
    await page.getByRole('menuitemradio', { name: 'Light' }).click();
    for (const path of ['/', '/flows/hybrid-key-deletion']) {
      await page.goto(BASE + path);
      await page.locator('#root:not([data-prerendered])').waitFor({ state: 'attached' });
      await page.getByRole('button', { name: /Colour theme: Light/ }).waitFor();
      expect(await page.evaluate(() => document.documentElement.hasAttribute('data-light'))).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.skipIf(NGINX)('layout from a phone to a projector, and print', () => {
  for (const width of [360, 1920]) {
    it(`nothing overflows sideways at ${width} px (home, question, commands, outcome)`, async () => {
      const { page, context, errors } = await openPage(browser, '/', { viewport: { width, height: 800 } });
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      await page.locator('a[data-flow-id]').first().waitFor();
      expect(await overflow(), 'home').toBeLessThanOrEqual(0);
      await page.goto(`${BASE}/flows/pin-reset-allowed-urls`);
      await waitForStep(page, 'joined');
      expect(await overflow(), 'question').toBeLessThanOrEqual(0);
      await answerPinResetToConfigure(page);
      expect(await overflow(), 'action with commands').toBeLessThanOrEqual(0);
      await page.getByRole('button', { name: /Done, the policy is assigned/ }).click();
      await page.getByRole('button', { name: /The reset worked/ }).click();
      await waitForStep(page, 'outResolved');
      expect(await overflow(), 'outcome').toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('prints a step without the app bar and buttons', async () => {
    const { page, context } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    await answerPinResetToConfigure(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('banner').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Back', exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 2 }).first().isVisible()).toBe(true);
    expect(await page.locator('pre').first().isVisible()).toBe(true);
    await context.close();
  });
});

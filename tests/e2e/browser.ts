import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const BASE = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:4174';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  /** Console errors and page errors seen so far. */
  errors: string[];
}

/** A fresh context and page that records console errors. */
export async function openPage(browser: Browser, path = '/', options: Parameters<Browser['newContext']>[0] = {}): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  if (path) await page.goto(BASE + path);
  return { context, page, errors };
}

/** Axe reports no violations on the page as it is now. */
export async function expectAxeClean(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect(violations, `axe on ${what}`).toEqual([]);
}

/** The current step's id, waiting until one is shown. */
export async function stepId(page: Page): Promise<string> {
  // #root carries data-prerendered until the app has started on a prerendered page (the static step is not live yet).
  const el = page.locator('#root:not([data-prerendered]) [data-step-id]');
  await el.waitFor();
  await partsLoaded(page);
  return (await el.getAttribute('data-step-id')) ?? '';
}

/** The step `id` is shown whole: its parts that load on demand (outcome card, evidence form…) have arrived. */
export async function waitForStep(page: Page, id: string) {
  await page.locator(`#root:not([data-prerendered]) [data-step-id="${id}"]`).waitFor();
  await partsLoaded(page);
}

/** No part of the screen is still loading its code (src/components/themedLazy.tsx marks those with data-part-loading). */
export async function partsLoaded(page: Page) {
  await page.locator('[data-part-loading]').first().waitFor({ state: 'detached' });
}

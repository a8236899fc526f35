import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE, expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';

const SCREEN = "Something went wrong\nWe weren't able to set up your PIN. Try again later.\nError code: 0x801c03ed";
const SLOW = { timeout: 20000, interval: 200 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const step = (page: Page, id: string) => page.locator(`[data-step-id="${id}"]`);
const firstResult = async (page: Page) => {
  const links = page.getByRole('region', { name: 'Search results' }).getByRole('link');
  return (await links.count()) ? links.first().getAttribute('href') : null;
};

describe('hello-error-codes in Chromium', () => {
  it('home search finds the flow for a code in any shape, and the paste box ranks it first for an error screen', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    const search = page.getByRole('searchbox', { name: /search/i });
    for (const q of ['801c03ed', '0X801C03ED', '-2145647635']) {
      await search.fill(q);
      await expect.poll(() => firstResult(page), SLOW).toMatch(/\/flows\/hello-error-codes$/);
    }
    await page.getByRole('textbox', { name: /evidence/i }).fill(SCREEN);
    const region = page.getByRole('region', { name: /Suggestions/ });
    const first = region.getByRole('link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\/flows\/hello-error-codes$/);
    await expect.poll(() => region.textContent(), SLOW).toMatch(/0x801C03ED/);
    await expectAxeClean(page, 'home with the error screen pasted');
    // The suggestion opens the flow with the code read from the paste: the first step is answered.
    await first.click();
    await expect.poll(() => stepId(page), SLOW).toBe('generalCause');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a pasted error screen → sign out and in fixes it → resolved', async () => {
    const { page, errors, context } = await openPage(browser, '/flows/hello-error-codes');
    await waitForStep(page, 'code');
    await expectAxeClean(page, 'hello-error-codes evidence step');
    await page.screenshot({ path: '/tmp/hello-error-codes-code.png', fullPage: true });
    await step(page, 'code').getByRole('textbox', { name: /evidence/i }).fill(SCREEN);
    await step(page, 'code').getByRole('button', { name: 'Use this answer' }).click();
    await waitForStep(page, 'generalCause');
    await step(page, 'generalCause').locator('button[data-event="CONTINUE"]').click();
    await waitForStep(page, 'signOutIn');
    expect(await step(page, 'signOutIn').textContent()).toContain('0x801C03ED');
    await expectAxeClean(page, 'hello-error-codes step signOutIn');
    await page.screenshot({ path: '/tmp/hello-error-codes-step.png', fullPage: true });
    await step(page, 'signOutIn').locator('button[data-event="FIXED"]').click();
    await waitForStep(page, 'outResolved');
    expect(await page.locator('[data-step-id]').getAttribute('data-step-kind')).toBe('outcome');
    await expectAxeClean(page, 'hello-error-codes resolved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a typed "contact support" code (signed decimal) → hand to support with what to collect', async () => {
    const { page, errors, context } = await openPage(browser, '/flows/hello-error-codes');
    await waitForStep(page, 'code');
    // -2145648638 is 0x801C0002, "Server failed to authenticate the user.": no documented fix.
    await page.locator('[id="field-code-code"]').fill('-2145648638');
    await step(page, 'code').locator('button[type="submit"]').click();
    await waitForStep(page, 'outSupport');
    const text = (await step(page, 'outSupport').textContent()) ?? '';
    expect(text).toContain('0x801C0002');
    expect(text).toContain('dsregcmd /status');
    expect(text).toContain('User Device Registration');
    await expectAxeClean(page, 'hello-error-codes support outcome');
    await page.screenshot({ path: '/tmp/hello-error-codes-support.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('"I can\'t see a code" walks the general advice to support, and the trainer map draws the flow', async () => {
    const { page, errors, context } = await openPage(browser, '/flows/hello-error-codes');
    await waitForStep(page, 'code');
    await step(page, 'code').locator('button[data-event="NO_CODE"]').click();
    await waitForStep(page, 'unlistedCode');
    await step(page, 'unlistedCode').locator('button[data-event="CONTINUE"]').click();
    for (const id of ['tryAgain', 'signOutIn', 'reboot', 'unjoinRejoin']) {
      await waitForStep(page, id);
      await step(page, id).locator('button[data-event="NOT_FIXED"]').click();
    }
    await waitForStep(page, 'outEscalate');
    await expectAxeClean(page, 'hello-error-codes escalate outcome');
    await page.goto(`${BASE}/flows/hello-error-codes/map`);
    await page.locator('[data-node-id="code"]').first().waitFor();
    expect(await page.locator('[data-node-id]').count()).toBeGreaterThanOrEqual(2);
    await expectAxeClean(page, 'hello-error-codes map');
    await page.screenshot({ path: '/tmp/hello-error-codes-map.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});

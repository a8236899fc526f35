import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE, expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  it('home lists every flow as a card linking to it, with no axe violations', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const links = page.locator('a[data-flow-id]');
    expect(await links.count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('a[href$="/flows/pin-reset-allowed-urls"]').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'home');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('unknown routes and unknown flows show a not-found page with a way home', async () => {
    const { page, errors, context } = await openPage(browser, '/no/such/page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAxeClean(page, 'not-found');
    await page.goto(BASE + '/flows/not-a-flow');
    await page.getByRole('heading', { name: 'No such troubleshooting flow' }).waitFor();
    await page.getByRole('link', { name: 'Go to the list of issues' }).click();
    await page.locator('a[data-flow-id]').first().waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('PIN reset flow in Chromium', () => {
  it('completes with the mouse, showing the built policy value, axe clean on question and outcome', async () => {
    const { page, errors, context } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    expect(await stepId(page)).toBe('joined');
    expect(await page.locator('[data-step-id]').getAttribute('data-step-kind')).toBe('question');
    await expectAxeClean(page, 'a question step');
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await waitForStep(page, 'whereError');
    await page.getByRole('button', { name: /Yes, during PIN reset/ }).click();
    await waitForStep(page, 'signInKind');
    await page.getByRole('button', { name: /^Federated/ }).click();
    await waitForStep(page, 'blockedHost');
    await page.getByLabel('Blocked host names').fill('fs.contoso.com\nmfa.contoso.com');
    await page.getByRole('button', { name: 'Build the policy value' }).click();
    await waitForStep(page, 'configurePolicy');
    await expect.poll(() => page.locator('pre').first().textContent()).toBe('fs.contoso.com;mfa.contoso.com');
    await page.getByRole('button', { name: /Done, the policy is assigned/ }).click();
    await waitForStep(page, 'retry');
    await page.getByRole('button', { name: /The reset worked/ }).click();
    await waitForStep(page, 'outResolved');
    expect(await page.locator('[data-step-id]').getAttribute('data-step-kind')).toBe('outcome');
    await expectAxeClean(page, 'an outcome');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('completes with the keyboard alone; focus lands on each new step heading', async () => {
    const { page, errors, context } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    await waitForStep(page, 'joined');
    const focusedIsHeading = () => page.evaluate(() => document.activeElement?.id === 'step-heading');
    await expect.poll(focusedIsHeading).toBe(true);
    // Tab from the heading to the first answer and press Enter.
    const pressAnswer = async (event: string) => {
      for (let i = 0; i < 30; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-event') ?? '');
        if (focused === event) {
          await page.keyboard.press('Enter');
          return;
        }
      }
      throw new Error(`No focusable answer sending ${event}`);
    };
    await pressAnswer('NO');
    await waitForStep(page, 'outNotEntraJoined');
    await expect.poll(focusedIsHeading).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes after reload and undoes with the browser back button; forward redoes', async () => {
    const { page, errors, context } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await page.getByRole('button', { name: /Yes, during PIN reset/ }).click();
    await waitForStep(page, 'signInKind');
    await page.reload();
    await waitForStep(page, 'signInKind');
    await page.goBack();
    await waitForStep(page, 'whereError');
    await page.goBack();
    await waitForStep(page, 'joined');
    await page.goForward();
    await waitForStep(page, 'whereError');
    // The in-app Back button undoes too.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await waitForStep(page, 'joined');
    // Opening the flow again continues the same case.
    await page.goto(BASE + '/flows/pin-reset-allowed-urls');
    expect(['joined', 'whereError', 'signInKind']).toContain(await stepId(page));
    expect(errors).toEqual([]);
    await context.close();
  });
});

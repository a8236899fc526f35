import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE, launch, openPage, waitForStep } from './browser';

// Text a person might paste (copied from a web page or a malicious ticket): it must stay text.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
  'fs.contoso.com<svg onload="window.__pwned=3"></svg>',
  '"><iframe src="javascript:parent.__pwned=4"></iframe>',
  '[click](javascript:window.__pwned=5) <a href="javascript:window.__pwned=6">x</a>',
];
const PASTE = PAYLOADS.join('\n');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Nothing ran, and no element came out of the pasted text. */
async function expectInert(page: Page, where: string) {
  await page.waitForTimeout(300); // give an injected handler (onerror, onload) the chance to run
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), where).toBeUndefined();
  const injected = await page.evaluate(
    () => document.querySelectorAll('img[src="x"], svg[onload], iframe, a[href^="javascript:"], [onerror], [onload]').length,
  );
  expect(injected, where).toBe(0);
}

describe('pasted markup is only ever text', () => {
  it('home: the paste box and the search box', async () => {
    const { page, context, errors } = await openPage(browser, '/');
    const paste = page.getByRole('textbox', { name: /evidence/i }).first();
    await paste.fill(PASTE);
    expect(await paste.inputValue()).toBe(PASTE);
    await page.waitForTimeout(500);
    await expectInert(page, 'home paste box');
    const search = page.getByRole('searchbox').or(page.getByRole('combobox')).or(page.getByRole('textbox', { name: /search/i })).first();
    await search.fill(PAYLOADS[0]);
    await page.waitForTimeout(300);
    await expectInert(page, 'home search');
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a flow's evidence box", async () => {
    const { page, context, errors } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    await page.getByRole('button', { name: "I'm not sure" }).click();
    await waitForStep(page, 'checkJoin');
    const box = page.getByRole('textbox', { name: /evidence/i });
    await box.fill(`Device State\n  AzureAdJoined : YES\n${PASTE}`);
    expect(await box.inputValue()).toContain(PAYLOADS[0]);
    await page.waitForTimeout(500);
    await expectInert(page, 'evidence step');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the PIN reset host field: the bad value is quoted back literally', async () => {
    const { page, context, errors } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await page.getByRole('button', { name: /Yes, during PIN reset/ }).click();
    await page.getByRole('button', { name: /^Federated/ }).click();
    await waitForStep(page, 'blockedHost');
    await page.getByLabel('Blocked host names').fill(PAYLOADS[0]);
    await page.getByRole('button', { name: 'Build the policy value' }).click();
    await expectInert(page, 'host field');
    // Still on the same step, with the typed text shown as text in the message.
    await waitForStep(page, 'blockedHost');
    await expect.poll(() => page.locator('[data-step-id]').innerText()).toMatch(/Not a valid host name: .*onerror=.*window\.__pwned=2/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a share link or stored case carrying markup shows it as text', async () => {
    const { page, context, errors } = await openPage(browser, '/flows/pin-reset-allowed-urls');
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await waitForStep(page, 'whereError');
    // Tamper with the stored cases as a hostile extension or a hand-edited backup might.
    await page.evaluate((payload) => {
      for (let i = 0; i < localStorage.length; i++) {
        const key = localStorage.key(i)!;
        const value = localStorage.getItem(key) ?? '';
        if (value.includes('pin-reset-allowed-urls')) localStorage.setItem(key, value.replace(/"title":"[^"]*"/g, `"title":${JSON.stringify(payload)}`));
      }
    }, PAYLOADS[0]);
    await page.goto(`${BASE}/cases`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await expectInert(page, 'cases page');
    await page.reload();
    await expectInert(page, 'cases page after reload');
    expect(errors).toEqual([]);
    await context.close();
  });
});

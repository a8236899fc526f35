/**
 * "Your credentials could not be verified" / 0xC00000BB: the NTAuth flow driven in Chromium as a person
 * would, to two different outcomes (fixed after publishing the CA; handed to the non-Microsoft CA flow),
 * axe on the key screens, screenshots of them, and the trainer map.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventObject } from 'xstate';
import certutilViewstore from '../../src/evidence/fixtures/ntauth-certutil-viewstore.txt?raw';
import certutilStore from '../../src/evidence/fixtures/ntauth-certutil-store.txt?raw';
import { BASE, expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';
import { give } from './drive';

const ID = 'ntauth-ca-missing';
const ISSUING = 'a1b2c3d4e5f60718293a4b5c6d7e8f9011223344';
const SHOTS = '/tmp';
const SLOW = { timeout: 20000, interval: 200 };
const PIN_SCREEN = "Something went wrong and your PIN isn't available (status: 0xc00000bb, substatus: 0x0). Click to set up your PIN again.";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Pastes the way a person does: text on the clipboard, then Ctrl+V in the evidence box. */
async function pasteInto(page: Page, text: string, scope = page.locator('body')) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const box = scope.getByRole('textbox', { name: /evidence/i });
  await box.click();
  // The step's box may hold the paste carried from the home page: replace it, as a person would.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect.poll(() => box.inputValue(), SLOW).toBe(text);
}

const click = (page: Page, stateId: string, type: string) => give(page, stateId, { type });

describe('ntauth-ca-missing in Chromium', () => {
  it('paste the PIN screen on the home page → this flow first → thumbprint, NTAuth listing without it → approve, publish, refresh → fixed', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await pasteInto(page, `${PIN_SCREEN}\n\n${certutilStore}`);
    const region = page.getByRole('region', { name: /Suggestions/ });
    const first = region.getByRole('link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`/flows/${ID}$`));
    await first.click();
    await expect.poll(() => page.url(), SLOW).toMatch(new RegExp(`/flows/${ID}`));
    // The status code in the paste answered the first question.
    expect(await stepId(page)).toBe('provisioned');
    await click(page, 'provisioned', 'YES');
    await click(page, 'trust', 'KEY');
    await waitForStep(page, 'caThumbprint');
    await give(page, 'caThumbprint', { type: 'CA_ENTERED', values: { thumbprint: ISSUING } } as EventObject);
    await waitForStep(page, 'ntauthStore');
    const store = page.locator('[data-step-id="ntauthStore"]');
    await pasteInto(page, certutilViewstore, store);
    await expect.poll(() => store.textContent(), SLOW).toMatch(/does not hold thumbprint A1B2C3D4E5F60718293A4B5C6D7E8F9011223344/);
    await expectAxeClean(page, 'ntauthStore with a reading');
    await page.screenshot({ path: `${SHOTS}/ntauth-store.png`, fullPage: true });
    await store.getByRole('button', { name: 'Use this answer' }).click();
    await waitForStep(page, 'approve');
    expect(await page.locator('[data-step-id="approve"]').textContent()).toMatch(/whole forest/);
    await page.screenshot({ path: `${SHOTS}/ntauth-approve.png`, fullPage: true });
    await click(page, 'approve', 'APPROVED');
    await waitForStep(page, 'publish');
    const publish = await page.locator('[data-step-id="publish"]').textContent();
    expect(publish).toContain('certutil -dspublish -f IssuingCA.cer NTAuthCA');
    expect(publish).toContain('certutil -enterprise -addstore NTAuth IssuingCA.cer');
    await expectAxeClean(page, 'publish');
    await page.screenshot({ path: `${SHOTS}/ntauth-publish.png`, fullPage: true });
    await click(page, 'publish', 'DONE');
    await waitForStep(page, 'refresh');
    expect(await page.locator('[data-step-id="refresh"]').textContent()).toContain(
      'reg query "HKLM\\Software\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\A1B2C3D4E5F60718293A4B5C6D7E8F9011223344"',
    );
    await page.screenshot({ path: `${SHOTS}/ntauth-refresh.png`, fullPage: true });
    await click(page, 'refresh', 'DONE');
    await click(page, 'retest', 'FIXED');
    await waitForStep(page, 'outResolved');
    expect(await page.locator('[data-step-id]').getAttribute('data-step-kind')).toBe('outcome');
    await expectAxeClean(page, 'outResolved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('buttons only: CA in NTAuth everywhere on an Entra joined device with a non-Microsoft CA → the non-Microsoft CA flow opens past its answered steps', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${ID}`);
    await waitForStep(page, 'symptom');
    await expectAxeClean(page, 'symptom');
    await click(page, 'symptom', 'CANT_VERIFY');
    await click(page, 'provisioned', 'YES');
    await click(page, 'trust', 'KEY');
    await click(page, 'caThumbprint', 'NO_THUMBPRINT');
    await click(page, 'ntauthStore', 'IN_STORE');
    await waitForStep(page, 'machineCopies');
    await page.screenshot({ path: `${SHOTS}/ntauth-machine-copies.png`, fullPage: true });
    await click(page, 'machineCopies', 'ON_BOTH');
    await click(page, 'caKind', 'YES');
    await waitForStep(page, 'outDcCertNames');
    await expectAxeClean(page, 'outDcCertNames');
    await page.screenshot({ path: `${SHOTS}/ntauth-out-dc-cert-names.png`, fullPage: true });
    await page.getByRole('link', { name: /^Open “Entra joined devices cannot reach/ }).click();
    await expect.poll(() => page.url(), SLOW).toMatch(/\/flows\/non-microsoft-ca-kdc-cert/);
    // Joined, trust type and CA kind were carried over: the flow opens at event 107.
    expect(await stepId(page)).toBe('event107');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the trainer map draws every step of the flow, over its parts', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${ID}/map`, { viewport: { width: 1920, height: 1080 } });
    await page.locator('[data-node-id="symptom"]').waitFor();
    await expectAxeClean(page, 'trainer map');
    await page.screenshot({ path: `${SHOTS}/ntauth-map.png` });
    const picker = page.locator('[data-part-count]');
    const parts = (await picker.count()) ? Number(await picker.getAttribute('data-part-count')) : 1;
    const seen = new Set<string>();
    for (let part = 1; part <= parts; part++) {
      if (part > 1) await page.goto(`${BASE}/flows/${ID}/map?part=${part}`);
      await page.locator('[data-node-id]').first().waitFor();
      for (const id of await page.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''))) seen.add(id);
    }
    const d = (await import('../../src/flows/ntauth-ca-missing')).default;
    expect([...seen].sort()).toEqual(Object.keys(d.machine.root.states).sort());
    expect(errors).toEqual([]);
    await context.close();
  });
});

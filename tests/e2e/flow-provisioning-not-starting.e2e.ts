/** provisioning-not-starting in Chromium: a person pastes dsregcmd /status and reaches two different endings. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import cloudTrustNoTgt from '../../src/evidence/fixtures/dsregcmd-cloud-trust-22h2-no-tgt.txt?raw';
import policyOff from '../../src/evidence/fixtures/dsregcmd-entra-policy-off.txt?raw';
import { expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';

const ID = 'provisioning-not-starting';
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';
const SLOW = { timeout: 20000, interval: 200 };

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const step = (page: Page, id: string) => page.locator(`#root:not([data-prerendered]) [data-step-id="${id}"]`);
const press = async (page: Page, id: string, event: string) => {
  await waitForStep(page, id);
  await step(page, id).locator(`button[data-event="${event}"]`).click();
};
async function pasteStatus(page: Page, text: string) {
  await press(page, 'start', 'PASTE');
  await waitForStep(page, 'status');
  const s = step(page, 'status');
  await s.getByRole('textbox', { name: /evidence/i }).fill(text);
  await s.getByRole('button', { name: 'Use this answer' }).click();
}

describe('provisioning-not-starting in Chromium', () => {
  it('PolicyEnabled NO: paste → first reason named → fix → retest → resolved; axe clean on the paste, reason and outcome', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${ID}`);
    await press(page, 'start', 'PASTE');
    await waitForStep(page, 'status');
    await expectAxeClean(page, 'status (evidence)');
    await page.screenshot({ path: `${SHOTS}/prov-status.png`, fullPage: true });
    await page.goBack();
    await pasteStatus(page, policyOff);
    await waitForStep(page, 'checkReason');
    expect(await step(page, 'checkReason').textContent()).toMatch(/PolicyEnabled NO/);
    await expectAxeClean(page, 'checkReason');
    await page.screenshot({ path: `${SHOTS}/prov-check-reason.png`, fullPage: true });
    await press(page, 'checkReason', 'CONTINUE');
    await waitForStep(page, 'policyFix');
    await page.screenshot({ path: `${SHOTS}/prov-policy-fix.png`, fullPage: true });
    await press(page, 'policyFix', 'DONE');
    await press(page, 'retest', 'FIXED');
    await waitForStep(page, 'outResolved');
    expect(await page.locator('[data-step-id]').getAttribute('data-step-kind')).toBe('outcome');
    await expectAxeClean(page, 'outResolved');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cloud Kerberos trust without a ticket: paste → hands over to the cloud Kerberos trust flow', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${ID}`);
    await pasteStatus(page, cloudTrustNoTgt);
    await press(page, 'resultReason', 'CONTINUE');
    await waitForStep(page, 'outCloudKerberos');
    const out = step(page, 'outCloudKerberos');
    expect(await out.locator('a[href$="/flows/cloud-kerberos-trust"]').count()).toBeGreaterThan(0);
    await expectAxeClean(page, 'outCloudKerberos');
    await page.screenshot({ path: `${SHOTS}/prov-cloud-kerberos.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it("typed answers: can't paste → Ngc Prerequisite Check → DeviceEligible NO → still failing → hand to support", async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${ID}`);
    await press(page, 'start', 'TYPED');
    await press(page, 'whichSection', 'CHECK_LINES');
    await press(page, 'checkTyped', 'NOT_ELIGIBLE');
    await press(page, 'hardwareFix', 'DONE');
    await press(page, 'retest', 'NOT_FIXED');
    await waitForStep(page, 'outEscalate');
    expect(await stepId(page)).toBe('outEscalate');
    expect(await step(page, 'outEscalate').textContent()).toMatch(/dsregcmd \/status/);
    await expectAxeClean(page, 'outEscalate');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('home paste box: a WillNotProvision paste suggests this flow first, with the first reason', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await page.getByRole('textbox', { name: /evidence/i }).fill(policyOff);
    const region = page.getByRole('region', { name: /Suggestions/ });
    const first = region.getByRole('link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\/flows\/provisioning-not-starting$/);
    await expect.poll(() => region.textContent(), SLOW).toMatch(/PolicyEnabled NO/);
    await page.screenshot({ path: `${SHOTS}/prov-home-suggestions.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens the trainer map', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${ID}/map`);
    await page.locator('[data-node-id="start"]').first().waitFor();
    await expectAxeClean(page, 'map');
    await page.screenshot({ path: `${SHOTS}/prov-map.png` });
    expect(errors).toEqual([]);
    await context.close();
  });
});

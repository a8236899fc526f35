import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE, expectAxeClean, launch, openPage, stepId } from './browser';

// The event 362 from the known-issues document, as copied from Event Viewer (STS: No).
const EVENT_362 = `Log Name:      Microsoft-Windows-User Device Registration/Admin
Source:        Microsoft-Windows-User Device Registration
Date:          <Date and time>
Event ID:      362
Task Category: None
Level:         Warning
Keywords:
User:          <User SID>
Computer:      <Computer name>
Description:
Windows Hello for Business provisioning will not be launched.
Device is Azure Active Directory-joined ( AADJ or DJ++ ): Yes
User has logged on with Azure Active Directory credentials: Yes
Windows Hello for Business policy is enabled: Yes
Windows Hello for Business post-logon provisioning is enabled: Yes
Local computer meets Windows hello for business hardware requirements: Yes
User is not connected to the machine via Remote Desktop: Yes
User certificate for on premise auth policy is enabled: Yes
Enterprise user logon certificate enrollment endpoint is ready: Not Tested
Enterprise user logon certificate template is : No ( 1 : StateNoPolicy )
User has successfully authenticated to the enterprise STS: No
Certificate enrollment method: enrollment authority
See https://go.microsoft.com/fwlink/?linkid=832647 for more details.`;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Pastes the way a person does: text on the clipboard, then Ctrl+V in the evidence box. */
async function pasteInto(page: Page, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const box = page.getByRole('textbox', { name: /evidence/i });
  await box.click();
  await page.keyboard.press('Control+V');
  await expect.poll(() => box.inputValue(), SLOW).toBe(text);
}

const searchBox = (page: Page) => page.getByRole('searchbox', { name: /search/i });
/** The first search result's link, or null while there is none yet. */
const firstResult = async (page: Page) => {
  const links = page.getByRole('region', { name: 'Search results' }).getByRole('link');
  return (await links.count()) ? links.first().getAttribute('href') : null;
};
/** Search results come after the index loads (on first focus), so allow it a moment. */
const SLOW = { timeout: 20000, interval: 200 };

describe('home triage in Chromium', () => {
  it('paste an event 362 → the ugs scope flow is suggested first → it opens with steps answered from the paste', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await pasteInto(page, EVENT_362);
    const region = page.getByRole('region', { name: /Suggestions/ });
    const first = region.getByRole('link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toMatch(/\/flows\/adfs2019-ugs-scope$/);
    await expect.poll(() => region.textContent(), SLOW).toMatch(/362.*enterprise STS authentication failed/i);
    await expectAxeClean(page, 'home with suggestions');
    await page.screenshot({ path: '/tmp/triage-home-suggestions.png', fullPage: true });
    await first.click();
    await expect.poll(() => page.url(), SLOW).toMatch(/\/flows\/adfs2019-ugs-scope/);
    const id = await stepId(page);
    const banner = await page.getByText(/from (the )?evidence/i).count();
    expect(id !== 'deployment' || banner > 0, `landed on ${id}`).toBe(true);
    expect(id).not.toBe('deployment');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a big paste (a 300,000-character log with curly quotes around the event) is read in the background and suggests the same flow', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    const log = Array.from({ length: 2500 }, (_, i) => `2024-05-14T09:03:${String(i % 60).padStart(2, '0')}Z [INFO] sync cycle ${i}: it\u2019s done, 0 errors`).join('\n');
    await pasteInto(page, `${log}\n${EVENT_362}\n${log}`);
    const region = page.getByRole('region', { name: /Suggestions/ });
    const first = region.getByRole('link').first();
    await first.waitFor(SLOW);
    expect(await first.getAttribute('href')).toMatch(/\/flows\/adfs2019-ugs-scope$/);
    await expect.poll(() => region.textContent(), SLOW).toMatch(/362.*enterprise STS authentication failed/i);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('search finds flows by an error text, an event ID and a KB number, tolerating typos; axe clean with results', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await searchBox(page).fill("We can't open that page right now");
    await expect.poll(() => firstResult(page), SLOW).toMatch(/\/flows\/pin-reset-allowed-urls$/);
    await searchBox(page).fill('107');
    await expect.poll(() => firstResult(page), SLOW).toMatch(/\/flows\/non-microsoft-ca-kdc-cert$/);
    await searchBox(page).fill('KB4593226');
    await expect.poll(() => firstResult(page), SLOW).toMatch(/\/flows\/hybrid-key-deletion$/);
    await searchBox(page).fill('1021');
    await expect.poll(() => firstResult(page), SLOW).toMatch(/\/flows\/adfs2019-ugs-scope$/);
    await searchBox(page).fill('temporarly unavailible');
    await expect.poll(() => firstResult(page), SLOW).toMatch(/\/flows\/(hybrid-key-deletion|ws2019-key-trust-name-mismatch)$/);
    await expectAxeClean(page, 'home with search results');
    await page.screenshot({ path: '/tmp/triage-home-search.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an unrecognised paste says so and suggests what to paste', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await pasteInto(page, 'the laptop says something about a PIN');
    const region = page.getByRole('region', { name: /Suggestions/ });
    await region.getByText(/Nothing in this paste was recognised/).waitFor();
    expect(await region.getByRole('link').count()).toBe(0);
    await expectAxeClean(page, 'home with an unrecognised paste');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('guided triage in Chromium', () => {
  it('"That option is temporarily unavailable" with key-deletion builds opens the key deletion flow; back and axe work', async () => {
    const { page, errors, context } = await openPage(browser, '/');
    await page.getByRole('link', { name: /Not sure\? Answer a few questions/ }).click();
    await page.getByRole('heading', { name: 'What were you doing when it went wrong?' }).waitFor();
    await expectAxeClean(page, 'triage first question');
    await page.getByRole('button', { name: /Signing in or unlocking/ }).click();
    await page.getByRole('button', { name: /I'm not sure/ }).click();
    await page.getByRole('heading', { name: 'Find out how the device is joined' }).waitFor();
    await expectAxeClean(page, 'triage how-to');
    await page.getByRole('button', { name: /^Hybrid joined/ }).click();
    await page.getByRole('button', { name: /^Key trust/ }).click();
    await page.getByRole('button', { name: /That option is temporarily unavailable/ }).click();
    const builds = page.getByRole('textbox', { name: /Domain controller builds/ });
    await builds.fill('DC1 17763');
    await page.getByRole('button', { name: 'Check the builds' }).click();
    await page.getByText(/has no revision/).waitFor();
    await expectAxeClean(page, 'triage builds with an error');
    await builds.fill('DC1 17763.1637\nDC2 14393.4046');
    await page.getByRole('button', { name: 'Check the builds' }).click();
    await page.getByRole('heading', { name: /the key deletion issue/ }).waitFor();
    await expectAxeClean(page, 'triage result');
    await page.screenshot({ path: '/tmp/triage-result.png', fullPage: true });
    // The runner's Back goes back one answer, like in every flow.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await builds.waitFor();
    await page.getByRole('button', { name: 'Check the builds' }).click();
    await page.getByRole('heading', { name: /the key deletion issue/ }).waitFor();
    const open = page.getByRole('link', { name: /^Open “/ });
    await open.click();
    await expect.poll(() => page.url(), SLOW).toMatch(/\/flows\/hybrid-key-deletion/);
    // What the triage was told is answered already: the deployment question is behind us.
    await expect.poll(() => stepId(page), SLOW).toBe('symptom');
    await page.getByText(/answered from what you told the guided triage/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fixed builds and a just-provisioned key: wait for the delta sync', async () => {
    const { page, errors, context } = await openPage(browser, '/triage');
    await page.getByRole('button', { name: /Signing in or unlocking/ }).click();
    await page.getByRole('button', { name: /^Hybrid joined/ }).click();
    await page.getByRole('button', { name: /^Key trust/ }).click();
    await page.getByRole('button', { name: /That option is temporarily unavailable/ }).click();
    await page.getByRole('textbox', { name: /Domain controller builds/ }).fill('Microsoft Windows [Version 10.0.17763.1637]');
    await page.getByRole('button', { name: 'Check the builds' }).click();
    await page.getByRole('button', { name: /Yes, just now/ }).click();
    await page.getByRole('heading', { name: /hasn't synced yet/ }).waitFor();
    expect(await page.getByText('Start-ADSyncSyncCycle -PolicyType Delta').count()).toBeGreaterThan(0);
    await page.reload();
    await page.getByRole('heading', { name: /hasn't synced yet/ }).waitFor();
    await expectAxeClean(page, 'triage wait-for-sync result');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens directly at /triage', async () => {
    const { page, context } = await openPage(browser, '');
    await page.goto(BASE + '/triage');
    await page.getByRole('heading', { name: 'What were you doing when it went wrong?' }).waitFor();
    await context.close();
  });
});

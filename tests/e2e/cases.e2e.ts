import { readFile } from 'node:fs/promises';
import { compressToEncodedURIComponent } from 'lz-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { BASE, expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';
import { give } from './drive';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FLOW = '/flows/pin-reset-allowed-urls';

/** Answers the PIN reset flow up to the policy step (federated + US Gov, one host of our own). */
async function toPolicyStep(page: Page) {
  await give(page, 'joined', { type: 'YES' });
  await give(page, 'whereError', { type: 'YES' });
  await give(page, 'signInKind', { type: 'BOTH' });
  await give(page, 'blockedHost', { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } } as never);
  await waitForStep(page, 'configurePolicy');
}

async function downloadOf(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: await readFile(path!, 'utf8') };
}

describe('cases in Chromium', () => {
  it('a share link opened in a fresh browser context imports the case on the same step', async () => {
    const a = await openPage(browser, FLOW);
    await toPolicyStep(a.page);
    await a.page.getByRole('button', { name: 'Write a note' }).click();
    await a.page.getByLabel('Note on this step').fill('Assigned to the pilot group');
    await a.page.getByRole('button', { name: 'Add note' }).click();
    await a.page.getByText('Assigned to the pilot group').waitFor();
    const before = await stepId(a.page);
    await a.page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = a.page.getByRole('dialog', { name: 'Share this case as a link' });
    const link = await dialog.getByLabel('Share link').inputValue();
    expect(link.startsWith(`${BASE}/share#`)).toBe(true);
    await expectAxeClean(a.page, 'the share dialog');
    expect(a.errors).toEqual([]);
    await a.context.close();

    const b = await openPage(browser, '');
    await b.page.goto(link);
    await b.page.getByRole('heading', { level: 1, name: 'PIN reset fails on Entra joined devices' }).waitFor();
    await b.page.getByText('Step 5: Allow the sign-in hosts for web sign-in').waitFor();
    expect(await b.page.evaluate(() => localStorage.length)).toBe(0);
    await b.page.getByRole('button', { name: 'Import as a new case' }).click();
    await waitForStep(b.page, before);
    expect(await stepId(b.page)).toBe(before);
    await b.page.getByText('Assigned to the pilot group').waitFor();
    await expect.poll(() => b.page.locator('pre').first().textContent()).toBe('fs.contoso.com;login.microsoftonline.us');
    expect(b.errors).toEqual([]);
    await b.context.close();
  });

  it('a tampered or future-version link gets a clear message and changes nothing', async () => {
    const { page, context, errors } = await openPage(browser, FLOW);
    await give(page, 'joined', { type: 'YES' });
    await waitForStep(page, 'whereError');
    const keys = () => page.evaluate(() => Object.keys(localStorage).sort());
    const stored = await keys();
    await page.goto(`${BASE}/share#N4IgLgpgzgXA2gXQDQgM4EsB2BzAvkA`);
    await page.getByRole('heading', { name: "This share link can't be opened" }).waitFor();
    await expectAxeClean(page, 'a broken share link');
    const future = compressToEncodedURIComponent(JSON.stringify({ v: 9, flowId: 'pin-reset-allowed-urls', title: 'x', events: [] }));
    await page.goto(`${BASE}/share#${future}`);
    await page.getByText(/made by a newer version of the app/).waitFor();
    const tampered = compressToEncodedURIComponent(JSON.stringify({ v: 1, flowId: 'pin-reset-allowed-urls', title: 'x', events: [{ type: 'YES' }, { type: 'FIXED' }] }));
    await page.goto(`${BASE}/share#${tampered}`);
    await page.getByText(/answers don't fit the flow/).waitFor();
    expect(await page.getByRole('button', { name: 'Import as a new case' }).count()).toBe(0);
    await page.goto(`${BASE}/share#${'A'.repeat(40_000)}`);
    await page.getByText(/longer than the 32 KB/).waitFor();
    expect(await keys()).toEqual(stored);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('report: Markdown has the path and the filled-in policy value; redaction swaps names; JSON holds the case', async () => {
    const { page, context, errors } = await openPage(browser, FLOW, { permissions: ['clipboard-read', 'clipboard-write'] });
    await toPolicyStep(page);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByRole('article').waitFor();
    const md = await downloadOf(page, 'Download Markdown');
    expect(md.name).toMatch(/^whfb-case-[a-z0-9]+\.md$/);
    expect(md.text).toContain('# PIN reset fails on Entra joined devices');
    expect(md.text).toContain('1. **Is the device Microsoft Entra joined?**\n   - Answer: Yes, Entra joined');
    expect(md.text).toContain('Blocked hosts: fs.contoso.com');
    expect(md.text).toContain('fs.contoso.com;login.microsoftonline.us');
    expect(md.text).toContain('## References');

    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.getByText('Report copied as Markdown.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(md.text);

    await page.getByRole('switch', { name: 'Redact names, addresses and ids' }).check();
    await page.getByText('host1.example;login.microsoftonline.us').waitFor();
    const red = await downloadOf(page, 'Download Markdown');
    expect(red.text).not.toContain('contoso');
    expect(red.text).toContain('host1.example;login.microsoftonline.us');
    const json = JSON.parse((await downloadOf(page, 'Download JSON')).text);
    expect(json.format).toBe('whfb-case-report');
    expect(json.case.events[3].values.hosts).toEqual(['host1.example']);
    expect(json.current.stateId).toBe('configurePolicy');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the print view hides the app bar and toolbars and is axe clean', async () => {
    const { page, context, errors } = await openPage(browser, FLOW);
    await toPolicyStep(page);
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByRole('article').waitFor();
    await expectAxeClean(page, 'the report page');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Copy Markdown' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Fix steps' }).isVisible()).toBe(true);
    await expectAxeClean(page, 'the print view');
    await page.screenshot({ path: '/tmp/cases-print.png', fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: '/tmp/cases-report.png', fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('/cases lists, renames, deletes with undo, and is axe clean', async () => {
    // No service worker, so the route below can hold the flow's code back (the precache would answer first).
    const { page, context, errors } = await openPage(browser, FLOW, { serviceWorkers: 'block' });
    await give(page, 'joined', { type: 'YES' });
    await waitForStep(page, 'whereError');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).click();
    const table = page.getByRole('table', { name: 'Cases' });
    await table.getByText('Step 2: Did the error appear after choosing "I forgot my PIN"?').waitFor();
    await expectAxeClean(page, '/cases');
    await page.screenshot({ path: '/tmp/cases-list.png', fullPage: true });
    await page.getByRole('button', { name: /^Rename/ }).click();
    await page.getByLabel('Case title').fill('INC-1001 PIN reset');
    await page.getByRole('button', { name: 'Save' }).click();
    await table.getByRole('link', { name: 'INC-1001 PIN reset', exact: true }).waitFor();
    // The Delete button stays where it is while the case's step loads: hold the flow's code back so the
    // row is measured while it still says "Loading…", at a width where the columns used to shift it.
    const del = page.getByRole('button', { name: 'Delete “INC-1001 PIN reset”' });
    // Held long enough that a busy machine still shows "Loading…" after the row's link appears (400 ms was not, once).
    await page.route(/\/assets\/pin-reset-allowed-urls-[^/]*\.js$/, async (route) => {
      await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    });
    for (const width of [818, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await page.getByRole('link', { name: 'INC-1001 PIN reset', exact: true }).waitFor();
      await table.getByText('Loading…').waitFor();
      const before = await del.boundingBox();
      await table.getByText(/^Step 2: /).waitFor();
      expect(await del.boundingBox(), `at ${width} px`).toEqual(before);
    }
    await page.unrouteAll();
    await del.click();
    await page.getByRole('heading', { name: 'No cases yet' }).waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'INC-1001 PIN reset', exact: true }).click();
    await waitForStep(page, 'whereError');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('corrupted and future-version storage: the app starts, says what it could not read, offers the download', async () => {
    const { page, context, errors } = await openPage(browser, '');
    await page.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('whfb:case:garbled', '{"v":1,"case":{"id":"garbled"');
      localStorage.setItem('whfb:case:fromthefuture', JSON.stringify({ v: 3, case: { id: 'fromthefuture', shape: 'new' } }));
    });
    await page.goto(BASE + '/');
    await page.getByText('2 saved cases could not be read').waitFor();
    await page.getByText(/not valid JSON/).waitFor();
    await page.getByText(/version 3/).waitFor();
    // The app works: a flow starts and keeps its answers.
    await page.goto(BASE + FLOW);
    await give(page, 'joined', { type: 'YES' });
    await waitForStep(page, 'whereError');
    await page.goto(BASE + '/cases');
    await page.getByRole('table', { name: 'Cases' }).waitFor();
    await expectAxeClean(page, '/cases with the storage banner');
    const file = await downloadOf(page, 'Download the unreadable data');
    const data = JSON.parse(file.text);
    expect(data.records.map((r: { key: string }) => r.key).sort()).toEqual(['whfb:case:fromthefuture', 'whfb:case:garbled']);
    expect(data.records.find((r: { key: string }) => r.key === 'whfb:case:garbled').raw).toBe('{"v":1,"case":{"id":"garbled"');
    await page.getByRole('button', { name: 'Discard them' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard' }).click();
    await page.getByText(/could not be read/).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('whfb:case:')).length)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('two tabs on the same case: the other tab shows the latest answers and says so', async () => {
    const { page, context, errors } = await openPage(browser, FLOW);
    await give(page, 'joined', { type: 'YES' });
    await waitForStep(page, 'whereError');
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await waitForStep(other, 'whereError');
    await give(page, 'whereError', { type: 'YES' });
    await waitForStep(page, 'signInKind');
    await other.getByText('This case was changed in another tab').waitFor();
    await other.getByRole('navigation', { name: 'Steps so far' }).getByText('Yes, during PIN reset').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EventObject } from 'xstate';
import { launch, openPage, waitForStep } from './browser';
import { give } from './drive';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Walk {
  flow: string;
  /** The steps in order: states[i] is shown at `step=i`. */
  states: string[];
  events: EventObject[];
}

const WALKS: Walk[] = [
  {
    flow: 'pin-reset-allowed-urls',
    states: ['joined', 'whereError', 'signInKind', 'blockedHost', 'configurePolicy'],
    events: [{ type: 'YES' }, { type: 'YES' }, { type: 'BOTH' }, { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } } as EventObject],
  },
  {
    flow: 'hybrid-key-deletion',
    states: ['deployment', 'findDeployment', 'symptom', 'reproduce', 'dcBuilds'],
    events: [{ type: 'NOT_SURE' }, { type: 'STILL_NOT_SURE' }, { type: 'NOT_SURE' }, { type: 'BOTH_FAIL' }],
  },
];

const urlStep = (page: Page) => Number(new URL(page.url()).searchParams.get('step'));
const shown = (page: Page) => page.locator('[data-step-id]').getAttribute('data-step-id');

/** The URL names step `n`, and the page shows exactly that step (and keeps showing it). */
async function expectAt(page: Page, w: Walk, n: number, what: string) {
  await expect.poll(() => urlStep(page), { timeout: 3000, message: `${what}: URL step` }).toBe(n);
  await expect.poll(() => shown(page), { timeout: 3000, message: `${what}: step shown for step=${n}` }).toBe(w.states[n]);
  await page.waitForTimeout(150);
  expect(urlStep(page), `${what}: URL still step=${n}`).toBe(n);
  expect(await shown(page), `${what}: still showing ${w.states[n]}`).toBe(w.states[n]);
}

describe.each(WALKS)('browser Back and Forward in $flow', (w) => {
  it('show exactly the step the URL names, twice over, with a reload in between', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${w.flow}`);
    for (let i = 0; i < w.events.length; i++) await give(page, w.states[i], w.events[i]);
    const last = w.events.length;
    await waitForStep(page, w.states[last]);
    await expectAt(page, w, last, 'after answering');

    for (const round of [1, 2]) {
      await page.goBack();
      await expectAt(page, w, last - 1, `round ${round}: Back`);
      await page.goForward();
      await expectAt(page, w, last, `round ${round}: Forward`);
      await page.goBack();
      await page.goBack();
      await expectAt(page, w, last - 2, `round ${round}: Back twice`);
      await page.goForward();
      await page.goForward();
      await expectAt(page, w, last, `round ${round}: Forward twice`);
      await page.goBack();
      await page.goBack();
      await page.goBack();
      await expectAt(page, w, last - 3, `round ${round}: Back three times`);
      await page.reload();
      await expectAt(page, w, last - 3, `round ${round}: reload`);
      await page.goForward();
      await expectAt(page, w, last - 2, `round ${round}: Forward after reload`);
      await page.goBack();
      await expectAt(page, w, last - 3, `round ${round}: Back after reload`);
      await page.goForward();
      await page.goForward();
      await page.goForward();
      await expectAt(page, w, last, `round ${round}: back at the end`);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the Back button and browser Back/Forward agree, and answering the same again keeps the later answers', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${w.flow}`);
    for (let i = 0; i < w.events.length; i++) await give(page, w.states[i], w.events[i]);
    const last = w.events.length;
    await waitForStep(page, w.states[last]);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectAt(page, w, last - 1, 'Back button');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expectAt(page, w, last - 2, 'Back button twice');
    await page.goForward();
    await expectAt(page, w, last - 1, 'browser Forward after the Back button');
    await page.goBack();
    await expectAt(page, w, last - 2, 'browser Back');
    // The same answer again: the later answers are still there for Forward.
    await give(page, w.states[last - 2], w.events[last - 2]);
    await expectAt(page, w, last - 1, 'same answer again');
    await page.goBack();
    await expectAt(page, w, last - 2, 'Back after the same answer');
    await page.goForward();
    await expectAt(page, w, last - 1, 'Forward after the same answer');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('changing an answer in Chromium', () => {
  it('keeps the later answers that fit, Back/Forward still name the steps shown, and the report has the kept answers', async () => {
    const w = WALKS[0];
    const { page, errors, context } = await openPage(browser, `/flows/${w.flow}`);
    for (let i = 0; i < w.events.length; i++) await give(page, w.states[i], w.events[i]);
    await waitForStep(page, 'configurePolicy');
    const path = page.getByRole('navigation', { name: 'Steps so far' });
    await path.getByRole('button', { name: /Change your answer to step 3/ }).click();
    await expectAt(page, w, 2, 'Change opens step 3');
    await page.locator('[data-step-id="signInKind"] button[data-event="FEDERATED"]').click();
    await expectAt(page, w, 4, 'after the change, at the end of the kept answers');
    await page.getByText('One later answer still fits and was kept.').waitFor();
    await page.goBack();
    await expectAt(page, w, 2, 'Back returns to the changed step');
    await page.goForward();
    await expectAt(page, w, 4, 'Forward');
    await page.getByRole('link', { name: 'Report', exact: true }).click();
    await page.getByRole('heading', { name: 'Path' }).waitFor();
    await page.getByText('Blocked hosts: fs.contoso.com').first().waitFor();
    expect(await page.getByText('Federated', { exact: false }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

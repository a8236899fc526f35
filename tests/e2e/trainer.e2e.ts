import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pinReset from '../../src/flows/pin-reset-allowed-urls';
import { flows, loadFlow } from '../../src/flows/registry';
import { outcomePaths, stateIds } from '../../src/flows/shared/explore';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { flowGraph } from '../../src/trainer/graph';
import { BASE, expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';

const FLOW = pinReset as FlowDescriptor;
const MAP = `/flows/${FLOW.id}/map`;
const SHOTS = process.env.E2E_SCREENSHOTS ?? '/tmp';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** How many pairs of boxes (steps and edge labels) overlap on screen. */
async function overlaps(page: Page): Promise<string[]> {
  const boxes = await page
    .locator('[data-node-id], [data-edge-label]')
    .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-node-id') ?? e.getAttribute('data-edge-label') ?? '', r: e.getBoundingClientRect().toJSON() as DOMRect })));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r;
      const b = boxes[j].r;
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`${boxes[i].id} × ${boxes[j].id}`);
    }
  }
  return found;
}

async function nodeIds(page: Page): Promise<string[]> {
  await page.locator('[data-node-id]').first().waitFor();
  return page.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
}

describe('trainer flow map in Chromium', () => {
  it("draws the machine: node ids are its states, lines its transitions; axe clean; nothing hidden under another box", async () => {
    const { page, errors, context } = await openPage(browser, MAP);
    expect(await nodeIds(page)).toEqual(stateIds(FLOW));
    const drawn = await page.locator('[data-edge-source]').evaluateAll((els) =>
      els.flatMap((e) => (e.getAttribute('data-edge-events') ?? '').split(' ').map((ev) => `${e.getAttribute('data-edge-source')}|${ev}|${e.getAttribute('data-edge-target')}`)),
    );
    expect(drawn.sort()).toEqual(flowGraph(FLOW).edges.map((e) => `${e.source}|${e.event}|${e.target}`).sort());
    // Each node's box and each edge label are separate on screen.
    expect(await overlaps(page)).toEqual([]);
    await expectAxeClean(page, 'the flow map');
    await page.screenshot({ path: `${SHOTS}/trainer-map.png` });
    await page.getByRole('button', { name: 'Zoom In' }).click();
    await page.getByRole('button', { name: 'Fit View' }).click();
    await page.getByLabel('Large text').check();
    await page.locator('[data-node-id]').first().waitFor();
    await expectAxeClean(page, 'the flow map in large text');
    await page.screenshot({ path: `${SHOTS}/trainer-map-large.png` });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws every registered flow from its machine, with nothing overlapping, in both text sizes', async () => {
    const { page, errors, context } = await openPage(browser, '');
    for (const meta of flows) {
      const d = await loadFlow(meta.id);
      await page.goto(`${BASE}/flows/${d.id}/map`);
      expect(await nodeIds(page), d.id).toEqual(stateIds(d));
      expect(await overlaps(page), d.id).toEqual([]);
      await page.getByRole('button', { name: 'Fit View' }).click();
      await page.screenshot({ path: `${SHOTS}/trainer-map-${d.id}.png` });
    }
    await page.getByLabel('Large text').check();
    expect(await overlaps(page)).toEqual([]);
    await page.getByLabel('Large text').uncheck();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pressing an outcome node opens a demo case on that outcome, in the runner', async () => {
    const { page, errors, context } = await openPage(browser, MAP);
    await nodeIds(page);
    await page.locator('[data-node-id="outResolved"]').click();
    await waitForStep(page, 'outResolved');
    expect(new URL(page.url()).pathname).toBe(`/flows/${FLOW.id}`);
    // The runner shows a real case: its path lists the answers that led here.
    expect(await page.getByRole('navigation', { name: 'Steps so far' }).getByRole('listitem').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reaches nodes with the keyboard; Enter opens the demo there', async () => {
    const { page, errors, context } = await openPage(browser, MAP);
    await nodeIds(page);
    await page.locator('[data-node-id="joined"]').focus();
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))) !== 'policyArrived'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe('policyArrived');
    // The focused node is on screen (the map pans to it).
    const box = await page.locator('[data-node-id="policyArrived"]').boundingBox();
    const map = await page.locator('.react-flow').boundingBox();
    expect(box && map && box.y >= map.y && box.y + box.height <= map.y + map.height).toBe(true);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'policyArrived');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opened from a case, highlights where the case has been and where it is', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/${FLOW.id}`);
    await page.getByRole('button', { name: /Yes, Entra joined/ }).click();
    await page.getByRole('button', { name: /Yes, during PIN reset/ }).click();
    await waitForStep(page, 'signInKind');
    await page.getByRole('link', { name: 'Flow map' }).click();
    await page.locator('[data-node-id="signInKind"][aria-current="step"]').waitFor();
    expect(await page.locator('[data-node-id="joined"]').textContent()).toContain('(visited)');
    expect(await page.locator('.react-flow__edge.is-taken').count()).toBe(2);
    await expectAxeClean(page, 'the map of a case');
    await page.screenshot({ path: `${SHOTS}/trainer-map-case.png` });
    await page.getByRole('link', { name: 'Back to the case' }).click();
    await waitForStep(page, 'signInKind');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the outline tab is the same tree as text, axe clean', async () => {
    const { page, errors, context } = await openPage(browser, MAP);
    await page.getByRole('tab', { name: 'Outline (text)' }).click();
    const list = page.getByRole('list', { name: /nested list/ });
    await list.locator('[data-outline-id]').first().waitFor();
    const ids = await list.locator('[data-outline-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-outline-id') ?? ''));
    expect(ids.sort()).toEqual(stateIds(FLOW).sort());
    await expectAxeClean(page, 'the outline');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays a path with the arrow keys, sample evidence analysed; the count matches xstate/graph', async () => {
    const paths = outcomePaths(FLOW);
    const index = paths.findIndex((p) => p.states.includes('checkJoin') && p.events.length >= 4);
    const p = paths[index];
    const { page, errors, context } = await openPage(browser, `${MAP}?view=paths`);
    await expect.poll(() => page.getByTestId('path-count').textContent(), { timeout: 15000 }).toContain(`${paths.length} paths`);
    await page.locator(`[data-path-index="${index}"]`).click();
    await waitForStep(page, p.states[0]);
    // Autoplay at the fastest pace moves on by itself; Pause stops it.
    await page.getByRole('slider', { name: 'Seconds per step' }).focus();
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Autoplay' }).click();
    await waitForStep(page, p.states[1]);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Previous' }).click();
    await waitForStep(page, p.states[0]);
    await page.getByRole('heading', { name: /step 1 of/ }).click();
    for (let i = 1; i < p.states.length; i++) {
      await page.keyboard.press('ArrowRight');
      await waitForStep(page, p.states[i]);
      if (p.states[i] === 'checkJoin') {
        await page.getByText(/From your evidence:/).waitFor();
        await expectAxeClean(page, 'the path player on an evidence step');
        await page.screenshot({ path: `${SHOTS}/trainer-player.png`, fullPage: true });
      }
    }
    await page.keyboard.press('ArrowRight');
    await waitForStep(page, p.end);
    await page.keyboard.press('ArrowLeft');
    expect(await stepId(page)).toBe(p.states[p.states.length - 1]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the graph libraries out of the home page', async () => {
    const { page, context } = await openPage(browser, '', {});
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(BASE + '/');
    await page.locator('a[data-flow-id]').first().waitFor();
    const bodies = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
    for (const body of bodies) {
      expect(body.includes('react-flow__pane'), 'xyflow on the home page').toBe(false);
      expect(body.includes('network-simplex'), 'dagre on the home page').toBe(false);
    }
    await context.close();
  });
});

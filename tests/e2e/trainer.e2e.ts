import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import pinReset from '../../src/flows/pin-reset-allowed-urls';
import { flows, loadFlow } from '../../src/flows/registry';
import { outcomePaths, stateIds } from '../../src/flows/shared/explore';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { flowGraph } from '../../src/trainer/graph';
import { pathList } from '../../src/trainer/pathList';
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

/** The projector the trainer uses. */
const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

/** What a person sees of the map now: smallest text on screen, the map's box, boxes under the overview, cut labels. */
async function mapFacts(page: Page) {
  return page.evaluate(() => {
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([\d.]+)\)/.exec(vp?.style.transform ?? '')?.[1] ?? 1);
    let minText = Infinity;
    for (const el of document.querySelectorAll<HTMLElement>('[data-node-id] span, [data-ref-to] span, [data-edge-label] div')) {
      if (!el.textContent?.trim() || el.getBoundingClientRect().width < 2) continue;
      minText = Math.min(minText, parseFloat(getComputedStyle(el).fontSize) * zoom);
    }
    const map = document.querySelector('.react-flow')!.getBoundingClientRect();
    const mini = document.querySelector('.trainer-minimap')!.getBoundingClientRect();
    const covered = [...document.querySelectorAll('[data-node-id], [data-ref-to]')]
      .map((n) => ({ id: n.getAttribute('data-node-id') ?? n.getAttribute('data-ref-to'), r: n.getBoundingClientRect() }))
      .filter(({ r }) => r.left < mini.right && mini.left < r.right && r.top < mini.bottom && mini.top < r.bottom)
      .map((n) => n.id);
    const cut = [...document.querySelectorAll<HTMLElement>('[data-edge-label]')]
      .filter((l) => l.scrollWidth > l.clientWidth + 1 || l.scrollHeight > l.clientHeight + 1 || /\(if [a-z]\)/.test(l.textContent ?? ''))
      .map((l) => l.textContent);
    return { zoom, minText, map: map.toJSON() as DOMRect, covered, cut, pageWidth: document.documentElement.clientWidth };
  });
}

/** The number of parts the map is in (1 when it has no part picker). */
async function partCount(page: Page): Promise<number> {
  const picker = page.locator('[data-part-count]');
  return (await picker.count()) ? Number(await picker.getAttribute('data-part-count')) : 1;
}

async function nodeIds(page: Page): Promise<string[]> {
  await page.locator('[data-node-id]').first().waitFor();
  return page.locator('[data-node-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-node-id') ?? ''));
}

describe('trainer flow map in Chromium', () => {
  it('on a 1920×1080 projector, every flow fills the screen, each part of its map fits with no text under 14 px, the overview covers no step, no label is cut; every step and transition drawn', async () => {
    const { page, errors, context } = await openPage(browser, '', PROJECTOR);
    for (const meta of flows) {
      const d = await loadFlow(meta.id);
      await page.goto(`${BASE}/flows/${d.id}/map`);
      await nodeIds(page);
      const count = await partCount(page);
      const steps: string[] = [];
      const drawn: string[] = [];
      for (let part = 1; part <= count; part++) {
        if (part > 1) await page.goto(`${BASE}/flows/${d.id}/map?part=${part}`);
        steps.push(...(await nodeIds(page)));
        await page.waitForTimeout(100);
        const facts = await mapFacts(page);
        const where = `${d.id} part ${part} of ${count}`;
        expect(facts.minText, `${where}: smallest text on screen`).toBeGreaterThanOrEqual(14 - 0.01);
        expect(facts.map.width, `${where}: map width`).toBeGreaterThanOrEqual(facts.pageWidth - 1);
        expect(facts.map.bottom, `${where}: map reaches the bottom`).toBeGreaterThanOrEqual(1080 - 2);
        expect(facts.map.height, `${where}: map height`).toBeGreaterThanOrEqual(700);
        expect(facts.covered, `${where}: steps under the overview`).toEqual([]);
        expect(facts.cut, `${where}: cut labels`).toEqual([]);
        expect(await overlaps(page), where).toEqual([]);
        drawn.push(
          ...(await page.locator('[data-edge-source]').evaluateAll((els) =>
            els.flatMap((e) => (e.getAttribute('data-edge-events') ?? '').split(' ').map((ev) => `${e.getAttribute('data-edge-source')}|${ev}|${e.getAttribute('data-edge-target')}`)),
          )),
        );
        await page.screenshot({ path: `${SHOTS}/trainer-1920-${d.id}-part${part}.png` });
      }
      expect(steps.sort(), d.id).toEqual([...stateIds(d)].sort());
      expect(drawn.sort(), d.id).toEqual(flowGraph(d).edges.map((e) => `${e.source}|${e.event}|${e.target}`).sort());
    }
    await page.goto(`${BASE}${MAP}`);
    await nodeIds(page);
    await expectAxeClean(page, 'the flow map');
    await page.getByLabel('Large text').check();
    await nodeIds(page);
    const large = await mapFacts(page);
    expect(large.minText, 'large text').toBeGreaterThanOrEqual(18 - 0.01);
    expect(await overlaps(page)).toEqual([]);
    await expectAxeClean(page, 'the flow map in large text');
    await page.screenshot({ path: `${SHOTS}/trainer-1920-large.png` });
    await page.getByLabel('Large text').uncheck();
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);

  it('a go-to box shows the step it stands for, in this part or another', async () => {
    const { page, errors, context } = await openPage(browser, `/flows/hybrid-cert-trust-provisioning/map`, PROJECTOR);
    await nodeIds(page);
    const box = page.locator('[data-ref-part]').first();
    const target = await box.getAttribute('data-ref-to');
    const part = Number(await box.getAttribute('data-ref-part'));
    await box.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('part')).toBe(String(part + 1));
    await page.locator(`[data-node-id="${target}"]`).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('pressing an outcome node opens a demo case on that outcome, in the runner', async () => {
    const { page, errors, context } = await openPage(browser, MAP);
    await nodeIds(page);
    const count = await partCount(page);
    for (let part = 2; part <= count && !(await page.locator('[data-node-id="outResolved"]').count()); part++) {
      await page.getByRole('button', { name: 'Next part' }).click();
      await page.waitForTimeout(150);
    }
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
    const ids = await nodeIds(page);
    const last = ids[ids.length - 1];
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))) !== last; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-node-id'))).toBe(last);
    // The focused node is on screen (the map pans to it).
    const box = await page.locator(`[data-node-id="${last}"]`).boundingBox();
    const map = await page.locator('.react-flow').boundingBox();
    expect(box && map && box.y >= map.y && box.y + box.height <= map.y + map.height).toBe(true);
    await page.keyboard.press('Enter');
    await waitForStep(page, last);
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
    // The part with the current step is shown (the answers taken in a part are drawn thick: see the played path below).
    expect(await page.locator('[data-node-id="signInKind"]').textContent()).toContain('(current step)');
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
    expect(await list.textContent()).not.toMatch(/Not this issue: Not this issue/i);
    await expectAxeClean(page, 'the outline');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('plays a path with the arrow keys, sample evidence analysed; the count matches xstate/graph', async () => {
    const paths = pathList(FLOW, flowGraph(FLOW), outcomePaths(FLOW)).paths;
    const index = paths.findIndex((p) => p.states.includes('checkJoin') && p.events.length >= 4);
    const p = paths[index];
    const { page, errors, context } = await openPage(browser, `${MAP}?view=paths&path=${index + 1}`, PROJECTOR);
    await expect.poll(() => page.getByTestId('path-count').textContent(), { timeout: 15000 }).toContain(`${paths.length} paths`);
    await waitForStep(page, p.states[0]);
    // Autoplay at the fastest pace moves on by itself; Pause stops it.
    await page.getByRole('slider', { name: 'Seconds per step' }).focus();
    await page.keyboard.press('Home');
    await page.getByRole('button', { name: 'Autoplay' }).click();
    await waitForStep(page, p.states[1]);
    await page.getByRole('button', { name: 'Pause' }).click();
    // Autoplay may have moved on once more before the pause on a busy machine: go back to the start.
    for (let i = 0; i < 3 && !(await page.locator(`[data-step-id="${p.states[0]}"]`).count()); i++) {
      await page.getByRole('button', { name: 'Previous' }).click();
      await page.waitForTimeout(200);
    }
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
    // The player scrolls to the answer the path gives.
    const answer = page.locator(`[data-step-id] button[data-event="${p.events[p.events.length - 1].type}"]`);
    if (await answer.count()) {
      await expect.poll(() => answer.evaluate((b) => { const r = b.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; })).toBe(true);
    }
    // The path so far, highlighted on the map.
    await page.getByRole('button', { name: 'Show on the map' }).click();
    await page.locator(`[data-node-id="${p.states[p.states.length - 1]}"][aria-current="step"]`).waitFor();
    expect(await page.locator('.react-flow__edge.is-taken').count()).toBeGreaterThanOrEqual(1);
    await page.getByText(`Showing path ${index + 1} as played`).waitFor();
    await page.screenshot({ path: `${SHOTS}/trainer-1920-played-path.png` });
    await page.getByRole('button', { name: 'Back to the player' }).click();
    await page.getByRole('heading', { name: /step \d+ of/ }).waitFor();
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

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import { flows, loadFlow } from '../../src/flows/registry';
import { outcomePaths, type ExploredPath } from '../../src/flows/shared/explore';
import { replay } from '../../src/flows/shared/replay';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { expectAxeClean, launch, openPage, stepId, waitForStep } from './browser';

/** How a person gives each answer of a path: press a button, fill the step's form, or paste its sample and accept the reading. */
type Move = { kind: 'button' | 'form' | 'paste'; stateId: string; event: EventObject };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function movesFor(d: FlowDescriptor, p: ExploredPath): Move[] | undefined {
  const moves: Move[] = [];
  for (let i = 0; i < p.events.length; i++) {
    const event = p.events[i];
    const stateId = p.states[i];
    const step = d.content.steps[stateId];
    const values = (event as { values?: Record<string, unknown> }).values;
    if (!values) {
      moves.push({ kind: 'button', stateId, event });
      continue;
    }
    if (step.kind !== 'evidence') return undefined;
    const names = new Set((step.fields ?? []).map((f) => f.name));
    if (Object.keys(values).length > 0 && Object.keys(values).every((k) => names.has(k))) {
      moves.push({ kind: 'form', stateId, event });
      continue;
    }
    const ctx = replay(d.machine, p.events.slice(0, i)).snapshot.context;
    const reading = step.sample && step.read ? step.read(analyzeEvidence(step.sample), ctx) : undefined;
    if (!reading || !same(reading.event, event)) return undefined;
    moves.push({ kind: 'paste', stateId, event });
  }
  return moves;
}

/** Two paths a person can drive, ending in different outcomes (different results where possible), shortest first. */
function twoPaths(d: FlowDescriptor): { path: ExploredPath; moves: Move[] }[] {
  const drivable = outcomePaths(d)
    .map((path) => ({ path, moves: movesFor(d, path) }))
    .filter((x): x is { path: ExploredPath; moves: Move[] } => !!x.moves)
    .sort((a, b) => a.path.events.length - b.path.events.length);
  const result = (x: { path: ExploredPath }) => {
    const s = d.content.steps[x.path.end];
    return s.kind === 'outcome' ? s.result : '';
  };
  const resolved = drivable.find((x) => result(x) === 'resolved');
  const first = resolved ?? drivable[0];
  const second = drivable.find((x) => x.path.end !== first.path.end && result(x) !== result(first)) ?? drivable.find((x) => x.path.end !== first.path.end);
  return second ? [first, second] : [first];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(flows.map((f) => f.id))('flow %s in Chromium', (id) => {
  it('is completed to two different outcomes, the way a person answers; axe clean on an evidence step and each outcome', async () => {
    const d = (await loadFlow(id)) as FlowDescriptor;
    const picks = twoPaths(d);
    expect(picks.length).toBe(2);
    let checkedEvidence = false;
    for (const { path, moves } of picks) {
      const { page, errors, context } = await openPage(browser, `/flows/${id}`);
      for (const m of moves) {
        await waitForStep(page, m.stateId);
        const step = page.locator(`[data-step-id="${m.stateId}"]`);
        if (!checkedEvidence && d.content.steps[m.stateId].kind === 'evidence') {
          await expectAxeClean(page, `${id} evidence step ${m.stateId}`);
          checkedEvidence = true;
        }
        if (m.kind === 'button') {
          await step.locator(`button[data-event="${m.event.type}"]`).click();
        } else if (m.kind === 'form') {
          const values = (m.event as unknown as { values: Record<string, unknown> }).values;
          for (const [name, value] of Object.entries(values)) {
            await step.locator(`[id="field-${m.stateId}-${name}"]`).fill(Array.isArray(value) ? value.join('\n') : String(value ?? ''));
          }
          await step.locator('button[type="submit"]').click();
        } else {
          const s = d.content.steps[m.stateId];
          await step.getByRole('textbox', { name: /evidence/i }).fill(s.kind === 'evidence' ? (s.sample ?? '') : '');
          await step.getByRole('button', { name: 'Use this answer' }).click();
        }
      }
      await waitForStep(page, path.end);
      expect(await stepId(page)).toBe(path.end);
      expect(await page.locator('[data-step-id]').getAttribute('data-step-kind')).toBe('outcome');
      await expectAxeClean(page, `${id} outcome ${path.end}`);
      expect(errors).toEqual([]);
      await context.close();
    }
  });
});

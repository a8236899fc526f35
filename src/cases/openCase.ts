import type { FlowId } from '../flows/ids';
import { paths } from '../paths';
import { createCase } from './caseOps';
import { caseStore } from './store';
import type { Case } from './types';

/** Where opening a flow's page with no case in its URL leads, and the history state that goes with it. */
export interface OpenedCase {
  to: string;
  state?: { continued: true };
}

/**
 * Opening a flow's page without a case: the latest unfinished case of that flow that has answers continues;
 * otherwise a new case starts (held in memory until its first answer, so empty cases don't pile up); `hold` is
 * what holds it.
 */
export function openCase(flowId: FlowId, title: string, cases: Case[] = caseStore.list(), hold = caseStore.hold): OpenedCase {
  const existing = cases.find((c) => c.flowId === flowId && c.status === 'in-progress' && c.events.length > 0);
  if (existing) {
    // The step it was left on may still be waiting to be written (rememberPositionSoon).
    caseStore.writePositions();
    const position = caseStore.get(existing.id)?.position ?? existing.position;
    return { to: paths.flowCase(flowId, existing.id, position), state: { continued: true } };
  }
  return { to: startCase(flowId, title, hold) };
}

/** A new case of the flow, held in memory until its first answer; returns the URL of its first step. */
export function startCase(flowId: FlowId, title: string, hold = caseStore.hold): string {
  const c = createCase(flowId, title);
  hold(c);
  return paths.flowCase(flowId, c.id, 0);
}

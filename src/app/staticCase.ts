import type { FlowId } from '../flows/ids';
import { createCase } from '../cases/caseOps';
import { caseStore } from '../cases/store';
import type { Case } from '../cases/types';
import { paths } from '../paths';

/**
 * The case a flow's prerendered page shows (its first step, no answers), under a fixed id. The build renders it
 * (src/app/renderStatic.tsx) and the browser hydrates the same one (src/app/start.tsx), then moves to the
 * visitor's own case.
 */
export const STATIC_CASE_ID = 'prerendered-case';

export function staticCase(flowId: FlowId, title: string): Case {
  return { ...createCase(flowId, title, 0), id: STATIC_CASE_ID };
}

export const staticCaseUrl = (flowId: FlowId) => paths.flowCase(flowId, STATIC_CASE_ID, 0);

/** In the browser, before hydrating a flow's prerendered page: the same case, held in memory; returns its URL. */
export function holdStaticCase(flowId: FlowId, title: string): string {
  caseStore.hold(staticCase(flowId, title));
  return staticCaseUrl(flowId);
}

import type { FlowId } from '../flows/ids';
import { createCase } from '../cases/caseOps';
import { openCase, type OpenedCase } from '../cases/openCase';
import { caseStore } from '../cases/store';
import type { Case } from '../cases/types';
import { paths } from '../paths';

/**
 * The case a flow's prerendered page shows (its first step, no answers), under a fixed id. The build renders it
 * (src/app/renderStatic.tsx); in the browser the visitor's own case takes its place (openVisitorCase).
 */
export const STATIC_CASE_ID = 'prerendered-case';

export function staticCase(flowId: FlowId, title: string): Case {
  return { ...createCase(flowId, title, 0), id: STATIC_CASE_ID };
}

export const staticCaseUrl = (flowId: FlowId) => paths.flowCase(flowId, STATIC_CASE_ID, 0);

/** The URL a flow's prerendered page is hydrated at, and the case to continue once it is (if any). */
export interface VisitorCase {
  url: string;
  continueWith?: OpenedCase;
}

/**
 * In the browser, before hydrating a flow's prerendered page: the case the visitor gets (openCase). A new one is held
 * and the page's links (the map's, the report's: the only places the case's id is drawn) are pointed at it, so the page
 * is hydrated as the visitor's own case and nothing is drawn again. An unfinished case of the flow is continued after
 * hydration instead (its step differs): the static case is held until then (dropStaticCase).
 */
export function openVisitorCase(flowId: FlowId, title: string, root: HTMLElement): VisitorCase {
  const opened = openCase(flowId, title);
  if (opened.state?.continued) {
    caseStore.hold(staticCase(flowId, title));
    return { url: staticCaseUrl(flowId), continueWith: opened };
  }
  const id = new URL(opened.to, location.href).searchParams.get('case') ?? '';
  for (const link of root.querySelectorAll(`a[href*="${STATIC_CASE_ID}"]`)) {
    link.setAttribute('href', link.getAttribute('href')!.replace(STATIC_CASE_ID, id));
  }
  return { url: opened.to };
}

/** The continued case is on screen: the static one goes. */
export function dropStaticCase(): void {
  caseStore.remove(STATIC_CASE_ID);
}

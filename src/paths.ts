
/** Every in-app URL is built here (relative to the router's basename). */
export const paths = {
  home: () => '/',
  cases: () => '/cases',
  triage: () => '/triage',
  flow: (id: string) => `/flows/${id}`,
  flowCase: (id: string, caseId: string, step?: number) =>
    `/flows/${id}?case=${encodeURIComponent(caseId)}${step === undefined ? '' : `&step=${step}`}`,
  flowMap: (id: string, caseId?: string) => `/flows/${id}/map${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`,
  report: (caseId: string) => `/cases/${encodeURIComponent(caseId)}/report`,
  /** A share link: the case travels in the # fragment, never sent to a server. */
  share: (fragment?: string) => `/share${fragment ? `#${fragment}` : ''}`,
};

import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';

/** The app's routes; screens load on demand. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    errorElement: <RouteError />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: async () => ({ Component: (await import('./HomePage')).HomePage }) },
          { path: 'triage', lazy: async () => ({ Component: (await import('./TriagePage')).TriagePage }) },
          { path: 'flows/:flowId/map', lazy: async () => ({ Component: (await import('../trainer/MapPage')).MapPage }) },
          { path: 'flows/:flowId', lazy: async () => ({ Component: (await import('./FlowPage')).FlowPage }) },
          { path: 'cases', lazy: async () => ({ Component: (await import('./CasesPage')).CasesPage }) },
          { path: 'cases/:caseId/report', lazy: async () => ({ Component: (await import('./ReportPage')).ReportPage }) },
          { path: 'share', lazy: async () => ({ Component: (await import('./SharePage')).SharePage }) },
          { path: '*', lazy: async () => ({ Component: (await import('../components/NotFound')).NotFound }) },
        ],
      },
    ],
  },
];

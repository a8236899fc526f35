import type { RouteObject } from 'react-router';
import { Layout } from './Layout';
import { RouteError } from './RouteError';
import { themedRoute } from '../components/themedLazy';

/**
 * The app's routes; screens load on demand. The home page and a flow's screen are plain elements (the flow's parts that
 * use MUI load with its theme when needed: src/components/runnerParts.ts); every other screen loads with MUI's theme
 * (themedRoute).
 */
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
          { path: 'triage', lazy: themedRoute(async () => (await import('./TriagePage')).TriagePage) },
          { path: 'flows/:flowId/map', lazy: themedRoute(async () => (await import('../trainer/MapPage')).MapPage) },
          { path: 'flows/:flowId', lazy: async () => ({ Component: (await import('./FlowPage')).FlowPage }) },
          { path: 'cases', lazy: themedRoute(async () => (await import('./CasesPage')).CasesPage) },
          { path: 'cases/:caseId/report', lazy: themedRoute(async () => (await import('./ReportPage')).ReportPage) },
          { path: 'share', lazy: themedRoute(async () => (await import('./SharePage')).SharePage) },
          { path: '*', lazy: themedRoute(async () => (await import('../components/NotFound')).NotFound) },
        ],
      },
    ],
  },
];

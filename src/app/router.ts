// The router's start-up pieces, in a module of their own so src/main.tsx can load them in a separate task
// (a dynamic import of 'react-router' itself would keep the whole package).
import {
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createRouter as createRouter,
  UNSAFE_defaultMapRouteProperties as mapRouteProperties,
  UNSAFE_hydrationRouteProperties as hydrationRouteProperties,
  type DataRouter,
  type RouteObject,
} from 'react-router';
export { RouterProvider } from 'react-router/dom';

/**
 * What react-router's `createBrowserRouter` does (8.5, `lib/dom/lib.js`: `createRouter({…}).initialize()`) but the last
 * call: the router is built (the routes converted, the first location matched) and src/app/start.tsx initializes it
 * (history listened to, the route's code loaded) in the next task. As one call it was a single task of 8–25 ms in
 * Lighthouse's traces of a first visit: react-router's code running for the first time. Left out, as the app uses none
 * of them: hydration data from a server, a data strategy, route discovery, instrumentation. `tests/e2e/first-visit.e2e.ts`
 * and every end-to-end test start through here.
 */
export function buildBrowserRouter(routes: RouteObject[], basename: string): DataRouter {
  return createRouter({ basename, history: createBrowserHistory(), routes, mapRouteProperties, hydrationRouteProperties });
}

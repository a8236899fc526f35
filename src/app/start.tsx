import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from './router';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { isFlowId } from '../flows/ids';
import { routes } from './routes';
import { theme } from './theme';

/** Mounts the app: theme + router. Over a prerendered page (scripts/prerender.mjs), it replaces it in one go. */
export function start(container: HTMLElement) {
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
  const router = createBrowserRouter(routes, { basename });

  /**
   * The prerendered page's global CSS is dropped once the app has put in its own (its components' CSS stays: emotion
   * adopted it). The marker on #root goes when the page has its heading again (tests and the benchmark wait for it).
   */
  function DropPrerenderStyles() {
    useEffect(() => {
      document.querySelectorAll('style[data-prerender]').forEach((s) => s.remove());
      if (!container.hasAttribute('data-prerendered')) return;
      const done = () => {
        container.removeAttribute('data-prerendered');
        observer.disconnect();
        clearTimeout(timer);
      };
      const observer = new MutationObserver(() => container.querySelector('main h1') && done());
      const timer = setTimeout(done, 3000);
      observer.observe(container, { childList: true, subtree: true });
      if (container.querySelector('main h1')) done();
    }, []);
    return null;
  }

  const app = (
    <StrictMode>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <RouterProvider router={router} useTransitions={false} />
        <DropPrerenderStyles />
      </ThemeProvider>
    </StrictMode>
  );

  /** Resolves when the route's code (and a flow's machine and words) has loaded, so the first render is complete. */
  function routeReady(): Promise<unknown> {
    const ready = router.state.initialized
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const stop = router.subscribe((state) => {
            if (state.initialized) {
              stop();
              resolve();
            }
          });
        });
    const flowId = location.pathname.slice(basename.length).match(/^\/?flows\/([^/]+)\/?$/)?.[1] ?? '';
    if (!isFlowId(flowId)) return ready;
    const flow = import('../flows/registry').then(({ loadFlow }) => loadFlow(flowId)).catch(() => undefined);
    // A flow page opened with no case in its URL: pick the case now, so the first render already shows its step
    // (otherwise the page renders once without it and again, all at once, when it has it).
    const opened = new URLSearchParams(location.search).has('case')
      ? undefined
      : import('../cases/openCase').then(({ openCase }) => openCase).catch(() => undefined);
    return Promise.all([ready, flow, opened]).then(async ([, descriptor, open]) => {
      if (!descriptor || !open) return;
      const { to, state } = open(flowId, descriptor.title);
      await router.navigate(to, { replace: true, state });
    });
  }

  const root = createRoot(container);
  if (container.hasAttribute('data-prerendered')) {
    // The static page stays on screen until the app can replace it whole; rendering in a transition lets
    // React work in small slices, so the page stays responsive while it starts.
    void routeReady().then(() => startTransition(() => root.render(app)));
  } else {
    root.render(app);
  }
}

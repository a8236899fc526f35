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
   * The prerendered page's CSS is dropped once the app has put in its own. The marker on #root (which keeps the
   * footer below the fold, see global.css) goes when the page has its heading again: a flow page first renders
   * empty while it opens the case, and the footer must not jump up and down meanwhile.
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
    const flow = isFlowId(flowId) ? import('../flows/registry').then(({ loadFlow }) => loadFlow(flowId)).catch(() => undefined) : undefined;
    return Promise.all([ready, flow]);
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

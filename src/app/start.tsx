import { StrictMode, startTransition, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { isFlowId } from '../flows/ids';
import { loadFlow } from '../flows/registry';
import { routes } from './routes';
import { theme } from './theme';

/** Mounts the app: theme + router. Over a prerendered page (scripts/prerender.mjs), it replaces it in one go. */
export function start(container: HTMLElement) {
  const basename = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';
  const router = createBrowserRouter(routes, { basename });

  /** The prerendered page's CSS is dropped once the app has put in its own. */
  function DropPrerenderStyles() {
    useEffect(() => {
      document.querySelectorAll('style[data-prerender]').forEach((s) => s.remove());
      container.removeAttribute('data-prerendered');
    }, []);
    return null;
  }

  const app = (
    <StrictMode>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <RouterProvider router={router} />
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
    return Promise.all([ready, isFlowId(flowId) ? loadFlow(flowId).catch(() => undefined) : undefined]);
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

import { lazy, StrictMode, startTransition, Suspense, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { buildBrowserRouter, RouterProvider } from './router';
import type { DataRouter } from 'react-router';
import { isFlowId } from '../flows/ids';
import type { OpenedCase } from '../cases/openCase';
import type { VisitorCase } from './staticCase';
import { flowMeta, loadFlow } from '../flows/registry';
import { routes } from './routes';
import { flowScreenDrawn } from './firstScreen';
import { langTag, locale } from '../words/locale';

const BaseStyles = lazy(() => import('./BaseStyles'));

/**
 * Mounts the app: the router (MUI's theme comes with each screen that uses MUI: src/components/themedLazy.tsx). A
 * prerendered page (scripts/prerender.mjs, `data-prerendered="<its path>"` on #root) is hydrated: React keeps its DOM and only attaches the app to it. Any other page starts from the empty shell.
 */
export async function start(container: HTMLElement) {
  const base = import.meta.env.BASE_URL;
  const basename = base.replace(/\/$/, '') || '/';
  const here = decodeURIComponent(location.pathname.slice(basename.length)).replace(/^\/+|\/+$/g, '');
  const flowId = here.match(/^flows\/([^/]+)$/)?.[1] ?? '';
  const withCase = new URLSearchParams(location.search).has('case');
  const page = container.getAttribute('data-prerendered');
  // Only when it differs: setting the attribute, even to the same value, makes the browser restyle the whole page.
  if (document.documentElement.lang !== langTag()) document.documentElement.lang = langTag();
  // A link into a case in progress, a host that served a prerendered page for another URL, or another language than
  // the prerendered English: start from empty.
  const hydrate = page !== null && page === here && !withCase && locale() === 'en';
  const meta = isFlowId(flowId) ? flowMeta(flowId) : undefined;

  // The first render must be complete (no "HydrateFallback", no loading spinner over the static page): the route's
  // code, and a flow's machine and words, load first (started now, in parallel with the rest).
  const flowReady = meta ? settled(loadFlow(meta.id)) : Promise.resolve(true);
  let visitor: VisitorCase | undefined;
  if (hydrate && meta) {
    // The prerendered flow page shows a new case at its first step: it is hydrated as the visitor's own new case, or,
    // when the visitor has an unfinished case of this flow, as the static one until that case is continued
    // (staticCase.ts). Loaded here only: the home page doesn't need it.
    const { openVisitorCase } = await import('./staticCase');
    // In a task of its own (it reads the stored cases): the flow's code started loading in this one.
    await nextTask();
    visitor = openVisitorCase(meta.id, meta.title, container);
    history.replaceState(history.state, '', `${basename === '/' ? '' : basename}${visitor.url}`);
  }
  // The router is built in a task of its own (the runner's code was evaluated in this one) and started in the next.
  await nextTask();
  const router = buildBrowserRouter(routes, basename);
  await nextTask();
  router.initialize();

  /** After the first commit, once the flow's screen is in place: an unfinished case is continued; the marker on #root goes. */
  function Started() {
    useEffect(() => {
      performance.mark('whfb:committed');
      const done = () => {
        performance.mark('whfb:started');
        container.removeAttribute('data-prerendered');
        container.removeAttribute('aria-busy');
      };
      if (!hydrate || !meta) return done();
      // After the flow's own screen is hydrated (not while it still is: see firstScreen.ts); at once if it failed.
      const failed = flowReady.then((ok) => (ok ? new Promise<never>(() => {}) : undefined));
      void Promise.race([flowScreenDrawn, failed])
        .then(() => visitor?.continueWith && continueCase(visitor.continueWith))
        .finally(done);
    }, []);
    return null;
  }

  async function continueCase({ to, state }: OpenedCase) {
    const { dropStaticCase } = await import('./staticCase');
    await router.navigate(to, { replace: true, state });
    dropStaticCase();
  }

  const app = (
    <StrictMode>
      <RouterProvider router={router} useTransitions={false} />
      <Started />
      {/* A page the build did not write (the development server) has no theme variables and base styles yet. */}
      {!staticThemeVars() && (
        <Suspense fallback={null}>
          <BaseStyles />
        </Suspense>
      )}
    </StrictMode>
  );

  await Promise.all([initialized(router), flowReady]);
  // Hydration starts in a task of its own: the flow's code (its machine and words) was evaluated in the last one.
  await nextTask();
  performance.mark('whfb:render');
  if (hydrate) {
    // In a transition, React hydrates in short slices: the page stays responsive (no long task) while it starts.
    startTransition(() => {
      hydrateRoot(container, app, {
        // A static page that doesn't match the app's first render (tests fail on this message).
        onRecoverableError(error, info) {
          console.error('Hydration failed, the page was rendered again:', error, info.componentStack ?? '');
        },
      });
    });
  } else {
    container.replaceChildren();
    createRoot(container).render(app);
  }
}

/** The next task: what follows runs after the browser has had a chance to paint and handle input. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The build wrote the theme's CSS variables and MUI's base styles into the page (`<style data-theme-vars>`,
 * scripts/prerender.mjs): nothing writes them again while the page starts.
 */
function staticThemeVars(): boolean {
  return document.querySelector('style[data-theme-vars]') !== null;
}

function initialized(router: DataRouter): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
  });
}

/**
 * Marks a loaded promise the way React's `use` does once it has seen it resolve, so the flow page's `use(loadFlow())`
 * renders at once during hydration instead of suspending (and then re-rendering the static page).
 */
async function settled<T>(promise: Promise<T>): Promise<boolean> {
  try {
    const value = await promise;
    Object.assign(promise, { status: 'fulfilled', value });
    return true;
  } catch {
    return false; // the flow page shows the error itself
  }
}

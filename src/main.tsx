import './app/global.css';
import { finishUpdate } from './app/serviceWorker';

// A chunk from an older deployment is gone (no service worker yet): load the new version once, whole.
window.addEventListener('vite:preloadError', (event) => {
  if (sessionStorage.getItem('reloaded-for-update') === location.href) return;
  sessionStorage.setItem('reloaded-for-update', location.href);
  event.preventDefault();
  location.reload();
});
// A "Reload" into a new version that had to leave the page before that version took over: load once more, new.
finishUpdate();

const container = document.getElementById('root')!;
/** User Timing marks ("whfb:react", …): where a first visit's time goes, in a trace or Lighthouse's report. */
const mark = (name: string) => performance.mark(`whfb:${name}`);
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
/**
 * A prerendered page is shown before any of the app's code is fetched or run: the app starts once the browser reports
 * the page's first contentful paint (at once for the empty shell, which has nothing to paint; after half a second at
 * most, for a browser that doesn't report paints or a tab in the background, which paints nothing).
 */
function painted(): Promise<void> {
  if (!container.hasAttribute('data-prerendered') || typeof PerformanceObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length) done();
    });
    const timer = setTimeout(done, 500);
    try {
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done();
    }
  });
}

/**
 * Starts the app in a few separate tasks (React, the router, the runner and the static step's part on a flow page or MUI's theme where the page uses it, the routes and screens) so the main
 * thread is never blocked for long on a slow laptop. A prerendered page (scripts/prerender.mjs) is already on
 * screen; start.tsx hydrates it.
 */
async function boot() {
  await painted();
  // A flow page's step heading gets focus now, as the runner gives it once started (useFocusHeading, then a no-op):
  // before React listens to focus events it costs no event handling, and a keyboard user can start at once.
  if (container.getAttribute('data-prerendered')?.startsWith('flows/')) document.getElementById('step-heading')?.focus();
  await import('react-dom/client');
  mark('react');
  await nextTask();
  // The router's package (its own chunk) before the runner's, which uses it: each is evaluated in a task of its own.
  await import('./app/router');
  mark('router');
  await nextTask();
  // MUI's theme in a task of its own, on pages that use it: a page with no static copy other than a flow's (the cases
  // list, the map…). The home page and a flow's first step (a question, or an evidence form) are plain elements; a
  // flow's MUI parts load when needed (runnerParts.ts).
  const page = container.getAttribute('data-prerendered');
  if (page?.startsWith('flows/')) {
    // The runner's code (its chunk: xstate, the case store, the screens) is run in a task of its own, before the flow's.
    const { preloadStaticParts } = await import('./components/runnerParts');
    mark('runner');
    await nextTask();
    // A flow's static step drawn by a part that loads on use (the evidence form): loaded before hydration.
    const parts = preloadStaticParts(container);
    if (parts) {
      await parts;
      mark('parts');
      await nextTask();
    }
  } else if (page === null ? !/\/flows\/[^/]+\/?$/.test(location.pathname) : !!container.querySelector('[class*="Mui"]')) {
    await import('./components/Themed');
    mark('theme');
    await nextTask();
  }
  await import('./app/routes');
  mark('routes');
  await nextTask();
  const { start } = await import('./app/start');
  await start(container);
}

void boot();

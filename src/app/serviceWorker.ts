/** Set when "Reload" had to leave the page before the new version took over (update()); read by finishUpdate(). */
const FINISH_KEY = 'whfb:finish-update';
/** How long the new version gets to take over while this page stays open, before the page is left anyway. */
export const TAKE_OVER_MS = 1500;
/** How many times a page is left for a new version that has not taken over (each try frees the old one again). */
export const MAX_TRIES = 3;

/** Leaves the page (reloads it) for the `tries`-th time; the page that loads next goes on (finishUpdate). */
function leave(tries: number) {
  try {
    sessionStorage.setItem(FINISH_KEY, String(tries));
  } catch {
    // no session storage: this reload still lets the new version take over; the next load shows it
  }
  window.location.reload();
}

/**
 * Registers the build's service worker (vite-plugin-pwa's `sw.js`, registerType "prompt") in a few lines instead of
 * `virtual:pwa-register` + workbox-window (2.8 KB gzip on every first visit). Same behaviour: a new version that has
 * installed waits; `onNeedRefresh` says so; the returned function lets it take over and reloads the page once it has.
 */
export function registerServiceWorker({ onNeedRefresh, onRegistered }: { onNeedRefresh: () => void; onRegistered?: (r: ServiceWorkerRegistration) => void }) {
  const base = import.meta.env.BASE_URL;
  const sw = navigator.serviceWorker;
  let prompted = false;
  // Once a new version is waiting, this page reloads when it takes over (from this tab's "Reload" or another's).
  const needRefresh = () => {
    if (prompted) return;
    prompted = true;
    sw.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    onNeedRefresh();
  };
  const registration = sw.register(`${base}sw.js`, { scope: base }).then((r) => {
    // A new version that installed while this page (the old one) was in charge.
    const watch = (worker: ServiceWorker | null) => {
      if (!worker) return;
      const check = () => {
        if (worker.state === 'installed' && sw.controller) needRefresh();
      };
      check();
      worker.addEventListener('statechange', check);
    };
    if (r.waiting && sw.controller) needRefresh();
    else watch(r.installing);
    r.addEventListener('updatefound', () => watch(r.installing));
    onRegistered?.(r);
    return r;
  });
  registration.catch(() => undefined); // no service worker (blocked, private mode): the app works without one
  /**
   * The waiting version takes over (workbox's SKIP_WAITING message); the page reloads when it is in charge. Chromium
   * may hold the old version busy for as long as this page stays open (seen when the page was still loading code
   * through it as a step changed), so the new one waits for the page to go: then the page goes (reloads) after a
   * moment, and the reloaded page, still served by the old version, loads once more when the new one is in charge.
   */
  return async function update() {
    const r = await registration.catch(() => undefined);
    const waiting = r?.waiting;
    if (!waiting) return;
    waiting.postMessage({ type: 'SKIP_WAITING' });
    // Still waiting: it has not taken over (once it has, the registration no longer lists it as waiting).
    setTimeout(() => {
      if (r.waiting === waiting) leave(1);
    }, TAKE_OVER_MS);
  };
}

/**
 * At start: a page reloaded by update() before the new version took over was served by the old version; once the
 * new one is in charge, it loads once more (once: the mark is gone by then). If this page holds the old version
 * too, it is left again, MAX_TRIES times in all. Costs one storage read on a page a worker serves, nothing on a first visit.
 */
export function finishUpdate(): void {
  // Only a page a worker serves can be the reload of one: a first visit doesn't touch storage (its first access costs
  // a fresh tab several milliseconds before the first paint).
  if (!navigator.serviceWorker?.controller) return;
  let tries = 0;
  try {
    tries = Number(sessionStorage.getItem(FINISH_KEY));
    if (!tries) return;
    sessionStorage.removeItem(FINISH_KEY);
  } catch {
    return;
  }
  void navigator.serviceWorker
    .getRegistration(import.meta.env.BASE_URL)
    .then((r) => {
      const next = r?.waiting ?? r?.active;
      if (!next) return;
      if (next.state === 'activated') return window.location.reload();
      let done = false;
      const check = () => {
        if (done || next.state !== 'activated') return;
        done = true;
        window.location.reload();
      };
      next.addEventListener('statechange', check);
      if (tries < MAX_TRIES)
        setTimeout(() => {
          if (done) return;
          done = true;
          leave(tries + 1);
        }, TAKE_OVER_MS);
    })
    .catch(() => undefined);
}

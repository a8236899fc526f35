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
  /** The waiting version takes over (workbox's SKIP_WAITING message); the page reloads when it is in charge. */
  return async function update() {
    const r = await registration.catch(() => undefined);
    r?.waiting?.postMessage({ type: 'SKIP_WAITING' });
  };
}

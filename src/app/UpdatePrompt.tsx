import { Suspense, useEffect, useRef, useState } from 'react';
import { registerServiceWorker } from './serviceWorker';
import { whenIdle } from '../idle';
import { themedLazy } from '../components/themedLazy';

const UpdateSnackbar = themedLazy(async () => (await import('./UpdateSnackbar')).default);
const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker (production builds only) and, when a new version has been deployed and
 * downloaded, offers "Reload". The new version takes over only then, for every open page at once:
 * never a half-old app. It registers once the page has loaded and the browser is idle, off the critical path
 * (src/app/serviceWorker.ts).
 */
export function UpdatePrompt() {
  const [needRefresh, setNeedRefresh] = useState(false);
  const update = useRef<() => Promise<void>>(undefined);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    let cancelWaiting = () => {};
    // After the page has loaded and the browser is idle: installing the worker downloads the whole app for offline
    // use, which would otherwise compete with the page's own start (network, and CPU on a small laptop).
    const register = () => {
      cancelWaiting = whenIdle(start, 3000);
    };
    const start = () => {
      if (!live) return;
      try {
        update.current = registerServiceWorker({
          onNeedRefresh: () => {
            if (live) setNeedRefresh(true);
          },
          onRegistered: (registration) => {
            // Long-open tabs (a technician's jump box) still hear about new versions.
            if (live) timer = setInterval(() => void registration.update().catch(() => undefined), HOUR);
          },
        });
      } catch {
        // no service worker here (private mode in some browsers): the app works without one
      }
    };
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      live = false;
      window.removeEventListener('load', register);
      cancelWaiting();
      if (timer) clearInterval(timer);
    };
  }, []);

  if (!needRefresh) return null;
  return (
    <Suspense fallback={null}>
      <UpdateSnackbar onReload={() => void update.current?.()} onLater={() => setNeedRefresh(false)} />
    </Suspense>
  );
}

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { registerServiceWorker } from './serviceWorker';

const UpdateSnackbar = lazy(() => import('./UpdateSnackbar'));
const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker (production builds only) and, when a new version has been deployed and
 * downloaded, offers "Reload". The new version takes over only then, for every open page at once:
 * never a half-old app. It registers after the first render, off the critical path (src/app/serviceWorker.ts).
 */
export function UpdatePrompt() {
  const [needRefresh, setNeedRefresh] = useState(false);
  const update = useRef<() => Promise<void>>(undefined);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
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
    return () => {
      live = false;
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

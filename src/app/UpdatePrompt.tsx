/// <reference types="vite-plugin-pwa/vanillajs" />
import { lazy, Suspense, useEffect, useRef, useState } from 'react';

const UpdateSnackbar = lazy(() => import('./UpdateSnackbar'));
const HOUR = 60 * 60 * 1000;

/**
 * Registers the service worker (production builds only) and, when a new version has been deployed and
 * downloaded, offers "Reload". The new version takes over only then, for every open page at once:
 * never a half-old app. The registration code loads after the first render, off the critical path.
 */
export function UpdatePrompt() {
  const [needRefresh, setNeedRefresh] = useState(false);
  const update = useRef<(reload?: boolean) => Promise<void>>(undefined);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let live = true;
    let timer: ReturnType<typeof setInterval> | undefined;
    import('virtual:pwa-register')
      .then(({ registerSW }) => {
        if (!live) return;
        update.current = registerSW({
          immediate: true,
          onNeedRefresh: () => setNeedRefresh(true),
          onRegisteredSW: (_url, registration) => {
            // Long-open tabs (a technician's jump box) still hear about new versions.
            if (registration) timer = setInterval(() => void registration.update().catch(() => undefined), HOUR);
          },
        });
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (timer) clearInterval(timer);
    };
  }, []);

  if (!needRefresh) return null;
  return (
    <Suspense fallback={null}>
      <UpdateSnackbar onReload={() => void update.current?.(true)} onLater={() => setNeedRefresh(false)} />
    </Suspense>
  );
}

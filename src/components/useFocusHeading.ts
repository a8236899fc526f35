import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to a heading whenever `key` changes, so screen readers hear the new screen. It waits for the
 * next frame: focusing needs layout, and the browser lays the new screen out then anyway, so the new step reaches
 * the page without an extra forced layout.
 */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => ref.current?.focus({ preventScroll: false }));
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return ref;
}

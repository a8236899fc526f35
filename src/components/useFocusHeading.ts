import { useEffect, useRef } from 'react';

/** Moves keyboard focus to a heading whenever `key` changes, so screen readers hear the new screen. */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: false });
  }, [key]);
  return ref;
}

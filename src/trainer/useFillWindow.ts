import { useLayoutEffect, useState } from 'react';

export interface Fill {
  /** Left margin that takes the box to the window's left edge, px. */
  ml: number;
  /** The window's width without its scroll bar, px (0 until measured). */
  width: number;
  /** From the box's top to the bottom of the window, px. */
  height: number;
}

/** Sizes a box to take the whole width of the window and the rest of its height (the map on a projector). */
export function useFillWindow(ref: React.RefObject<HTMLElement | null>, minHeight = 440): Fill {
  const [fill, setFill] = useState<Fill>({ ml: 0, width: 0, height: minHeight });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el?.parentElement) return;
    const measure = () => {
      const parent = el.parentElement!.getBoundingClientRect();
      const top = parent.top + window.scrollY;
      const next = { ml: -Math.round(parent.left), width: document.documentElement.clientWidth, height: Math.max(minHeight, Math.floor(window.innerHeight - top)) };
      setFill((old) => (old.ml === next.ml && old.width === next.width && old.height === next.height ? old : next));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  });
  return fill;
}

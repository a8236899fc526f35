import { lazy, memo, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';

type Loader<P> = () => Promise<ComponentType<P>>;

async function withTheme<P extends object>(load: Loader<P>): Promise<ComponentType<P>> {
  const [Screen, { Themed }] = await Promise.all([load(), import('./Themed')]);
  return function ThemedScreen(props: P) {
    return (
      <Themed>
        <Screen {...props} />
      </Themed>
    );
  };
}

/** React.lazy for a component that uses MUI: its code and MUI's theme load together, on first use. */
export function themedLazy<P extends object>(load: Loader<P>) {
  return lazy(async () => ({ default: await withTheme(load) }));
}

/** A route's `lazy` for a screen that uses MUI: the screen's code and MUI's theme load together. */
export function themedRoute<P extends object>(load: Loader<P>) {
  return async () => ({ Component: (await withTheme(load)) as ComponentType });
}

/** What a part shows while its code loads: nothing to see; `data-part-loading` tells tests (and a trace) it is coming. */
const LOADING = <span data-part-loading="" hidden />;

/** A part of a plain screen whose code loads on first use, or ahead of it (`preload`). */
export interface LazyPart<P> {
  (props: P): ReactNode;
  /** Starts loading the part (once); resolves when it can be drawn without waiting. */
  preload: () => Promise<unknown>;
}

/** lazyPart for a part that uses MUI: its code and MUI's theme load together. */
export function themedPart<P extends object>(load: Loader<P>): LazyPart<P> {
  return lazyPart(() => withTheme(load));
}

/**
 * React.lazy with its own Suspense boundary (the screen around it stays drawn while it loads, with a hidden marker in
 * the part's place) and a `preload` for when the part is likely next (a pointer over the step, a focused button). A part mounted after
 * its code has arrived is drawn in the same render, with no empty frame; one mounted before keeps its lazy wrapper for
 * its whole life, so its state survives the code arriving. The boundary is the same either way, so the static page and
 * hydration agree.
 */
export function lazyPart<P extends object>(load: Loader<P>): LazyPart<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // a failed download can be tried again (the next use shows the route's error panel)
        throw e;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Part(props: P) {
    const [Now] = useState(() => loaded);
    const [, arrived] = useState(false);
    useEffect(() => {
      if (Now) return;
      let live = true;
      // Drawn as soon as its code is here: React holds back showing a Suspense boundary's content when it retries by
      // itself (until 300 ms after its fallback appeared, so a first move to an outcome drew its card 330 ms after
      // the click); an update of the part's own is drawn at once. A failure is the lazy wrapper's to show.
      void preload().then(
        () => live && arrived(true),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [Now]);
    const Shown = (Now ?? Lazy) as ComponentType<P>;
    return (
      <Suspense fallback={LOADING}>
        <Shown {...props} />
      </Suspense>
    );
  }
  // Memoised: a step move that passes the same props (the message bar, a dialog) doesn't draw the part again.
  return Object.assign(memo(Part), { preload }) as unknown as LazyPart<P>;
}

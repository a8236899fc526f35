import { lazy, type ComponentType } from 'react';

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

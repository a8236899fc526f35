import type { Mode } from './colorModes';

/**
 * The colour mode (system, light or dark) without MUI: the page frame and the home page render no MUI component, so
 * they don't load MUI's theme provider to switch colours. The stored choice and the attribute on <html> are MUI's own
 * ("mui-mode" in localStorage; data-light / data-dark, which index.html's inline script sets before the first paint),
 * so the theme providers of MUI screens (src/components/Themed.tsx) read and write the same.
 */
const KEY = 'mui-mode';
const listeners = new Set<() => void>();
/** The system's scheme, watched while anything listens (one query: a listener is removed from the list it was added to). */
let systemScheme: MediaQueryList | undefined;

export function readMode(): Mode {
  try {
    const m = globalThis.localStorage?.getItem(KEY);
    return m === 'light' || m === 'dark' ? m : 'system';
  } catch {
    return 'system'; // storage blocked: the system's scheme
  }
}

function systemDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Sets data-light or data-dark on <html> for the mode; touches the attributes only when they change. */
export function applyMode(mode: Mode = readMode()): void {
  const scheme = mode === 'system' ? (systemDark() ? 'dark' : 'light') : mode;
  const other = scheme === 'dark' ? 'light' : 'dark';
  const root = document.documentElement;
  if (root.hasAttribute(`data-${other}`)) root.removeAttribute(`data-${other}`);
  if (!root.hasAttribute(`data-${scheme}`)) root.setAttribute(`data-${scheme}`, '');
}

function changed(): void {
  applyMode();
  listeners.forEach((l) => l());
}

function onStorage(e: StorageEvent): void {
  if (e.key === KEY || e.key === null) changed();
}

/** Stores the choice, applies it, and tells MUI's providers on this page as another tab's change would. */
export function setMode(mode: Mode): void {
  try {
    localStorage.setItem(KEY, mode);
  } catch {
    // storage blocked: the choice lasts for this page
  }
  applyMode(mode);
  listeners.forEach((l) => l());
  try {
    window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: mode }));
  } catch {
    // no StorageEvent constructor: MUI's providers pick the choice up when they next mount
  }
}

/** For useSyncExternalStore: the choice changes here, in another tab, or (in system mode) with the system's scheme. */
export function subscribeMode(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    window.addEventListener('storage', onStorage);
    systemScheme = typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : undefined;
    systemScheme?.addEventListener('change', changed);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size) return;
    window.removeEventListener('storage', onStorage);
    systemScheme?.removeEventListener('change', changed);
    systemScheme = undefined;
  };
}

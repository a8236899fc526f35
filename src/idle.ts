/**
 * Runs `fn` when the browser is next idle, within `timeout` ms at the latest (a tenth of it where the browser has no
 * idle callbacks); returns what cancels it (an effect's cleanup, or a forced run's).
 */
export function whenIdle(fn: () => void, timeout = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => fn(), { timeout });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(fn, timeout / 10);
  return () => clearTimeout(timer);
}

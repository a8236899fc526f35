import { useSyncExternalStore } from 'react';

/**
 * The Redact setting, one for the whole app: the report and the share dialog follow the same switch,
 * and it is remembered for the browser session, so turning redaction on once keeps it on.
 */
const KEY = 'whfb:redact';
const listeners = new Set<() => void>();

function read(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(KEY) === '1';
  } catch {
    return memory;
  }
}
let memory = false;

export function setRedactSetting(on: boolean): void {
  memory = on;
  try {
    globalThis.sessionStorage?.setItem(KEY, on ? '1' : '0');
  } catch {
    // Storage refused: the setting lasts until reload.
  }
  for (const l of listeners) l();
}

function subscribe(l: () => void) {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function useRedactSetting(): [boolean, (on: boolean) => void] {
  const on = useSyncExternalStore(subscribe, () => read() || memory, () => false);
  return [on, setRedactSetting];
}

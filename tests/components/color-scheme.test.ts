import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyMode, readMode, setMode, subscribeMode } from '../../src/app/colorScheme';

const attrs = () => [document.documentElement.hasAttribute('data-light'), document.documentElement.hasAttribute('data-dark')];

afterEach(() => {
  localStorage.clear();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('data-light');
  document.documentElement.removeAttribute('data-dark');
});

describe('colour mode without MUI (the page frame)', () => {
  it('reads the stored choice under MUI\'s key, and anything else as "system"', () => {
    expect(readMode()).toBe('system');
    localStorage.setItem('mui-mode', 'dark');
    expect(readMode()).toBe('dark');
    localStorage.setItem('mui-mode', '<img src=x onerror=alert(1)>');
    expect(readMode()).toBe('system');
  });

  it('a choice is stored, applied to <html>, and announced as a storage event (what MUI\'s providers listen to)', () => {
    const heard: (string | null)[] = [];
    const onStorage = (e: StorageEvent) => heard.push(`${e.key}=${e.newValue}`);
    window.addEventListener('storage', onStorage);
    const listener = vi.fn();
    const stop = subscribeMode(listener);
    setMode('dark');
    expect(localStorage.getItem('mui-mode')).toBe('dark');
    expect(attrs()).toEqual([false, true]);
    expect(heard).toEqual(['mui-mode=dark']);
    expect(listener).toHaveBeenCalled();
    setMode('light');
    expect(attrs()).toEqual([true, false]);
    stop();
    window.removeEventListener('storage', onStorage);
  });

  it('follows a choice made in another tab', () => {
    const listener = vi.fn();
    const stop = subscribeMode(listener);
    localStorage.setItem('mui-mode', 'dark');
    window.dispatchEvent(new StorageEvent('storage', { key: 'mui-mode', newValue: 'dark' }));
    expect(attrs()).toEqual([false, true]);
    expect(listener).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new StorageEvent('storage', { key: 'something-else', newValue: 'x' }));
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('"system" follows the system\'s scheme', () => {
    vi.stubGlobal('matchMedia', (q: string) => ({ matches: q.includes('dark'), addEventListener() {}, removeEventListener() {} }));
    applyMode('system');
    expect(attrs()).toEqual([false, true]);
    vi.unstubAllGlobals();
  });

  it('stops watching the system\'s scheme once nothing listens (the listener leaves the list it joined)', () => {
    const queries: { added: number; removed: number }[] = [];
    vi.stubGlobal('matchMedia', () => {
      const q = { added: 0, removed: 0, matches: false };
      queries.push(q);
      return { ...q, addEventListener: () => q.added++, removeEventListener: () => q.removed++, get matches() { return false; } };
    });
    const stopA = subscribeMode(() => {});
    const stopB = subscribeMode(() => {});
    stopA();
    stopB();
    expect(queries.filter((q) => q.added).map((q) => [q.added, q.removed])).toEqual([[1, 1]]);
    vi.unstubAllGlobals();
  });

  it('blocked storage: the choice still applies to the page, nothing throws', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(() => setMode('dark')).not.toThrow();
    expect(attrs()).toEqual([false, true]);
    expect(readMode()).toBe('system');
  });
});

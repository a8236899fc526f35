import { afterEach, describe, expect, it, vi } from 'vitest';
import { finishUpdate, MAX_TRIES, registerServiceWorker, TAKE_OVER_MS } from '../../src/app/serviceWorker';

/** A fake navigator.serviceWorker with one registration. */
function fakeContainer({ controlled, waiting }: { controlled: boolean; waiting: boolean }) {
  const posted: unknown[] = [];
  const container = new EventTarget() as EventTarget & { controller: unknown; register: ReturnType<typeof vi.fn> };
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? { postMessage: (m: unknown) => posted.push(m) } : null,
    installing: null,
    update: vi.fn(),
  });
  container.controller = controlled ? {} : null;
  container.register = vi.fn(async () => registration);
  Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: container });
  /** The waiting version takes over, as a browser reports it: no longer waiting, then a new controller. */
  const takeOver = () => {
    registration.waiting = null;
    container.controller = {};
    container.dispatchEvent(new Event('controllerchange'));
  };
  return { container, posted, takeOver };
}

/** Stands in for location.reload (jsdom has none). */
function spyReload() {
  const reload = vi.fn();
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
  return reload;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
  sessionStorage.clear();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('service worker registration', () => {
  it('registers sw.js at the base path; a first install offers no update', async () => {
    const { container } = fakeContainer({ controlled: false, waiting: false });
    const onNeedRefresh = vi.fn();
    const onRegistered = vi.fn();
    registerServiceWorker({ onNeedRefresh, onRegistered });
    await vi.waitFor(() => expect(onRegistered).toHaveBeenCalled());
    expect(container.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
    expect(onNeedRefresh).not.toHaveBeenCalled();
  });

  it('a new version waiting: says so; "Reload" lets it take over and the page reloads once it is in charge', async () => {
    const { posted, takeOver } = fakeContainer({ controlled: true, waiting: true });
    const onNeedRefresh = vi.fn();
    const reload = spyReload();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const update = registerServiceWorker({ onNeedRefresh });
    await vi.waitFor(() => expect(onNeedRefresh).toHaveBeenCalledTimes(1));
    await update();
    expect(posted).toEqual([{ type: 'SKIP_WAITING' }]);
    takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(TAKE_OVER_MS * 2);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(sessionStorage.length).toBe(0);
  });

  it('the old version stays busy while the page is open: the page reloads anyway, and loads once more when the new version is in charge', async () => {
    const { posted } = fakeContainer({ controlled: true, waiting: true });
    const reload = spyReload();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const update = registerServiceWorker({ onNeedRefresh: vi.fn() });
    await update();
    expect(posted).toEqual([{ type: 'SKIP_WAITING' }]);
    vi.advanceTimersByTime(TAKE_OVER_MS - 1);
    expect(reload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(reload).toHaveBeenCalledTimes(1);
    vi.useRealTimers();

    // The reloaded page: the new version is taking over (the old one was freed when the page went).
    reload.mockClear();
    const next = Object.assign(new EventTarget(), { state: 'activating' });
    const getRegistration = vi.fn(async () => ({ waiting: null, active: next }));
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration, controller: {} } });
    finishUpdate();
    await vi.waitFor(() => expect(getRegistration).toHaveBeenCalledWith('/'));
    expect(reload).not.toHaveBeenCalled();
    next.state = 'activated';
    next.dispatchEvent(new Event('statechange'));
    expect(reload).toHaveBeenCalledTimes(1);
    // Once: the page that loads next finds nothing to finish.
    finishUpdate();
    expect(getRegistration).toHaveBeenCalledTimes(1);
  });

  it('the reloaded page holds the old version too: it is left again, a few times at most', async () => {
    const reload = spyReload();
    const waiting = Object.assign(new EventTarget(), { state: 'installed' });
    const getRegistration = vi.fn(async () => ({ waiting, active: { state: 'activated' } }));
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration, controller: {} } });
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    sessionStorage.setItem('whfb:finish-update', '1');
    for (let tries = 1; tries < MAX_TRIES; tries++) {
      finishUpdate();
      await vi.waitFor(() => expect(getRegistration).toHaveBeenCalledTimes(tries));
      vi.advanceTimersByTime(TAKE_OVER_MS);
      expect(reload).toHaveBeenCalledTimes(tries);
      expect(sessionStorage.getItem('whfb:finish-update')).toBe(String(tries + 1));
    }
    // The last try waits for the new version however long it takes (the prompt still offers it if it never comes).
    finishUpdate();
    await vi.waitFor(() => expect(getRegistration).toHaveBeenCalledTimes(MAX_TRIES));
    vi.advanceTimersByTime(TAKE_OVER_MS * 10);
    expect(reload).toHaveBeenCalledTimes(MAX_TRIES - 1);
    expect(sessionStorage.getItem('whfb:finish-update')).toBeNull();
  });

  it('an ordinary start finishes nothing and does not ask for the registration', () => {
    const getRegistration = vi.fn();
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration, controller: {} } });
    finishUpdate();
    expect(getRegistration).not.toHaveBeenCalled();
  });

  it('a first visit (no worker serves the page) does not even read the mark', () => {
    const getRegistration = vi.fn();
    Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: { getRegistration, controller: null } });
    sessionStorage.setItem('whfb:finish-update', '1');
    const read = vi.spyOn(Storage.prototype, 'getItem');
    finishUpdate();
    expect(read).not.toHaveBeenCalled();
    expect(getRegistration).not.toHaveBeenCalled();
    read.mockRestore();
    sessionStorage.removeItem('whfb:finish-update');
  });

  it('storage or policy refuses the worker: no error escapes, the app goes on', async () => {
    const { container } = fakeContainer({ controlled: false, waiting: false });
    container.register.mockRejectedValue(new DOMException('blocked', 'SecurityError'));
    const update = registerServiceWorker({ onNeedRefresh: vi.fn() });
    await expect(update()).resolves.toBeUndefined();
  });
});

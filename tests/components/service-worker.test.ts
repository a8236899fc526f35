import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerServiceWorker } from '../../src/app/serviceWorker';

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
  return { container, posted };
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'serviceWorker');
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
    const { container, posted } = fakeContainer({ controlled: true, waiting: true });
    const onNeedRefresh = vi.fn();
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    const update = registerServiceWorker({ onNeedRefresh });
    await vi.waitFor(() => expect(onNeedRefresh).toHaveBeenCalledTimes(1));
    await update();
    expect(posted).toEqual([{ type: 'SKIP_WAITING' }]);
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('storage or policy refuses the worker: no error escapes, the app goes on', async () => {
    const { container } = fakeContainer({ controlled: false, waiting: false });
    container.register.mockRejectedValue(new DOMException('blocked', 'SecurityError'));
    const update = registerServiceWorker({ onNeedRefresh: vi.fn() });
    await expect(update()).resolves.toBeUndefined();
  });
});

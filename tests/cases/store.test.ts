import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCase, withAnswer } from '../../src/cases/caseOps';
import { caseStore, parseRecord } from '../../src/cases/store';

beforeEach(() => caseStore.reset());
afterEach(() => vi.restoreAllMocks());

describe('case storage', () => {
  it('quota exceeded: the save reports why, and the case stays available in memory', () => {
    const c = withAnswer(createCase('pin-reset-allowed-urls', 'Full disk'), 0, { type: 'YES' });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const res = caseStore.save(c);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.reason).toMatch(/storage is full/);
    expect(caseStore.get(c.id)?.events).toEqual(c.events);
    expect(localStorage.length).toBe(0);
    // Once storage has room again, the next save writes it.
    vi.restoreAllMocks();
    expect(caseStore.save({ ...c, title: 'Room again' }).ok).toBe(true);
    expect(parseRecord(localStorage.getItem(`whfb:case:${c.id}`)!)).toMatchObject({ ok: true, value: { title: 'Room again' } });
  });

  it('reads back what it wrote; lists unreadable, old and future records with a reason instead of failing', () => {
    const c = createCase('pin-reset-allowed-urls', 'Good');
    caseStore.save(c);
    localStorage.setItem('whfb:case:old', JSON.stringify({ v: 0, case: {} }));
    localStorage.setItem('whfb:case:new', JSON.stringify({ v: 2, case: {} }));
    localStorage.setItem('whfb:case:bad', '<<<');
    localStorage.setItem('whfb:case:shape', JSON.stringify({ v: 1, case: { id: 'shape' } }));
    localStorage.setItem('unrelated', 'x');
    caseStore.refresh();
    expect(caseStore.list().map((x) => x.title)).toEqual(['Good']);
    const reasons = Object.fromEntries(caseStore.unreadable().map((u) => [u.key, u.reason]));
    expect(reasons['whfb:case:old']).toMatch(/version 0/);
    expect(reasons['whfb:case:new']).toMatch(/version 2/);
    expect(reasons['whfb:case:bad']).toMatch(/not valid JSON/);
    expect(reasons['whfb:case:shape']).toMatch(/expected shape/);
    expect(caseStore.unreadable().find((u) => u.key === 'whfb:case:bad')?.raw).toBe('<<<');
    caseStore.discard('unrelated');
    expect(localStorage.getItem('unrelated')).toBe('x');
  });

  it('keeps the list up to date after a save without reading every stored case again, and as a fresh read gives it', () => {
    const a = createCase('pin-reset-allowed-urls', 'A');
    caseStore.save({ ...a, updatedAt: 1 });
    const b = createCase('hybrid-key-deletion', 'B');
    caseStore.save({ ...b, updatedAt: 2 });
    caseStore.list();
    const getItem = vi.spyOn(Storage.prototype, 'getItem');
    caseStore.save({ ...a, title: 'A again', updatedAt: 3 });
    expect(caseStore.list().map((x) => x.title)).toEqual(['A again', 'B']);
    expect(getItem).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    const cached = caseStore.list();
    caseStore.refresh();
    expect(caseStore.list()).toEqual(cached);
    caseStore.remove(b.id);
    expect(caseStore.list().map((x) => x.title)).toEqual(['A again']);
  });

  it('remembers the step a case is on without telling the screens, and reads it back after a reload', () => {
    let c = createCase('pin-reset-allowed-urls', 'Position');
    c = withAnswer(withAnswer(c, 0, { type: 'YES' }), 1, { type: 'YES' });
    caseStore.save(c);
    const listener = vi.fn();
    const stop = caseStore.subscribe(listener);
    caseStore.rememberPosition(c.id, 1);
    stop();
    expect(listener).not.toHaveBeenCalled();
    expect(caseStore.get(c.id)?.position).toBe(1);
    caseStore.refresh();
    expect(caseStore.get(c.id)?.position).toBe(1);
    // Another tab saved a newer version: remembering the position keeps its answers.
    const newer = { ...withAnswer(c, 2, { type: 'YES' }), title: 'From the other tab' };
    localStorage.setItem(`whfb:case:${c.id}`, JSON.stringify({ v: 1, case: newer }));
    caseStore.rememberPosition(c.id, 2);
    expect(parseRecord(localStorage.getItem(`whfb:case:${c.id}`)!)).toMatchObject({ ok: true, value: { title: 'From the other tab', position: 2 } });
    expect(caseStore.get(c.id)?.events).toHaveLength(3);
    // Never past the answers there are; unknown ids are ignored.
    caseStore.rememberPosition(c.id, 99);
    expect(caseStore.get(c.id)?.position).toBe(3);
    expect(() => caseStore.rememberPosition('nope', 3)).not.toThrow();
  });
});

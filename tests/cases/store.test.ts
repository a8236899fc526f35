import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCase, withAnswer, withNote } from '../../src/cases/caseOps';
import { caseStore, mergeNotes, parseRecord } from '../../src/cases/store';

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

  it('remembering a position soon writes nothing while a step is drawn, then the last position once idle or when the page is left', () => {
    vi.useFakeTimers();
    try {
      let c = createCase('pin-reset-allowed-urls', 'Later');
      c = withAnswer(withAnswer(c, 0, { type: 'YES' }), 1, { type: 'YES' });
      caseStore.save(c);
      const events = caseStore.get(c.id)?.events;
      const setItem = vi.spyOn(Storage.prototype, 'setItem');
      caseStore.rememberPositionSoon(c.id, 1);
      caseStore.rememberPositionSoon(c.id, 0);
      expect(setItem).not.toHaveBeenCalled();
      vi.runAllTimers();
      expect(setItem).toHaveBeenCalledTimes(1);
      expect(parseRecord(localStorage.getItem(`whfb:case:${c.id}`)!)).toMatchObject({ ok: true, value: { position: 0 } });
      // The same answers as this tab holds: the screens keep their copy (nothing to replay or redraw).
      expect(caseStore.get(c.id)?.events).toBe(events);
      // Leaving the page writes what is still waiting.
      caseStore.rememberPositionSoon(c.id, 2);
      window.dispatchEvent(new Event('pagehide'));
      expect(caseStore.get(c.id)?.position).toBe(2);
      expect(parseRecord(localStorage.getItem(`whfb:case:${c.id}`)!)).toMatchObject({ ok: true, value: { position: 2 } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('opening a flow continues the case at the step it was left on, even before that position was written', async () => {
    const { openCase } = await import('../../src/cases/openCase');
    let c = createCase('pin-reset-allowed-urls', 'Continue');
    c = withAnswer(withAnswer(c, 0, { type: 'YES' }), 1, { type: 'YES' });
    caseStore.save(c);
    caseStore.rememberPositionSoon(c.id, 1);
    expect(openCase('pin-reset-allowed-urls', 'PIN reset').to).toContain('step=1');
  });

  it('a stored record whose key and id disagree can be deleted, and stays deleted after a reload', () => {
    const c = createCase('pin-reset-allowed-urls', 'Odd key');
    localStorage.setItem('whfb:case:other-key', JSON.stringify({ v: 1, case: c }));
    caseStore.refresh();
    expect(caseStore.get(c.id)?.title).toBe('Odd key');
    caseStore.remove(c.id);
    expect(caseStore.get(c.id)).toBeUndefined();
    caseStore.refresh();
    expect(caseStore.get(c.id)).toBeUndefined();
    expect(localStorage.getItem('whfb:case:other-key')).toBeNull();
  });

  it('marks a case whose save storage refused as unsaved, until a save works', () => {
    const c = withAnswer(createCase('pin-reset-allowed-urls', 'Full'), 0, { type: 'YES' });
    expect(caseStore.isUnsaved(c.id)).toBe(false);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    caseStore.save(c);
    expect(caseStore.isUnsaved(c.id)).toBe(true);
    vi.restoreAllMocks();
    caseStore.save(c);
    expect(caseStore.isUnsaved(c.id)).toBe(false);
  });

  it('two tabs adding a note within milliseconds keep both notes (merged by id), and say a merge happened', () => {
    const base = createCase('pin-reset-allowed-urls', 'Two tabs', 1);
    caseStore.save(base);
    // Tab A saves its note first (straight to storage, as the other tab would).
    const a = withNote(base, { step: 0, stateId: 'joined', text: 'From tab A' }, 10);
    localStorage.setItem(`whfb:case:${base.id}`, JSON.stringify({ v: 1, case: a }));
    // Tab B still shows `base` and adds its own note a millisecond later.
    const b = withNote(base, { step: 0, stateId: 'joined', text: 'From tab B' }, 11);
    const res = caseStore.save(b, base);
    expect(res).toEqual({ ok: true, merged: 1 });
    const stored = parseRecord(localStorage.getItem(`whfb:case:${base.id}`)!);
    expect(stored.ok && stored.value.notes.map((n) => n.text)).toEqual(['From tab A', 'From tab B']);
    // Without a change in between, nothing is merged.
    expect(caseStore.save({ ...b, title: 'Renamed', notes: stored.ok ? stored.value.notes : [] }, stored.ok ? stored.value : undefined).merged).toBe(0);
  });

  it('mergeNotes: keeps this tab\'s deletions and the other tab\'s additions and deletions', () => {
    const n = (id: string, at: number) => ({ id, step: 0, stateId: 's', text: id, at });
    const base = [n('a', 1), n('b', 2)];
    const next = [n('a', 1), n('c', 4)]; // this tab deleted b, added c
    const stored = [n('b', 2), n('d', 3)]; // the other tab deleted a, added d
    expect(mergeNotes(base, next, stored)).toEqual({ notes: [n('d', 3), n('c', 4)], merged: 1 });
  });
});

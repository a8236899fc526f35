import * as v from 'valibot';
import { StoredCaseSchema } from './schema';
import { whenIdle } from '../idle';
import type { Case, CaseNote } from './types';
import { CASE_KEY_PREFIX } from './storageKeys';
import { t } from '../words/messages';

export const STORAGE_VERSION = 1;
const PREFIX = CASE_KEY_PREFIX;

/** A stored record the app could not read; kept so the person can download it. */
export interface Unreadable {
  key: string;
  raw: string;
  reason: string;
}

/** `merged`: how many notes another tab had added meanwhile, kept beside this tab's. */
export type SaveResult = { ok: true; merged: number } | { ok: false; reason: string; merged: number };

type Listener = () => void;
const listeners = new Set<Listener>();
/** Cases not (yet) written to storage: new ones with no answers, or ones storage refused. */
const memory = new Map<string, Case>();
/** Ids of cases whose last save storage refused: they exist only in this tab until a save works. */
const unsavedIds = new Set<string>();
/** What the screens read: the cases, newest first, and the records that could not be read. */
interface Listing {
  cases: Case[];
  unreadable: Unreadable[];
}
let cache: Listing | undefined;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const byNewest = (a: Case, b: Case) => b.updatedAt - a.updatedAt;

function readAll(): Listing {
  const s = storage();
  const cases: Case[] = [];
  const unreadable: Unreadable[] = [];
  // No storage (blocked, or rendering at build time): the cases held in memory are still listed.
  for (let i = 0; s && i < s.length; i++) {
    const key = s.key(i);
    if (!key || !key.startsWith(PREFIX)) continue;
    const raw = s.getItem(key) ?? '';
    const result = parseRecord(raw);
    if (result.ok) cases.push(result.value);
    else unreadable.push({ key, raw, reason: result.reason });
  }
  // What is held in memory is newer than what storage has (or storage refused it).
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const c of memory.values()) byId.set(c.id, c);
  return { cases: [...byId.values()].sort(byNewest), unreadable };
}

/** Every stored key holding the case `id`: its own key, and any other key whose record names that id. */
function keysOf(s: Storage, id: string): string[] {
  const keys = new Set([PREFIX + id]);
  for (let i = 0; i < s.length; i++) {
    const key = s.key(i);
    if (!key || !key.startsWith(PREFIX) || key === PREFIX + id) continue;
    const r = parseRecord(s.getItem(key) ?? '');
    if (r.ok && r.value.id === id) keys.add(key);
  }
  return [...keys];
}

/** A note's identity: its id, or (older notes without one) where, when and what. */
const noteKey = (n: CaseNote) => n.id ?? `${n.step}|${n.stateId}|${n.at}|${n.text}`;

/**
 * Notes are append-only, so two tabs' notes merge by id: this tab's notes, minus the ones another tab
 * deleted since `base`, plus the ones another tab added since `base`. Returns the notes and how many
 * came from the other tab.
 */
export function mergeNotes(base: readonly CaseNote[], next: readonly CaseNote[], stored: readonly CaseNote[]): { notes: CaseNote[]; merged: number } {
  const inBase = new Set(base.map(noteKey));
  const inStored = new Set(stored.map(noteKey));
  const inNext = new Set(next.map(noteKey));
  const kept = next.filter((n) => inStored.has(noteKey(n)) || !inBase.has(noteKey(n)));
  const added = stored.filter((n) => !inBase.has(noteKey(n)) && !inNext.has(noteKey(n)));
  return { notes: [...kept, ...added].sort((a, b) => a.at - b.at), merged: added.length };
}

export function parseRecord(raw: string): { ok: true; value: Case } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: t('storage.notJson') };
  }
  if (data && typeof data === 'object' && 'v' in data && typeof data.v === 'number' && data.v !== STORAGE_VERSION) {
    return { ok: false, reason: t('storage.otherVersion', { version: String(data.v), current: STORAGE_VERSION }) };
  }
  const parsed = v.safeParse(StoredCaseSchema, data);
  if (!parsed.success) return { ok: false, reason: t('storage.badShape') };
  const c = parsed.output.case as Case;
  return { ok: true, value: { ...c, position: Math.min(c.position, c.events.length) } };
}

function snapshot() {
  if (!cache) cache = readAll();
  return cache;
}

/** Tells the screens; `change` updates the cached list in place, without it everything is read again. */
function emit(change?: (list: Listing) => Listing) {
  cache = change && cache ? change(cache) : undefined;
  for (const l of listeners) l();
}

/** The list with `c` in it (replacing the record with its id), newest first, as a fresh read would give it. */
const upsert = (c: Case) => (list: Listing): Listing => ({
  ...list,
  cases: [...list.cases.filter((x) => x.id !== c.id), { ...c, position: Math.min(c.position, c.events.length) }].sort(byNewest),
});

/** Writes a case's record (throws what the browser's storage throws, e.g. when it is full). */
function write(s: Storage, c: Case): void {
  s.setItem(PREFIX + c.id, JSON.stringify({ v: STORAGE_VERSION, case: c }));
}

export const caseStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  list(): Case[] {
    return snapshot().cases;
  },
  unreadable(): Unreadable[] {
    return snapshot().unreadable;
  },
  get(id: string): Case | undefined {
    return snapshot().cases.find((c) => c.id === id);
  },
  /** Keeps a case in memory only, until its first save (so empty cases don't pile up). */
  hold(c: Case): void {
    memory.set(c.id, c);
    emit(upsert(c));
  },
  /**
   * Saves a case. `base` is the version the change was made on: when another tab saved the case since,
   * the notes it added are kept too (the rest of this tab's version wins).
   */
  save(next: Case, base?: Case): SaveResult {
    const s = storage();
    let c = next;
    let merged = 0;
    const raw = base && s ? s.getItem(PREFIX + next.id) : null;
    const stored = raw === null ? undefined : parseRecord(raw);
    if (base && stored?.ok && stored.value.updatedAt !== base.updatedAt) {
      const m = mergeNotes(base.notes, next.notes, stored.value.notes);
      merged = m.merged;
      if (merged || m.notes.length !== next.notes.length) c = { ...next, notes: m.notes };
    }
    memory.set(c.id, c);
    if (!s) {
      unsavedIds.add(c.id);
      emit(upsert(c));
      return { ok: false, merged, reason: t('storage.blocked') };
    }
    try {
      write(s, c);
      memory.delete(c.id);
      unsavedIds.delete(c.id);
    } catch (e) {
      unsavedIds.add(c.id);
      const quota = e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);
      return {
        ok: false,
        merged,
        reason: quota
          ? t('storage.full')
          : t('storage.refused'),
      };
    } finally {
      emit(upsert(c));
    }
    return { ok: true, merged };
  },
  /** True when the case's last save failed: it lives only in this tab's memory. */
  isUnsaved(id: string): boolean {
    return unsavedIds.has(id);
  },
  /**
   * Remembers which step a case is on, so reopening it lands there. Nothing on screen shows it, so the screens are
   * not told (no re-render on every move); the next read sees it. Storage refusing it costs only that convenience.
   */
  rememberPosition(id: string, position: number): void {
    // Based on what storage holds now, not on this tab's copy: another tab may have just saved a newer version.
    const held = memory.has(id);
    const s = held ? undefined : storage();
    const raw = s?.getItem(PREFIX + id) ?? null;
    const stored = raw === null ? undefined : parseRecord(raw);
    const cached = snapshot().cases.find((x) => x.id === id);
    const c = stored?.ok ? sameLists(cached, stored.value) : cached;
    if (!c || c.position === position) return;
    const next = { ...c, position: Math.min(position, c.events.length) };
    if (held) memory.set(id, next);
    else if (s) {
      try {
        write(s, next);
      } catch {
        return;
      }
    }
    cache = upsert(next)(snapshot());
  },
  /**
   * rememberPosition, later: when the browser is next idle, or at the latest when the page is hidden or left. A step
   * move then writes nothing to storage while the next step is drawn. The last position asked for per case wins.
   */
  rememberPositionSoon(id: string, position: number): void {
    waiting.set(id, position);
    cancelWaiting ??= whenIdle(writeWaiting, 500);
  },
  /** Writes the positions rememberPositionSoon holds now (before reading where a case was left). */
  writePositions(): void {
    writeWaiting();
  },
  /** Deletes a case: its own key and any record under another key that names the same id (so it stays deleted). */
  remove(id: string): void {
    waiting.delete(id);
    memory.delete(id);
    unsavedIds.delete(id);
    const s = storage();
    if (s) for (const key of keysOf(s, id)) s.removeItem(key);
    emit((list) => ({ ...list, cases: list.cases.filter((c) => c.id !== id) }));
  },
  /** Removes records the app could not read (after the person downloaded them). */
  discard(key: string): void {
    if (key.startsWith(PREFIX)) storage()?.removeItem(key);
    emit();
  },
  /** Forgets everything held in memory (tests). */
  reset(): void {
    waiting.clear();
    memory.clear();
    unsavedIds.clear();
    emit();
  },
  /** Called when another tab changed storage. */
  refresh(): void {
    emit();
  },
};

/** Positions rememberPositionSoon has not written yet, by case id. */
const waiting = new Map<string, number>();
/** Cancels the idle write asked for (undefined when none is waiting). */
let cancelWaiting: (() => void) | undefined;

function writeWaiting(): void {
  cancelWaiting?.();
  cancelWaiting = undefined;
  const batch = [...waiting];
  waiting.clear();
  for (const [id, position] of batch) caseStore.rememberPosition(id, position);
}

/**
 * The stored version of a case, holding this tab's copies of its answers and notes when they are the same: re-reading a
 * record must not make the screens see new answers (they would replay and redraw the step for nothing).
 */
function sameLists(cached: Case | undefined, stored: Case): Case {
  if (!cached || cached.updatedAt !== stored.updatedAt) return stored;
  const same = <T>(a: T, b: T) => (JSON.stringify(a) === JSON.stringify(b) ? a : b);
  return { ...stored, events: same(cached.events, stored.events), notes: same(cached.notes, stored.notes) };
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key.startsWith(PREFIX)) caseStore.refresh();
  });
  // Nothing remembered is lost when the tab is closed, reloaded or put away.
  window.addEventListener('pagehide', writeWaiting);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && writeWaiting());
}

export function newCaseId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => 'abcdefghijklmnopqrstuvwxyz0123456789'[b % 36]).join('');
}

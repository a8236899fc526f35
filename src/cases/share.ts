import { compressToEncodedURIComponent } from 'lz-string';
import * as v from 'valibot';
import { FLOW_IDS, type FlowId } from '../flows/ids';
import { replay, type Replayed } from '../flows/shared/replay';
import type { FlowDescriptor } from '../flows/shared/types';
import { createCase, statusOf } from './caseOps';
import { decompressBounded } from './lzBounded';
import { redactDeep } from './redact';
import { EventSchema, NoteSchema } from './schema';
import type { Case, CaseEvent, CaseNote } from './types';
import { t } from '../words/messages';

export const SHARE_VERSION = 1;
/** Longest fragment accepted (characters after '#'): links longer than this break in mail and chat. */
export const MAX_SHARE_CHARS = 32_000;
/** Longest decompressed JSON accepted, checked while decompressing, so a tampered link can't make the page churn. */
export const MAX_JSON_CHARS = 1_000_000;

export const SharePayloadSchema = v.strictObject({
  v: v.literal(SHARE_VERSION),
  flowId: v.picklist(FLOW_IDS),
  title: v.pipe(v.string(), v.maxLength(300)),
  events: v.pipe(v.array(EventSchema), v.maxLength(500)),
  notes: v.optional(v.pipe(v.array(NoteSchema), v.maxLength(500))),
});

/** What a share link carries: the flow, the answers up to the current step, optionally notes, the title. */
export interface SharePayload {
  v: typeof SHARE_VERSION;
  flowId: FlowId;
  title: string;
  events: CaseEvent[];
  notes?: CaseNote[];
}

export type ShareProblem = 'empty' | 'too-big' | 'expands-too-big' | 'damaged' | 'newer' | 'invalid';

export type DecodeResult = { ok: true; payload: SharePayload } | { ok: false; problem: ShareProblem; message: string };

/** What to tell the person about a link that can't be opened. */
function messageFor(problem: ShareProblem): string {
  if (problem === 'too-big') return t('shareLink.too-big', { max: Math.round(MAX_SHARE_CHARS / 1000) });
  if (problem === 'expands-too-big') return t('shareLink.expands-too-big', { max: MAX_JSON_CHARS.toLocaleString('en') });
  return t(`shareLink.${problem}`);
}

const fail = (problem: ShareProblem): DecodeResult => ({ ok: false, problem, message: messageFor(problem) });

/** The payload for a case: the answers up to where the person is, and notes on those steps if wanted. */
export function sharePayload(c: Case, options: { notes: boolean; redact?: boolean }): SharePayload {
  const events = c.events.slice(0, c.position);
  const p: SharePayload = { v: SHARE_VERSION, flowId: c.flowId, title: c.title, events };
  if (options.notes) p.notes = c.notes.filter((n) => n.step <= c.position);
  return options.redact ? redactDeep(p) : p;
}

/** The fragment (without '#') for a payload. */
export function encodeShare(p: SharePayload): string {
  return compressToEncodedURIComponent(JSON.stringify(p));
}

/** Reads a fragment (with or without the leading '#'); never throws. */
export function decodeShare(fragment: string): DecodeResult {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.trim()) return fail('empty');
  if (text.length > MAX_SHARE_CHARS) return fail('too-big');
  if (!/^[A-Za-z0-9+\-$]+$/.test(text)) return fail('damaged');
  const inflated = decompressBounded(text, MAX_JSON_CHARS);
  if (!inflated.ok) return fail(inflated.problem === 'too-big' ? 'expands-too-big' : 'damaged');
  const json = inflated.text;
  if (!json) return fail('damaged');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('damaged');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('invalid');
  const version = (data as { v?: unknown }).v;
  if (typeof version === 'number' && version > SHARE_VERSION) return fail('newer');
  const parsed = v.safeParse(SharePayloadSchema, data);
  if (!parsed.success) return { ok: false, problem: 'invalid', message: `${messageFor('invalid')} ${causeOf(parsed.issues[0])}` };
  return { ok: true, payload: parsed.output as SharePayload };
}

/** Plain words for where a schema check failed: "Answer 3 has a field this app does not know: “x”." */
export function causeOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key);
  let where = t('shareLink.where.link');
  if (keys[0] === 'events' && typeof keys[1] === 'number') where = t('shareLink.where.answer', { n: keys[1] + 1 });
  else if (keys[0] === 'notes' && typeof keys[1] === 'number') where = t('shareLink.where.note', { n: keys[1] + 1 });
  else if (typeof keys[0] === 'string') where = t('shareLink.where.field', { name: keys[0] });
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    const last = keys[keys.length - 1];
    return t('shareLink.unknownField', { where, name: String(last).slice(0, 40) });
  }
  if (issue.type === 'max_length') return t('shareLink.tooLong', { where, max: String(issue.requirement) });
  if (issue.type === 'raw_check') return t('shareLink.holds', { where, problem: issue.message });
  return t('shareLink.wrongForm', { where, path: keys.slice(2).join('.') || t('shareLink.itsType') });
}

export type FitResult = { ok: true; replayed: Replayed } | { ok: false; message: string };

/** Every answer in the link must fit the flow; otherwise nothing is imported. */
export function checkFits(p: SharePayload, descriptor: FlowDescriptor): FitResult {
  if (p.flowId !== descriptor.id) return { ok: false, message: t('shareLink.otherFlow') };
  const replayed = replay(descriptor.machine, p.events);
  if (replayed.rejectedAt !== undefined) {
    return {
      ok: false,
      message: t('shareLink.answersUnfit', { n: replayed.rejectedAt + 1 }),
    };
  }
  return { ok: true, replayed };
}

/** A new case from a link whose answers fit the flow. */
export function caseFromShare(p: SharePayload, descriptor: FlowDescriptor, now = Date.now()): Case {
  const fit = checkFits(p, descriptor);
  if (!fit.ok) throw new Error(fit.message);
  const { replayed } = fit;
  // The case keeps its original start: the earliest time its answers and notes carry (the share link has no other).
  const times = [...p.events.map((e) => e.meta?.at), ...(p.notes ?? []).map((n) => n.at)].filter((t): t is number => typeof t === 'number' && t > 0 && t <= now);
  const c = createCase(descriptor.id, p.title || descriptor.title, times.length ? Math.min(...times) : now);
  const notes = (p.notes ?? []).filter((n) => n.step <= p.events.length);
  return { ...c, updatedAt: now, events: p.events, notes, position: p.events.length, status: statusOf(replayed.snapshot, descriptor.content) };
}

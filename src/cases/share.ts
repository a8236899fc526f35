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

const MESSAGES: Record<ShareProblem, string> = {
  empty: 'This share link carries no case. Copy the whole link, including everything after the # sign.',
  'too-big': `This share link is longer than the ${Math.round(MAX_SHARE_CHARS / 1000)} KB this app accepts, so it was not opened.`,
  'expands-too-big': `This share link unpacks to more than ${MAX_JSON_CHARS.toLocaleString('en')} characters, far more than any case needs, so it was not opened. It was probably made or edited by hand.`,
  damaged: 'This share link is damaged: part of it is missing or was changed. Ask for the link again and copy all of it.',
  newer: 'This share link was made by a newer version of the app. Open it with the latest version of the troubleshooter.',
  invalid: 'This share link does not contain a case this app can read. It may have been edited by hand.',
};

const fail = (problem: ShareProblem): DecodeResult => ({ ok: false, problem, message: MESSAGES[problem] });

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
  if (!parsed.success) return { ok: false, problem: 'invalid', message: `${MESSAGES.invalid} ${causeOf(parsed.issues[0])}` };
  return { ok: true, payload: parsed.output as SharePayload };
}

/** Plain words for where a schema check failed: "Answer 3 has a field this app does not know: “x”." */
export function causeOf(issue: v.BaseIssue<unknown>): string {
  const keys = (issue.path ?? []).map((p) => p.key);
  let where = 'The link';
  if (keys[0] === 'events' && typeof keys[1] === 'number') where = `Answer ${keys[1] + 1}`;
  else if (keys[0] === 'notes' && typeof keys[1] === 'number') where = `Note ${keys[1] + 1}`;
  else if (typeof keys[0] === 'string') where = `The ${keys[0]} field`;
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.expected === 'never') {
    const last = keys[keys.length - 1];
    return `${where} has a field this app does not know: “${String(last).slice(0, 40)}”.`;
  }
  if (issue.type === 'max_length') return `${where} is longer than this app allows (${issue.requirement}).`;
  if (issue.type === 'raw_check') return `${where} holds ${issue.message}.`;
  return `${where} is not in the expected form (${keys.slice(2).join('.') || 'its type'}).`;
}

export type FitResult = { ok: true; replayed: Replayed } | { ok: false; message: string };

/** Every answer in the link must fit the flow; otherwise nothing is imported. */
export function checkFits(p: SharePayload, descriptor: FlowDescriptor): FitResult {
  if (p.flowId !== descriptor.id) return { ok: false, message: 'This link is for a different flow.' };
  const replayed = replay(descriptor.machine, p.events);
  if (replayed.rejectedAt !== undefined) {
    return {
      ok: false,
      message: `This link's answers don't fit the flow: answer ${replayed.rejectedAt + 1} is not one the flow accepts at that step. Nothing was imported.`,
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

import * as v from 'valibot';
import { FLOW_IDS } from '../flows/ids';

const MAX_TEXT = 20_000;

const FactRowSchema = v.object({
  label: v.pipe(v.string(), v.maxLength(500)),
  value: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  mark: v.optional(v.picklist(['pass', 'fail', 'warn', 'info'])),
});

export const EventSchema = v.looseObject({
  type: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  meta: v.optional(
    v.object({
      at: v.number(),
      via: v.optional(v.picklist(['answer', 'evidence'])),
      because: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
      facts: v.optional(v.pipe(v.array(FactRowSchema), v.maxLength(200))),
    }),
  ),
});

export const NoteSchema = v.object({
  step: v.pipe(v.number(), v.integer(), v.minValue(0)),
  stateId: v.pipe(v.string(), v.maxLength(200)),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  at: v.number(),
});

/** The longest home-page paste a case keeps for its report. */
export const MAX_STARTED_FROM_CHARS = 100_000;

export const CaseSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  flowId: v.picklist(FLOW_IDS),
  title: v.pipe(v.string(), v.maxLength(300)),
  events: v.pipe(v.array(EventSchema), v.maxLength(500)),
  notes: v.pipe(v.array(NoteSchema), v.maxLength(500)),
  createdAt: v.number(),
  updatedAt: v.number(),
  status: v.picklist(['in-progress', 'resolved', 'escalated', 'not-this']),
  position: v.pipe(v.number(), v.integer(), v.minValue(0)),
  startedFrom: v.optional(v.object({ text: v.pipe(v.string(), v.maxLength(MAX_STARTED_FROM_CHARS)), at: v.number() })),
});

/** What one stored record looks like: a version number around the case. */
export const StoredCaseSchema = v.object({
  v: v.literal(1),
  case: CaseSchema,
});

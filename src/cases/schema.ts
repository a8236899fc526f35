import * as v from 'valibot';
import { FLOW_IDS } from '../flows/ids';
import { t } from '../words/messages';

const MAX_TEXT = 20_000;

const FactRowSchema = v.strictObject({
  label: v.pipe(v.string(), v.maxLength(500)),
  value: v.pipe(v.string(), v.maxLength(MAX_TEXT)),
  mark: v.optional(v.picklist(['pass', 'fail', 'warn', 'info'])),
});

/** Deepest nesting an answer's values may have (values → list → item → field). */
export const MAX_VALUES_DEPTH = 4;

/**
 * Why `value` is not plain answer data (JSON of strings, numbers, booleans and null, lists and
 * records, nested at most `depth` deep, within the size limits), or undefined when it is.
 */
export function valuesProblem(value: unknown, depth = MAX_VALUES_DEPTH): string | undefined {
  if (value === null || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : t('values.notFinite');
  if (typeof value === 'string') return value.length > MAX_TEXT ? t('values.textTooLong', { max: MAX_TEXT }) : undefined;
  if (typeof value !== 'object') return t('values.ofType', { type: typeof value });
  if (depth <= 0) return t('values.tooDeep', { max: MAX_VALUES_DEPTH });
  const items = Array.isArray(value) ? value : Object.entries(value as Record<string, unknown>);
  if (items.length > 500) return t('values.tooMany');
  for (const item of items) {
    if (Array.isArray(value)) {
      const p = valuesProblem(item, depth - 1);
      if (p) return p;
    } else {
      const [k, x] = item as [string, unknown];
      if (k.length > 100) return t('values.nameTooLong');
      const p = valuesProblem(x, depth - 1);
      if (p) return p;
    }
  }
  return undefined;
}

const ValuesSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.rawCheck(({ dataset, addIssue }) => {
    const problem = dataset.typed ? valuesProblem(dataset.value) : undefined;
    if (problem) addIssue({ message: problem });
  }),
);

/** One answer: its type, optional values, and how/when it was given. Unknown fields are refused (they could carry anything). */
export const EventSchema = v.strictObject({
  values: v.optional(ValuesSchema),
  type: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  meta: v.optional(
    v.strictObject({
      at: v.number(),
      via: v.optional(v.picklist(['answer', 'evidence'])),
      because: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT))),
      facts: v.optional(v.pipe(v.array(FactRowSchema), v.maxLength(200))),
    }),
  ),
});

export const NoteSchema = v.strictObject({
  id: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/))),
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

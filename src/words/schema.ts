/**
 * The shape of the words files, checked when the app is built and when tests run (scripts/words-plugin.ts turns
 * each problem into `file:line:column: where: what`). A flow's words: `src/flows/<id>/words.yaml`; words shared by
 * several flows: `src/flows/shared/words/<name>.yaml`; the app's own words: `src/messages/<locale>.yaml`.
 */
import * as v from 'valibot';

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const when = v.strictObject({ when: text, text: v.string() });
/** A string, or parts: strings and `{when, text}` shown only when the named condition holds. */
export const TextSchema = v.union([v.string(), v.array(v.union([v.string(), when]))], 'must be a text or a list of texts and {when, text} parts');

/** A name a logic file picks a text by: letters, digits, _ or -. */
const messageName = v.pipe(v.string(), v.regex(/^[A-Za-z][\w-]*$/, 'a name is a word (letters, digits, _ or -)'));

const eventName = v.pipe(v.string(), v.regex(/^[A-Z][A-Z0-9_]*$/, 'an answer event is written in capitals, e.g. NOT_SURE'));

const CodeSchema = v.strictObject({
  label: v.optional(text),
  language: v.optional(v.picklist(['powershell', 'cmd', 'text'])),
  code: text,
});

const HowToSchema = v.strictObject({ text: TextSchema, code: v.optional(CodeSchema) });

const AnswerSchema = v.strictObject({ event: eventName, label: text, hint: v.optional(text) });

const FieldSchema = v.strictObject({
  name: text,
  label: text,
  help: v.optional(text),
  type: v.picklist(['text', 'hosts', 'list']),
  multiline: v.optional(v.boolean()),
  required: v.optional(v.boolean()),
  placeholder: v.optional(v.string()),
  defaultValue: v.optional(v.string()),
});

export const StepSchema = v.strictObject({
  /** A shared step, `<file>.<step>` in src/flows/shared/words/ (e.g. `join.question`); the keys below override it. */
  use: v.optional(v.pipe(v.string(), v.regex(/^[a-z][\w-]*\.[A-Za-z]\w*$/, 'use names a shared step as <file>.<step>, e.g. join.question'))),
  /** Words filled into the shared step's `{placeholders}` (e.g. the example build a flow shows). */
  vars: v.optional(v.record(v.string(), v.string())),
  kind: v.optional(v.picklist(['question', 'evidence', 'action', 'check', 'outcome'])),
  title: v.optional(TextSchema),
  body: v.optional(TextSchema),
  howTo: v.optional(v.array(HowToSchema)),
  detail: v.optional(TextSchema),
  answers: v.optional(v.array(AnswerSchema)),
  needs: v.optional(text),
  fields: v.optional(v.array(FieldSchema)),
  submit: v.optional(v.strictObject({ event: eventName, label: text })),
  steps: v.optional(v.array(HowToSchema)),
  result: v.optional(v.picklist(['resolved', 'not-this', 'escalate'])),
  related: v.optional(text),
  handOver: v.optional(v.array(TextSchema)),
  verdict: v.optional(TextSchema),
  also: v.optional(v.array(v.strictObject({ flow: text, when: text }))),
  /** Why the evidence gives an answer: named texts the step's reader picks (placeholders filled by the reader). */
  reasons: v.optional(v.record(v.string(), text)),
  /** Other named texts the step's logic shows, e.g. a field's validation messages. */
  messages: v.optional(v.record(v.string(), text)),
});

export const ReferenceSchema = v.strictObject({ title: text, source: text });

export const FlowWordsSchema = v.strictObject({
  steps: v.record(v.pipe(v.string(), v.regex(/^[A-Za-z]\w*$/, 'a step id is the machine state id')), StepSchema),
  references: v.optional(v.array(ReferenceSchema)),
  /** How an answer with typed values reads in history and reports, e.g. `HOSTS_ENTERED: "Blocked hosts: {hosts}"`. */
  events: v.optional(v.record(eventName, text)),
  /** Named texts shared by the flow's logic (readers of several steps, the hand-over). */
  messages: v.optional(v.record(v.string(), text)),
  /**
   * What Suggestions says when a paste points to this flow: named texts its matches.ts picks, filled with values.
   * Paste triage loads only this part (`import reasons from './words.yaml?matches'`), never the steps.
   */
  matches: v.optional(v.record(messageName, text)),
  /**
   * Each guard the machine uses, in words, for the trainer's map ("if some DC needs a fix"); the content lint checks the
   * names. A guard with a parameter has one text per value, `<guard>.<value>` (`doingIs.sign-in`), or `{param}` in one.
   */
  guards: v.optional(v.record(v.pipe(v.string(), v.regex(/^[A-Za-z]\w*(\.[\w-]+)?$/, 'a guard is named as in the machine, e.g. someDcNeedsFix (or doingIs.sign-in)')), text)),
});

/** A shared words file: steps several flows use by reference. */
export const SharedWordsSchema = v.strictObject({
  steps: v.record(v.string(), StepSchema),
  messages: v.optional(v.record(v.string(), text)),
});

/** An error code as a table lists it: quoted, so YAML reads it as text and not as a hex number. */
const errorCode = v.pipe(v.string(), v.regex(/^0x[0-9A-F]{8}$/, 'a code is 0x and eight upper-case hex digits, in quotes: "0x801C03ED"'));

/**
 * A flow's cause texts, by error code (`src/flows/<id>/causes.yaml`): one text, or a list when the source gives
 * several ("-or-"); `uncodedRow` is a table row with no code, kept under the code above it.
 */
export const CausesSchema = v.strictObject({
  causes: v.record(errorCode, v.union([text, v.pipe(v.array(text), v.minLength(1, 'must list at least one cause'))], 'must be a text or a list of texts')),
  uncodedRow: v.optional(v.strictObject({ under: errorCode, cause: text })),
});

/** A flow's catalog entry (`src/flows/<id>/meta.yaml`), loaded with the home page. */
export const MetaSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the id is the folder name (lower-case words joined by -)')),
  title: text,
  /** What the person sees, in one sentence. */
  symptom: text,
  appliesTo: v.array(text),
  /** How to tell this issue from a similar one; shown with search results. */
  tellsApart: v.optional(text),
  /** Words people search with: error texts, event ids, codes, KBs, builds (not shown; left out of the home page's copy). */
  keywords: v.optional(v.array(text), []),
  /** true for a flow that is not a documented issue (guided triage): left out of the catalog and search. */
  unlisted: v.optional(v.literal(true)),
});

type MessageTree = { [key: string]: string | MessageTree };
export const MessagesSchema: v.GenericSchema<MessageTree> = v.record(
  v.pipe(v.string(), v.regex(/^[A-Za-z][\w-]*$/, 'a message key is a word (letters, digits, _ or -)')),
  // A group is checked as a group (its own keys' problems name their lines), anything else as a text.
  v.lazy((input) => (input !== null && typeof input === 'object' && !Array.isArray(input) ? MessagesSchema : v.string('a message is a text, or a group of messages'))),
);

export type FlowWords = v.InferOutput<typeof FlowWordsSchema>;
export type MetaWords = v.InferOutput<typeof MetaSchema>;
export type StepWords = v.InferOutput<typeof StepSchema>;
export type SharedWords = v.InferOutput<typeof SharedWordsSchema>;
export type CausesWords = v.InferOutput<typeof CausesSchema>;
export type Messages = MessageTree;

/** Which schema checks a file, by its path; undefined for YAML files that are not words. */
export function schemaFor(path: string): v.GenericSchema | undefined {
  const p = path.replace(/\\/g, '/');
  if (/\/src\/flows\/shared\/words\/[^/]+\.yaml$/.test(p)) return SharedWordsSchema;
  if (/\/src\/flows\/[^/]+\/meta\.yaml$/.test(p)) return MetaSchema;
  if (/\/src\/flows\/[^/]+\/causes\.yaml$/.test(p)) return CausesSchema;
  if (/\/src\/flows\/[^/]+\/words(\.[\w-]+)?\.yaml$/.test(p)) return FlowWordsSchema;
  if (/\/src\/messages\/[^/]+\.yaml$/.test(p)) return MessagesSchema;
  // The evidence analyzers' words (summaries, fact rows): named texts in groups, like the app's catalog.
  if (p.endsWith('/src/evidence/words.yaml')) return MessagesSchema;
  return undefined;
}

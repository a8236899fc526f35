import type { AnyStateMachine, EventObject, StateValueFrom } from 'xstate';
import type { AnyFinding } from '../../evidence/types';
import type { FlowId } from '../ids';

export type StepKind = 'question' | 'evidence' | 'action' | 'check' | 'outcome';

/** Text that may depend on what the case already knows (the machine's context). */
export type Text<C> = string | ((ctx: C) => string);

/** One button: sends an event without payload. */
export interface Answer {
  event: string;
  label: string;
  /** A short line under the label, e.g. what this choice means. */
  hint?: string;
}

/** A copyable command or value, filled in from the context. */
export interface CodeBlock<C> {
  label?: string;
  language?: 'powershell' | 'cmd' | 'text';
  code: Text<C>;
}

/** "Where to look" items: a log path, a screen, a command to run. */
export interface HowTo<C> {
  text: Text<C>;
  code?: CodeBlock<C>;
}

/** A typed input on an evidence step. Its value goes into the submit event. */
export interface Field<C = any> {
  name: string;
  label: string;
  help?: string;
  /** 'hosts' validates host names; 'text' is free text; 'list' is one item per line. */
  type: 'text' | 'hosts' | 'list';
  /** A 'text' field that takes several lines (pasted command output); its value is still one string. */
  multiline?: boolean;
  /** Required always, or only in some cases (e.g. unless the context already supplies a value). */
  required?: boolean | ((ctx: C) => boolean);
  placeholder?: string;
  /** The value the input starts with, e.g. a domain read from earlier evidence. */
  defaultValue?: Text<C>;
  /** A clear message when the typed value is not usable; undefined when it is fine. */
  validate?: (raw: string, ctx: C) => string | undefined;
}

/** What the evidence says the answer is, proposed to the person who can override it. */
export interface Reading {
  event: EventObject;
  /** Plain words: why the evidence gives this answer. */
  because: string;
}

export interface Reference {
  title: string;
  /** Section of a source document or a public URL. */
  source: string;
}

interface StepBase<C> {
  title: Text<C>;
  /** Plain-language explanation; paragraphs separated by blank lines. */
  body?: Text<C>;
  /** Where to look / how to find out. */
  howTo?: HowTo<C>[];
  /** Extra detail for support engineers (shown collapsed). */
  detail?: Text<C>;
}

export interface QuestionStep<C> extends StepBase<C> {
  kind: 'question';
  answers: Answer[];
  /** Optional: evidence pasted before the flow opened (triage) can answer this question. */
  read?: (findings: AnyFinding[], ctx: C) => Reading | undefined;
}

export interface CheckStep<C> extends StepBase<C> {
  kind: 'check';
  answers: Answer[];
}

export interface EvidenceStep<C> extends StepBase<C> {
  kind: 'evidence';
  /** What the evidence is, e.g. "dsregcmd /status output"; shown next to the paste box. */
  needs: string;
  /** Manual answers (override); always at least one way forward. */
  answers: Answer[];
  /** Typed inputs; when present the form submits `submit` with `values`. */
  fields?: Field<C>[];
  submit?: { event: string; label: string };
  /** Reads the analysed paste; undefined when nothing in it decides this step. */
  read?: (findings: AnyFinding[], ctx: C) => Reading | undefined;
  /** A canned sample for demos and tests. */
  sample?: string;
}

export interface ActionStep<C> extends StepBase<C> {
  kind: 'action';
  steps: { text: Text<C>; code?: CodeBlock<C> }[];
  answers: Answer[];
}

export type OutcomeResult = 'resolved' | 'not-this' | 'escalate';

export interface OutcomeStep<C> extends StepBase<C> {
  kind: 'outcome';
  result: OutcomeResult;
  /** A flow that fits better ("not this issue"). */
  related?: FlowId;
  /** What to hand over when escalating. */
  handOver?: Text<C>[];
  /** Replaces the standard line under the result (e.g. guided triage: "A documented issue fits"). */
  verdict?: Text<C>;
  /** Other flows worth opening, and when. */
  also?: { flow: FlowId; when: string }[];
  /** What this outcome already knows, carried into the `related` flow it opens so those questions are answered. */
  carry?: (ctx: C) => Handover;
}

/**
 * Carried into a flow when it opens: answers by that flow's state id (events without values,
 * taken only where its machine accepts them, in order from the start) and text for its evidence steps.
 */
export interface Handover {
  answers?: Record<string, string>;
  evidence?: string;
}

export type Step<C> = QuestionStep<C> | CheckStep<C> | EvidenceStep<C> | ActionStep<C> | OutcomeStep<C>;

/** Describes one event in words, for history, reports and path names. */
export type DescribeEvent = (event: EventObject) => string | undefined;

/** The state ids of a flat machine, e.g. 'joined' | 'whereError' | … */
export type StateIdOf<M extends AnyStateMachine> = Extract<StateValueFrom<M>, string>;

/**
 * A flow's words. Given its machine's type (`FlowContent<Ctx, typeof import('./machine').machine>`),
 * the steps are keyed by the machine's state ids: a state with no words, or a misspelt state id (its state
 * then has none), fails the type check. Steps for states that don't exist are caught by tests/flows/model.test.ts.
 */
export interface FlowContent<C, M extends AnyStateMachine = AnyStateMachine> {
  steps: AnyStateMachine extends M ? Record<string, Step<C>> : { [S in StateIdOf<M>]: Step<C> } & Record<string, Step<C>>;
  references: Reference[];
  /** Words for payload events (typed values); answers' labels are used otherwise. */
  describe?: DescribeEvent;
  /** The machine's guards in words (words.yaml `guards`), by guard name, for the trainer's map. */
  guards?: Readonly<Record<string, string>>;
}

/** Eagerly loaded facts about a flow: enough for the catalog and search. */
export interface FlowMeta {
  id: FlowId;
  title: string;
  /** What the person sees, in one sentence. */
  symptom: string;
  appliesTo: string[];
  /** How to tell this issue from a similar one (build ranges, the error in a trace); shown with search results. */
  tellsApart?: string;
  /** Words people search with: error texts, event ids, codes, KBs, builds. */
  keywords: string[];
  /** true for a flow that is not a documented issue (guided triage): left out of the catalog and search. */
  unlisted?: boolean;
}

export interface FlowDescriptor<C = any> extends FlowMeta {
  machine: AnyStateMachine;
  content: FlowContent<C>;
  /** Payload events to explore in model tests and the trainer's path explorer. */
  sampleEvents: (EventObject & Record<string, unknown>)[];
}

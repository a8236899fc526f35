/** The logic half of a flow's content (its logic.ts): values, conditions, readers and checks. Types only. */
import type { AnyStateMachine, EventObject } from 'xstate';
import type { AnyFinding } from '../../evidence/types';
import type { Values } from '../../words/template';
import type { Handover, Reading, StateIdOf } from './types';

/** A named text of the step (its `reasons`, `messages`) or of the flow (`messages`), filled with the given values. */
export type Say = (name: string, values?: Values) => string;

export type Value<C> = (ctx: C) => string | number | undefined;

export interface StepLogic<C> {
  /** Reads pasted evidence; `say('name', {…})` gives the words of the step's reason `name`. */
  read?: (findings: readonly AnyFinding[], ctx: C, say: Say) => Reading | undefined;
  /** Per field (by name): when it is required, and its check (returns a message from `say`, or undefined). */
  fields?: Record<string, { required?: (ctx: C) => boolean; validate?: (raw: string, ctx: C, say: Say) => string | undefined }>;
  /** What an outcome carries into the flow it opens. */
  carry?: (ctx: C) => Handover;
  /** A canned sample for demos and tests (command output, not words). */
  sample?: string;
  /** Values only this step's words use. */
  values?: Record<string, Value<C>>;
}

export interface FlowLogic<C, M extends AnyStateMachine = AnyStateMachine> {
  /** The case's values the words may show, by placeholder name. */
  values?: Record<string, Value<C>>;
  /** Conditions the words' `{when}` parts name. */
  when?: Record<string, (ctx: C) => boolean>;
  /** Readers, checks and samples, by the machine's state id (a misspelt id fails the type check). */
  steps?: AnyStateMachine extends M ? Record<string, StepLogic<C>> : Partial<Record<StateIdOf<M>, StepLogic<C>>>;
  /** The values an answer with a payload fills into its `events` words. */
  events?: Record<string, (event: EventObject) => Values | undefined>;
}

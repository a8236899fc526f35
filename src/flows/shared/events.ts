import type { EventObject } from 'xstate';
import type { FactRow } from '../../evidence/types';

/** How an answer was given: by the person, or read from pasted evidence. */
export interface EventMeta {
  at: number;
  via?: 'answer' | 'evidence';
  /** Why the evidence gave this answer. */
  because?: string;
  /** The facts shown when it was read, for the timeline and report. */
  facts?: FactRow[];
}

/** An event as stored in a case: the machine's event plus when/how it was given. */
export type CaseEvent = EventObject & { meta?: EventMeta };

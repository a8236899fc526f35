import type { EventObject } from 'xstate';
import type { FactRow } from '../evidence/types';
import type { FlowId } from '../flows/ids';

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

export interface CaseNote {
  /** Random id (notes written before ids existed have none); two tabs' notes merge by it. */
  id?: string;
  /** Position in the path (0 = first step) and that step's state id. */
  step: number;
  stateId: string;
  text: string;
  at: number;
}

export type CaseStatus = 'in-progress' | 'resolved' | 'escalated' | 'not-this';

export interface Case {
  id: string;
  flowId: FlowId;
  title: string;
  events: CaseEvent[];
  notes: CaseNote[];
  createdAt: number;
  updatedAt: number;
  status: CaseStatus;
  /** Where the person is in the path; may be below events.length after "back". */
  position: number;
  /** The evidence pasted on the home page that opened this case (it goes into the report). */
  startedFrom?: { text: string; at: number };
}

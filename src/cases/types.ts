import type { FlowId } from '../flows/ids';
import type { CaseEvent } from '../flows/shared/events';

/** Answers as stored in a case (defined with the flows, which produce them). */
export type { CaseEvent, EventMeta } from '../flows/shared/events';

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

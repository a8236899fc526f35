import type { FlowId } from '../../flows/ids';
import type { Answer, HowTo, Text } from '../../flows/shared/types';
import type { TriageContext } from './machine';

type C = TriageContext;

interface Base {
  title: Text<C>;
  /** Plain language; paragraphs separated by blank lines. */
  body?: Text<C>;
  howTo?: HowTo<C>[];
}

export interface TriageQuestion extends Base {
  kind: 'question';
  answers: Answer[];
}

/** A typed list (the DC builds): submits `submit.event` with `values[field.name]` = the lines. */
export interface TriageForm extends Base {
  kind: 'form';
  field: { name: string; label: string; help: string; placeholder?: string };
  submit: { event: string; label: string };
  answers: Answer[];
}

export interface TriageResult extends Base {
  kind: 'result';
  /** The flow that fits; absent when none does (the body says why). */
  flow?: FlowId;
  /** Other flows worth opening, e.g. if waiting doesn't help. */
  also?: { flow: FlowId; when: string }[];
}

export type TriageStep = TriageQuestion | TriageForm | TriageResult;

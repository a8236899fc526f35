import type { FactRow } from '../evidence/types';
import { replay, stateIdOf } from '../flows/shared/replay';
import { answerLabel, resolveText } from '../flows/shared/text';
import type { FlowDescriptor, OutcomeResult, Reference, Step, StepKind } from '../flows/shared/types';
import { statusOf } from './caseOps';
import type { Case, CaseEvent, CaseNote, CaseStatus } from './types';

export interface ReportNote {
  text: string;
  at: number;
}

export interface ReportAction {
  text: string;
  code?: { label?: string; language?: string; code: string };
}

export interface ReportStep {
  /** Position in the path, 0 = first step. */
  index: number;
  stateId: string;
  kind: StepKind | 'unknown';
  title: string;
  /** The answer given; absent for the step the case is at now. */
  answer?: string;
  /** When the answer was given. */
  at?: number;
  /** Set when the answer was read from pasted evidence. */
  fromEvidence?: { because?: string; facts: FactRow[] };
  /** Numbered fix steps (action steps), commands filled in with what the case knew at that step. */
  actions: ReportAction[];
  notes: ReportNote[];
}

export interface ReportOutcome {
  stateId: string;
  title: string;
  result: OutcomeResult;
  body: string;
  handOver: string[];
  notes: ReportNote[];
}

export interface Report {
  caseId: string;
  title: string;
  flowId: string;
  flowTitle: string;
  status: CaseStatus;
  createdAt: number;
  updatedAt: number;
  /** The answered steps, in order. */
  steps: ReportStep[];
  /** The step the case is at, when it has not reached an outcome. */
  current?: ReportStep;
  outcome?: ReportOutcome;
  /** Notes on steps that are no longer in the path (answers changed since). */
  otherNotes: (ReportNote & { step: number; stateId: string })[];
  references: Reference[];
  /** Set when some saved answers no longer fit the flow: the report stops before that answer. */
  rejectedAt?: number;
  /** The evidence pasted on the home page that opened the case. */
  startedFrom?: { text: string; at: number };
}

function kindOf(step: Step<unknown> | undefined): StepKind | 'unknown' {
  return step?.kind ?? 'unknown';
}

function actionsOf(step: Step<unknown> | undefined, ctx: unknown): ReportAction[] {
  if (step?.kind !== 'action') return [];
  return step.steps.map((s) => ({
    text: resolveText(s.text, ctx),
    ...(s.code ? { code: { label: s.code.label, language: s.code.language, code: resolveText(s.code.code, ctx) } } : {}),
  }));
}

function evidenceOf(event: CaseEvent): ReportStep['fromEvidence'] {
  const meta = event.meta;
  if (meta?.via !== 'evidence') return undefined;
  return { ...(meta.because ? { because: meta.because } : {}), facts: meta.facts ?? [] };
}

/**
 * Everything a ticket needs about a case, by replaying its answers over the flow: each step with
 * its answer, evidence and notes, the fix steps with filled-in commands, the outcome, references.
 */
export function buildReport(c: Case, descriptor: FlowDescriptor): Report {
  const { machine, content } = descriptor;
  // Every answer the case holds, also those after the step shown (Back only moves; Forward brings them back).
  const { snapshot, trail, rejectedAt } = replay(machine, c.events);
  const used = new Set<CaseNote>();
  const notesAt = (index: number, stateId: string): ReportNote[] =>
    c.notes
      .filter((n) => n.step === index && n.stateId === stateId)
      .map((n) => {
        used.add(n);
        return { text: n.text, at: n.at };
      });

  const steps: ReportStep[] = trail.map((t, index) => {
    const step = content.steps[t.stateId];
    const event = t.event as CaseEvent;
    const fromEvidence = evidenceOf(event);
    return {
      index,
      stateId: t.stateId,
      kind: kindOf(step),
      title: step ? resolveText(step.title, t.context) : t.stateId,
      answer: answerLabel(content, t.stateId, event),
      ...(event.meta?.at !== undefined ? { at: event.meta.at } : {}),
      ...(fromEvidence ? { fromEvidence } : {}),
      actions: actionsOf(step, t.context),
      notes: notesAt(index, t.stateId),
    };
  });

  const stateId = stateIdOf(snapshot);
  const step = content.steps[stateId];
  const ctx = snapshot.context;
  let current: ReportStep | undefined;
  let outcome: ReportOutcome | undefined;
  if (step?.kind === 'outcome' && snapshot.status === 'done') {
    outcome = {
      stateId,
      title: resolveText(step.title, ctx),
      result: step.result,
      body: resolveText(step.body, ctx),
      handOver: (step.handOver ?? []).map((h) => resolveText(h, ctx)),
      notes: notesAt(trail.length, stateId),
    };
  } else {
    current = {
      index: trail.length,
      stateId,
      kind: kindOf(step),
      title: step ? resolveText(step.title, ctx) : stateId,
      actions: actionsOf(step, ctx),
      notes: notesAt(trail.length, stateId),
    };
  }

  return {
    caseId: c.id,
    title: c.title,
    flowId: descriptor.id,
    flowTitle: descriptor.title,
    status: statusOf(snapshot, content),
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    steps,
    ...(current ? { current } : {}),
    ...(outcome ? { outcome } : {}),
    otherNotes: c.notes.filter((n) => !used.has(n)).map((n) => ({ text: n.text, at: n.at, step: n.step, stateId: n.stateId })),
    references: content.references,
    ...(rejectedAt !== undefined ? { rejectedAt } : {}),
    ...(c.startedFrom ? { startedFrom: c.startedFrom } : {}),
  };
}

export const REPORT_FORMAT = 'whfb-case-report';

/** The JSON export: the case itself plus the path derived from it. */
export function reportJson(c: Case, report: Report) {
  return {
    format: REPORT_FORMAT,
    v: 1,
    case: c,
    flowTitle: report.flowTitle,
    status: report.status,
    path: report.steps,
    ...(report.current ? { current: report.current } : {}),
    ...(report.outcome ? { outcome: report.outcome } : {}),
    otherNotes: report.otherNotes,
    references: report.references,
  };
}

export type ReportJson = ReturnType<typeof reportJson>;

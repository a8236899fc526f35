/** The guided triage as a list of answers, folded over its machine (like a case). Pure. */
import type { EventObject } from 'xstate';
import { replay, stateIdOf } from '../../flows/shared/replay';
import { resolveText } from '../../flows/shared/text';
import { steps } from './content';
import { machine, type TriageContext } from './machine';
import type { TriageStep } from './types';

/** At most this many answers are read from history state (the longest path is far shorter). */
const MAX_ANSWERS = 30;

/** Keeps only well-formed events from untrusted data (history state can be anything). */
export function cleanEvents(raw: unknown): EventObject[] {
  if (!Array.isArray(raw)) return [];
  const out: EventObject[] = [];
  for (const e of raw.slice(0, MAX_ANSWERS)) {
    if (!e || typeof e !== 'object' || typeof (e as EventObject).type !== 'string') break;
    const { type, values } = e as { type: string; values?: unknown };
    if (values !== undefined) {
      const builds = (values as { builds?: unknown } | null)?.builds;
      if (!Array.isArray(builds) || !builds.every((b) => typeof b === 'string')) break;
      out.push({ type, values: { builds: builds.slice(0, 500) } } as EventObject);
    } else out.push({ type });
  }
  return out;
}

export interface TriageView {
  stateId: string;
  step: TriageStep;
  context: TriageContext;
  /** The answers that fit, in words, for "your answers so far". */
  answered: { stateId: string; question: string; label: string }[];
  /** How many of the given events fit (the rest were dropped). */
  accepted: number;
}

function answerWords(stateId: string, event: EventObject): string {
  const step = steps[stateId];
  if (step && 'answers' in step) {
    const a = step.answers.find((x) => x.event === event.type);
    if (a) return a.label;
  }
  if (step?.kind === 'form' && event.type === step.submit.event) {
    const lines = (event as { values?: { builds?: string[] } }).values?.builds ?? [];
    return lines.join(', ');
  }
  return event.type;
}

/** Where the answers lead. Answers the machine wouldn't take are dropped from there on. */
export function viewOf(events: readonly EventObject[]): TriageView {
  const r = replay(machine, events);
  const stateId = stateIdOf(r.snapshot);
  return {
    stateId,
    step: steps[stateId]!,
    context: r.snapshot.context as TriageContext,
    answered: r.trail.map((t) => ({
      stateId: t.stateId,
      question: resolveText(steps[t.stateId]?.title, t.context as TriageContext),
      label: answerWords(t.stateId, t.event),
    })),
    accepted: r.trail.length,
  };
}

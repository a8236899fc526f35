import { and, initialTransition, not, or, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { resolveText } from '../flows/shared/text';
import type { FlowDescriptor, OutcomeResult, StepKind } from '../flows/shared/types';
import { t } from '../words/messages';
import { fill, type Values } from '../words/template';

/** One state of the flow machine, drawn as one box. */
export interface GraphNode {
  id: string;
  /** From the flow's content; 'unknown' when a state has no content (a bug the model tests catch). */
  kind: StepKind | 'unknown';
  title: string;
  result?: OutcomeResult;
  initial: boolean;
}

/** One transition of the machine: one answer (or one guarded branch of it) from a state to the next. */
export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** The event type, e.g. 'YES'; '' for an automatic (eventless) transition. */
  event: string;
  /** The answer in the flow's words. */
  label: string;
  /** When the answer is split by a guard: which branch this is, in words ("if hosts usable", "otherwise"). */
  guard?: string;
}

export interface FlowGraph {
  initial: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** "someDcNeedsFix" → "some dc needs fix" (a guard the flow's words do not name yet). */
function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
}

const AND = (and([]) as unknown as { check: unknown }).check;
const OR = (or([]) as unknown as { check: unknown }).check;
const NOT = (not('x') as unknown as { check: unknown }).check;

/**
 * A guard in words: the flow's words for it (words.yaml `guards`, its params filled in), else its name spelt out;
 * and/or/not spelt out from their parts. Function names are never used: a production build shortens them (that
 * gave "(if t)").
 */
export function guardName(guard: unknown, names: Readonly<Record<string, string>> = {}): string {
  if (!guard) return '';
  const named = (name: string, params?: unknown) => {
    const values = params && typeof params === 'object' ? (params as Values) : {};
    // A parameter's own text (`doingIs.sign-in`), else the guard's text with its {params} filled.
    const own = Object.values(values).map((v) => names[`${name}.${String(v)}`]).find((w) => w !== undefined) ?? names[name];
    return own === undefined ? words(name) : fill(own, values);
  };
  if (typeof guard === 'string') return named(guard);
  if (typeof guard === 'object' && 'type' in guard && typeof guard.type === 'string') return named(guard.type, (guard as { params?: unknown }).params);
  if (typeof guard === 'function') {
    const g = guard as { guards?: unknown[]; check?: unknown };
    const parts = (g.guards ?? []).map((p) => guardName(p, names));
    if (g.check === AND && parts.length) return parts.reduce((a, b) => t('trainer.guard.and', { a, b }));
    if (g.check === OR && parts.length) return parts.reduce((a, b) => t('trainer.guard.or', { a, b }));
    if (g.check === NOT && parts.length === 1) return t('trainer.guard.not', { a: parts[0] });
  }
  return t('trainer.guard.unnamed');
}

function safe<T>(fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch {
    return fallback;
  }
}

/** The words for an event in a state: the answer's label, the submit button's label, or the flow's description. */
function eventLabel(descriptor: FlowDescriptor, stateId: string, event: string): string {
  if (!event) return t('trainer.automatically');
  const step = descriptor.content.steps[stateId];
  const answer = step && 'answers' in step ? step.answers.find((a) => a.event === event) : undefined;
  if (answer) return answer.label;
  if (step?.kind === 'evidence' && step.submit?.event === event) return step.submit.label;
  return safe(() => descriptor.content.describe?.({ type: event }), undefined) ?? event;
}

function targetsOf(t: AnyTransitionDefinition): string[] {
  return (t.target ?? []).map((n: AnyStateNode) => n.key);
}

/**
 * The flow's decision tree, read from its machine (never drawn by hand):
 * nodes are the top-level states, edges every transition, one per target of each guarded branch.
 */
export function flowGraph(descriptor: FlowDescriptor): FlowGraph {
  const { machine, content } = descriptor;
  const ctx = safe(() => initialTransition(machine)[0].context, undefined);
  const states = machine.root.states as Record<string, AnyStateNode>;
  const initial = String(machine.root.initial?.target?.[0]?.key ?? Object.keys(states)[0] ?? '');

  const nodes: GraphNode[] = Object.keys(states).map((id) => {
    const step = content.steps[id];
    return {
      id,
      kind: step?.kind ?? 'unknown',
      title: step ? safe(() => resolveText(step.title, ctx), id) || id : id,
      ...(step?.kind === 'outcome' ? { result: step.result } : {}),
      initial: id === initial,
    };
  });

  const edges: GraphEdge[] = [];
  for (const [id, node] of Object.entries(states)) {
    const groups: [string, AnyTransitionDefinition[]][] = [...node.transitions.entries()];
    if (node.always?.length) groups.push(['', node.always]);
    for (const [event, list] of groups) {
      const split = list.length > 1;
      list.forEach((tr, branch) => {
        const named = tr.guard ? guardName(tr.guard, content.guards) : '';
        const guard = split ? (tr.guard ? t('trainer.guard.if', { guard: named }) : t('trainer.guard.otherwise')) : tr.guard ? t('trainer.guard.onlyIf', { guard: named }) : undefined;
        for (const target of targetsOf(tr)) {
          edges.push({
            id: `${id}--${event || 'always'}--${branch}--${target}`,
            source: id,
            target,
            event,
            label: eventLabel(descriptor, id, event),
            ...(guard ? { guard } : {}),
          });
        }
      });
    }
  }
  return { initial, nodes, edges };
}

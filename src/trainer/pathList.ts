import type { ExploredPath } from '../flows/shared/explore';
import { answerLabel } from '../flows/shared/text';
import type { FlowDescriptor } from '../flows/shared/types';
import type { FlowGraph } from './graph';
import { t } from '../words/messages';

/** The paths to one outcome: the typical one, and the others (detours, "I'm not sure" answers) folded away. */
export interface OutcomeGroup {
  end: string;
  /** The outcome's title, told apart from other outcomes with the same title by the step before it. */
  name: string;
  /** Index of the typical path in the ordered list. */
  typical: number;
  /** Indexes of the other paths here, typical-first order. */
  others: number[];
  /** How many of the others answer "I'm not sure" somewhere. */
  unsure: number;
}

export interface PathList {
  /** Every path, numbered in this order: the typical path of each outcome first, then the others, outcome by outcome. */
  paths: ExploredPath[];
  groups: OutcomeGroup[];
}

const UNSURE = /not sure|don't know|do not know/i;

/** How many of a path's answers say "I'm not sure". */
export function unsureAnswers(descriptor: FlowDescriptor, path: ExploredPath): number {
  return path.events.filter((e, i) => UNSURE.test(answerLabel(descriptor.content, path.states[i], e))).length;
}

/** Where each answer stands among its step's answers, so paths sort in the order the steps list their answers. */
function answerRanks(descriptor: FlowDescriptor, path: ExploredPath): number[] {
  return path.events.map((e, i) => {
    const step = descriptor.content.steps[path.states[i]];
    const at = step && 'answers' in step ? step.answers.findIndex((a) => a.event === e.type) : -1;
    return at < 0 ? 99 : at;
  });
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

/**
 * The Paths tab's list: one typical path per outcome (fewest "I'm not sure" answers, then fewest steps),
 * outcomes in the order their typical paths take the answers, each with a distinct name.
 */
export function pathList(descriptor: FlowDescriptor, graph: FlowGraph, all: ExploredPath[]): PathList {
  const info = all.map((path) => ({ path, unsure: unsureAnswers(descriptor, path), ranks: answerRanks(descriptor, path) }));
  const better = (a: (typeof info)[number], b: (typeof info)[number]) => a.unsure - b.unsure || a.path.events.length - b.path.events.length || compareRanks(a.ranks, b.ranks);
  const byEnd = new Map<string, typeof info>();
  for (const i of info) byEnd.set(i.path.end, [...(byEnd.get(i.path.end) ?? []), i]);
  const ends = [...byEnd.values()].map((list) => list.sort(better)).sort((a, b) => compareRanks(a[0].ranks, b[0].ranks));

  const paths = [...ends.map((list) => list[0].path), ...ends.flatMap((list) => list.slice(1).map((i) => i.path))];
  const titleOf = (id: string) => graph.nodes.find((n) => n.id === id)?.title ?? id;
  const names = ends.map((list) => titleOf(list[0].path.end));
  const groups: OutcomeGroup[] = [];
  let next = ends.length;
  ends.forEach((list, g) => {
    const typical = list[0].path;
    let name = names[g];
    if (names.filter((n) => n === name).length > 1) {
      const before = typical.states[typical.states.length - 1];
      name = t('trainer.pathName.after', { name, title: titleOf(before) });
    }
    const others = list.slice(1).map(() => next++);
    groups.push({ end: typical.end, name, typical: g, others, unsure: list.slice(1).filter((i) => i.unsure > 0).length });
  });
  // Still the same name (the same step before): number them.
  for (const gr of groups) {
    const same = groups.filter((x) => x.name === gr.name);
    if (same.length > 1) same.forEach((x, k) => (x.name = `${x.name.replace(/ \(\d+\)$/, '')} (${k + 1})`));
  }
  return { paths, groups };
}

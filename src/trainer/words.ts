import type { OutcomeResult } from '../flows/shared/types';
import type { GraphNode } from './graph';

export const KIND_WORDS = { question: 'Question', evidence: 'Evidence', action: 'Action', check: 'Check', outcome: 'Result', unknown: 'Step' } as const;
export const RESULT_WORDS: Record<OutcomeResult, string> = { resolved: 'Fixed', 'not-this': 'Not this issue', escalate: 'Escalate' };

/** A step's kind in words, e.g. "Question" or "Result: Fixed". */
export function kindWords(node: Pick<GraphNode, 'kind' | 'result'>): string {
  return node.kind === 'outcome' && node.result ? `${KIND_WORDS.outcome}: ${RESULT_WORDS[node.result]}` : KIND_WORDS[node.kind];
}

/** The title without the result it repeats ("Not this issue: the device…" → "the device…" after "Result: Not this issue"). */
export function titleAfterKind(node: Pick<GraphNode, 'kind' | 'result' | 'title'>): string {
  if (node.kind !== 'outcome' || !node.result) return node.title;
  const words = RESULT_WORDS[node.result];
  if (node.title.toLowerCase() === words.toLowerCase()) return '';
  return node.title.toLowerCase().startsWith(`${words.toLowerCase()}: `) ? node.title.slice(words.length + 2) : node.title;
}

/** A step in words, its kind first, without saying a result twice: "Result: Not this issue: the device is not joined". */
export function stepWords(node: Pick<GraphNode, 'kind' | 'result' | 'title'>): string {
  const title = titleAfterKind(node);
  return title ? `${kindWords(node)}: ${title}` : kindWords(node);
}

/** What a "go to" box says above the step's name. */
export function goToWords(ref: { part?: number }, node: Pick<GraphNode, 'kind' | 'result'>): string {
  return `${ref.part === undefined ? 'Go to' : `Go to part ${ref.part + 1}`} · ${kindWords(node)}`;
}


import type { OutcomeResult } from '../flows/shared/types';
import { t } from '../words/messages';
import type { GraphNode } from './graph';

/** A step's kind in words, e.g. "Question" or "Result: Fixed". */
export function kindWords(node: Pick<GraphNode, 'kind' | 'result'>): string {
  return node.kind === 'outcome' && node.result ? t('trainer.kindResult', { kind: t('trainer.kind.outcome'), result: resultWords(node.result) }) : t(`trainer.kind.${node.kind}`);
}

/** An outcome's result in words ("Fixed", "Not this issue", "Escalate"). */
export function resultWords(result: OutcomeResult): string {
  return t(`trainer.result.${result}`);
}

/** The title without the result it repeats ("Not this issue: the device…" → "the device…" after "Result: Not this issue"). */
export function titleAfterKind(node: Pick<GraphNode, 'kind' | 'result' | 'title'>): string {
  if (node.kind !== 'outcome' || !node.result) return node.title;
  const words = resultWords(node.result);
  if (node.title.toLowerCase() === words.toLowerCase()) return '';
  return node.title.toLowerCase().startsWith(`${words.toLowerCase()}: `) ? node.title.slice(words.length + 2) : node.title;
}

/** A step in words, its kind first, without saying a result twice: "Result: Not this issue: the device is not joined". */
export function stepWords(node: Pick<GraphNode, 'kind' | 'result' | 'title'>): string {
  const title = titleAfterKind(node);
  return title ? t('trainer.stepWords', { kind: kindWords(node), title }) : kindWords(node);
}

/** What a "go to" box says above the step's name. */
export function goToWords(ref: { part?: number }, node: Pick<GraphNode, 'kind' | 'result'>): string {
  const goTo = ref.part === undefined ? t('trainer.goTo') : t('trainer.goToPart', { part: ref.part + 1 });
  return t('trainer.goToKind', { goTo, kind: kindWords(node) });
}

/**
 * The words each first blocker stands for (words.yaml `messages`): the line that stops setup and what it means.
 * rules.ts decides which blocker comes first; the steps (logic.ts) and Suggestions (matches.ts) show these words.
 */
import { localize } from '../../words/locale';
import type { FlowWords } from '../../words/schema';
import { fill, type Values } from '../../words/template';
import { PRT_STALE_HOURS, type Blocker } from './rules';
import words from './words.yaml';

/** One of the flow's `messages`, filled with the given values. */
export function message(name: string, values: Values = {}): string {
  const text = (words as FlowWords).messages?.[name];
  if (text === undefined) throw new Error(`src/flows/provisioning-not-starting/words.yaml has no message "${name}".`);
  return fill(localize(text), values);
}

/** The line that blocks, as printed: the reason on the evidence step, in the steps so far and in Suggestions. */
export const blockerLine = (b: Blocker) => message(`blocker-${b}`, { staleHours: PRT_STALE_HOURS });

/** What the blocking line means, in plain words. */
export const meaningOf = (b: Blocker) => message(`meaning-${b}`, { staleHours: PRT_STALE_HOURS });

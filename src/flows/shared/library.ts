/**
 * Steps several flows share, defined once: their words in ./words/<name>.yaml, their readers beside them. A flow's
 * words use one with `use: <name>.<step>` and may override any of its words (a flow-specific body, say).
 */
import type { SharedWords, StepWords } from '../../words/schema';
import { dcBuildsLogic } from './dcSteps';
import { deploymentLogic } from './deployment';
import { joinLogic } from './join';
import type { StepLogic } from './logic';
import dcBuildsWords from './words/dcBuilds.yaml';
import deploymentWords from './words/deployment.yaml';
import joinWords from './words/join.yaml';

interface SharedFile {
  words: SharedWords;
  logic: Record<string, StepLogic<any>>;
}

const LIBRARY: Record<string, SharedFile> = {
  join: { words: joinWords as SharedWords, logic: joinLogic },
  deployment: { words: deploymentWords as SharedWords, logic: deploymentLogic },
  dcBuilds: { words: dcBuildsWords as SharedWords, logic: dcBuildsLogic },
};

/** The names of the shared steps, `<file>.<step>` (for the content lint). */
export const sharedStepNames: readonly string[] = Object.entries(LIBRARY).flatMap(([file, s]) => Object.keys(s.words.steps).map((step) => `${file}.${step}`));

/** A shared step by reference, e.g. `join.question`; undefined when there is no such step. */
export function sharedStep(ref: string): { words: StepWords; messages?: Record<string, string>; logic?: StepLogic<any> } | undefined {
  const [file, step] = ref.split('.') as [string, string];
  const shared = LIBRARY[file];
  const words = shared?.words.steps[step];
  return words && { words, messages: shared!.words.messages, logic: shared!.logic[step] };
}

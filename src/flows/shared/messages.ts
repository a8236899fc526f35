/** A flow's own `messages` (its words.yaml) for logic outside a step: values, answers' words, Suggestions. */
import { localize } from '../../words/locale';
import type { FlowWords } from '../../words/schema';
import { fill, type Values } from '../../words/template';
import type { Say } from './logic';

/**
 * `say('name', {…})` gives the flow's message `name`, filled and in the current language; an unknown name throws.
 * `section` picks another part of the file: `matches` (the Suggestions reasons, from `words.yaml?matches`).
 */
export function messagesOf(words: unknown, file: string, section: 'messages' | 'matches' = 'messages'): Say {
  const messages = (words as Pick<FlowWords, 'messages' | 'matches'>)[section] ?? {};
  return (name: string, values: Values = {}) => {
    const template = messages[name];
    if (template === undefined) throw new Error(`${file}: ${section}.${name} is missing (its logic uses it)`);
    return fill(localize(template), values);
  };
}

/** A flow's own `messages` (its words.yaml) for logic outside a step: values, answers' words, Suggestions. */
import { localize } from '../../words/locale';
import type { FlowWords } from '../../words/schema';
import { fill, type Values } from '../../words/template';
import type { Say } from './logic';

/** `say('name', {…})` gives the flow's message `name`, filled and in the current language; an unknown name throws. */
export function messagesOf(words: unknown, file: string): Say {
  const messages = (words as FlowWords).messages ?? {};
  return (name: string, values: Values = {}) => {
    const template = messages[name];
    if (template === undefined) throw new Error(`${file}: messages.${name} is missing (its logic uses it)`);
    return fill(localize(template), values);
  };
}

/** The line that stops setup, as printed (words.yaml `matches`): read from the whole words or from `words.yaml?matches`. */
import { messagesOf } from '../shared/messages';
import { PRT_STALE_HOURS, type Blocker } from './rules';

export const lineOf = (words: unknown, b: Blocker) => messagesOf(words, 'src/flows/provisioning-not-starting/words.yaml', 'matches')(`blocker-${b}`, { staleHours: PRT_STALE_HOURS });

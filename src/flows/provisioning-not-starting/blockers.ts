/**
 * The words each first blocker stands for: the line that stops setup (words.yaml `matches`, which Suggestions shows
 * too) and what it means (`messages`).
 * rules.ts decides which blocker comes first; the steps (logic.ts) and Suggestions (matches.ts) show these words.
 */
import { messagesOf } from '../shared/messages';
import { lineOf } from './lines';
import { PRT_STALE_HOURS, type Blocker } from './rules';
import words from './words.yaml';

/** One of the flow's `messages`, filled with the given values. */
export const message = messagesOf(words, 'src/flows/provisioning-not-starting/words.yaml');

/** The line that blocks, as printed: the reason on the evidence step, in the steps so far and in Suggestions. */
export const blockerLine = (b: Blocker) => lineOf(words, b);

/** What the blocking line means, in plain words. */
export const meaningOf = (b: Blocker) => message(`meaning-${b}`, { staleHours: PRT_STALE_HOURS });

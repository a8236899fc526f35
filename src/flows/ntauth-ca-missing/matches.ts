import { match } from '../shared/matches';
import { messagesOf } from '../shared/messages';
import reasons from './words.yaml?matches';

const say = messagesOf(reasons, 'src/flows/ntauth-ca-missing/words.yaml', 'matches');

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'ntauth', reason: (f) => say('ntauthListed', { summary: f.summary }) }),
  match({
    kind: 'error-code',
    when: (f) => f.codes.some((c) => c.code === '0xC00000BB'),
    reason: () => say('kdcCode'),
  }),
];

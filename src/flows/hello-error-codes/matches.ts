import type { AnyMatch } from '../shared/matches';

/**
 * The evidence that points to this flow (paste triage ranks from it), e.g.
 * match({ kind: 'udr-event', when: (f) => f.eventId === 360, rank: 2 }) with `import { match } from '../shared/matches'`.
 */
export const matches: AnyMatch[] = [];

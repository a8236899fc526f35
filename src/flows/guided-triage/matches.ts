import type { AnyMatch } from '../shared/matches';

/** Pasted evidence never points to the guided triage: it is for people with a symptom only. */
export const matches: AnyMatch[] = [];

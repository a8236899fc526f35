/**
 * Every flow's evidence matches, found from the folders (`src/flows/<id>/matches.ts`).
 * Loaded with paste triage only; small (facts predicates, no machines or words).
 */
import { folderOf } from './registry';
import type { AnyMatch } from './shared/matches';

const modules = import.meta.glob<{ matches: AnyMatch[] }>('./*/matches.ts', { eager: true });

/** Flow id → what points to it. */
export const matchesByFlow: ReadonlyMap<string, readonly AnyMatch[]> = new Map(
  Object.entries(modules).map(([path, m]) => [folderOf(path), m.matches]),
);

import { useSyncExternalStore } from 'react';
import { caseStore } from './store';
import type { Case } from './types';

export function useCases(): Case[] {
  return useSyncExternalStore(caseStore.subscribe, caseStore.list, caseStore.list);
}

const NONE: ReturnType<typeof caseStore.unreadable> = [];

/** Storage faults are shown once the page is live: a prerendered page is hydrated as the build rendered it (none). */
export function useUnreadableCases() {
  return useSyncExternalStore(caseStore.subscribe, caseStore.unreadable, () => NONE);
}

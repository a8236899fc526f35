import { useSyncExternalStore } from 'react';
import { caseStore } from './store';
import type { Case } from './types';

export function useCases(): Case[] {
  return useSyncExternalStore(caseStore.subscribe, caseStore.list, caseStore.list);
}

export function useUnreadableCases() {
  return useSyncExternalStore(caseStore.subscribe, caseStore.unreadable, caseStore.unreadable);
}

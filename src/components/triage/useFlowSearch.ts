import { useCallback, useEffect, useMemo, useState } from 'react';
import type { FlowSearch, SearchHit } from '../../triage/searchIndex';

export type SearchState = { status: 'empty' } | { status: 'loading' } | { status: 'done'; hits: SearchHit[] } | { status: 'failed' };

let shared: Promise<FlowSearch> | undefined;

/** Loads MiniSearch and every flow's words once, on first use (focus or typing), never on page load. */
function loadSearch(): Promise<FlowSearch> {
  if (!shared) {
    shared = import('../../triage/searchIndex').then((m) => m.loadFlowSearch());
    shared.catch(() => {
      shared = undefined;
    });
  }
  return shared;
}

/** Searches the flows for the query; `warm` starts loading the index early (on focus). */
export function useFlowSearch(query: string): { state: SearchState; warm: () => void } {
  const [search, setSearch] = useState<FlowSearch>();
  const [failed, setFailed] = useState(false);
  const warm = useCallback(() => {
    loadSearch().then(setSearch, () => setFailed(true));
  }, []);
  const wanted = query.trim();
  useEffect(() => {
    if (wanted && !search) warm();
  }, [wanted, search, warm]);
  const hits = useMemo(() => (search && wanted ? search.search(wanted) : undefined), [search, wanted]);
  if (!wanted) return { state: { status: 'empty' }, warm };
  if (hits) return { state: { status: 'done', hits }, warm };
  return { state: failed ? { status: 'failed' } : { status: 'loading' }, warm };
}

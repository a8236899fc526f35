import { useEffect, useState } from 'react';
import type { PasteTriage } from '../../triage/pasteTriage';

export type PasteTriageState = { status: 'empty' } | { status: 'busy' } | { status: 'done'; result: PasteTriage } | { status: 'failed' };

/**
 * Analyses the paste as it changes (debounced) and ranks the flows it points to. The analyzers
 * load on first use, so the home page stays small.
 */
export function usePasteTriage(text: string, delay = 150): PasteTriageState {
  const [done, setDone] = useState<{ text: string; state: PasteTriageState }>({ text: '', state: { status: 'empty' } });
  const empty = !text.trim();
  useEffect(() => {
    if (empty) return;
    let live = true;
    const timer = setTimeout(() => {
      import('../../triage/pasteTriage')
        .then((m) => m.triagePaste(text))
        .then((result) => live && setDone({ text, state: { status: 'done', result } }))
        .catch(() => live && setDone({ text, state: { status: 'failed' } }));
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, empty, delay]);
  if (empty) return { status: 'empty' };
  return done.text === text ? done.state : { status: 'busy' };
}

import { useEffect, useState } from 'react';
import type { AnyFinding } from '../evidence/types';
import { withBuildVerdicts } from '../flows/shared/builds';

export interface PasteAnalysis {
  findings: AnyFinding[];
  /** True while the latest text is still being read. */
  busy: boolean;
}

const NONE: AnyFinding[] = [];

/** Analyses pasted text as it changes (debounced, off the main thread for big pastes; the analyzers' code loads on the first paste). */
export function usePasteAnalysis(text: string, delay = 120): PasteAnalysis {
  const [done, setDone] = useState<{ text: string; findings: AnyFinding[] }>({ text: '', findings: NONE });
  const empty = !text.trim();
  useEffect(() => {
    if (empty) return;
    let live = true;
    const timer = setTimeout(() => {
      // The analyzers load with the first paste: an evidence form draws (a flow's first visit) without them.
      import('../evidence/analyze-async')
        .then(({ analyzeEvidenceAsync }) => analyzeEvidenceAsync(text))
        .then((findings) => live && setDone({ text, findings: withBuildVerdicts(findings) }))
        .catch(() => live && setDone({ text, findings: NONE }));
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, empty, delay]);
  if (empty) return { findings: NONE, busy: false };
  return done.text === text ? { findings: done.findings, busy: false } : { findings: NONE, busy: true };
}

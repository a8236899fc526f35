/**
 * Pasted evidence → the flows it points to, most likely first, each with the reasons
 * (the findings' own one-line summaries). Pure: no React, no I/O.
 */
import type { AnyFinding } from '../evidence/types';

export interface Suggestion {
  flowId: string;
  /** Higher is more likely. */
  score: number;
  /** Why: the summaries of the findings that point here, strongest first, no repeats. */
  reasons: string[];
}

/** A finding's first suggestion counts 1, its second 1/2, its third 1/3… */
const weightAt = (i: number) => 1 / (i + 1);

/**
 * Merges what every finding suggests. The same finding repeated (a log with 40 copies of one
 * event) counts once, so one noisy kind can't outvote two different pieces of evidence.
 * `isKnown` drops flows the app doesn't have.
 */
export function rankSuggestions(findings: readonly AnyFinding[], isKnown: (flowId: string) => boolean = () => true): Suggestion[] {
  const byFlow = new Map<string, { score: number; reasons: Map<string, number>; first: number }>();
  const counted = new Set<string>();
  let order = 0;
  for (const f of findings) {
    if (!f || !Array.isArray(f.suggests) || f.suggests.length === 0) continue;
    const summary = typeof f.summary === 'string' && f.summary.trim() ? f.summary.trim() : String(f.kind);
    const key = `${f.kind}|${summary}|${f.suggests.join(',')}`;
    if (counted.has(key)) continue;
    counted.add(key);
    f.suggests.forEach((flowId, i) => {
      if (!isKnown(flowId)) return;
      const w = weightAt(i);
      let entry = byFlow.get(flowId);
      if (!entry) {
        entry = { score: 0, reasons: new Map(), first: order++ };
        byFlow.set(flowId, entry);
      }
      entry.score += w;
      entry.reasons.set(summary, Math.max(entry.reasons.get(summary) ?? 0, w));
    });
  }
  return [...byFlow.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .map(([flowId, e]) => ({
      flowId,
      score: e.score,
      reasons: [...e.reasons.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r),
    }));
}

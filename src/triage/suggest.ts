/**
 * Pasted evidence → the flows it points to, most likely first, each with the reasons. The
 * flows declare what points to them (`src/flows/<id>/matches.ts`); evidence gives facts only.
 * Pure: no React, no I/O.
 */
import type { AnyFinding } from '../evidence/types';
import { matchesByFlow } from '../flows/matches';
import { allFlows } from '../flows/registry';
import type { AnyMatch, Match } from '../flows/shared/matches';

export interface Suggestion {
  flowId: string;
  /** Higher is more likely. */
  score: number;
  /** Why: the matches' reasons (by default the findings' summaries), strongest first, no repeats. */
  reasons: string[];
}

interface Pointer {
  flowId: string;
  rank: number;
  reason: string;
}

/** The catalog's order breaks ties between flows a finding points to with the same rank. */
const catalogOrder = (declared: ReadonlyMap<string, readonly AnyMatch[]>) => {
  const order: string[] = allFlows.map((f) => f.id);
  const at = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  return [...declared.keys()].sort((a, b) => at(a) - at(b) || a.localeCompare(b));
};

/** The flows one finding points to, by rank. A declaration that throws on odd facts points nowhere. */
function pointersOf(f: AnyFinding, summary: string, declared: ReadonlyMap<string, readonly AnyMatch[]>, ids: string[]): Pointer[] {
  const out: Pointer[] = [];
  for (const flowId of ids) {
    for (const m of (declared.get(flowId) ?? []) as Match[]) {
      if (m.kind !== f.kind) continue;
      try {
        if (m.when && !m.when(f.facts)) continue;
        const rank = typeof m.rank === 'function' ? m.rank(f.facts) : (m.rank ?? 1);
        const reason = m.reason ? m.reason(f) : summary;
        out.push({ flowId, rank: rank >= 1 ? rank : 1, reason: reason || summary });
        break;
      } catch {
        continue;
      }
    }
  }
  return out.sort((a, b) => a.rank - b.rank);
}

/**
 * Ranks the flows the findings point to: a finding adds 1/rank to each flow it points to. The same
 * finding repeated (a log with 40 copies of one event) counts once, so one noisy kind can't
 * outvote two different pieces of evidence. `isKnown` drops flows the app doesn't have.
 */
export function rankSuggestions(
  findings: readonly AnyFinding[],
  isKnown: (flowId: string) => boolean = () => true,
  declared: ReadonlyMap<string, readonly AnyMatch[]> = matchesByFlow,
): Suggestion[] {
  const ids = catalogOrder(declared);
  const byFlow = new Map<string, { score: number; reasons: Map<string, number>; first: number }>();
  const counted = new Set<string>();
  let order = 0;
  for (const f of findings) {
    if (!f || typeof f.facts !== 'object' || f.facts === null) continue;
    const summary = typeof f.summary === 'string' && f.summary.trim() ? f.summary.trim() : String(f.kind);
    const pointers = pointersOf(f, summary, declared, ids).filter((p) => isKnown(p.flowId));
    if (pointers.length === 0) continue;
    const key = `${f.kind}|${summary}|${pointers.map((p) => p.flowId).join(',')}`;
    if (counted.has(key)) continue;
    counted.add(key);
    for (const p of pointers) {
      const w = 1 / p.rank;
      let entry = byFlow.get(p.flowId);
      if (!entry) {
        entry = { score: 0, reasons: new Map(), first: order++ };
        byFlow.set(p.flowId, entry);
      }
      entry.score += w;
      entry.reasons.set(p.reason, Math.max(entry.reasons.get(p.reason) ?? 0, w));
    }
  }
  return [...byFlow.entries()]
    .sort(([, a], [, b]) => b.score - a.score || a.first - b.first)
    .map(([flowId, e]) => ({
      flowId,
      score: e.score,
      reasons: [...e.reasons.entries()].sort((a, b) => b[1] - a[1]).map(([r]) => r),
    }));
}

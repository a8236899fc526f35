/**
 * The home page's paste box, behind a dynamic import: analyse the paste, rank the flows it points
 * to, and say what was recognised. Loaded only when someone pastes, so the analyzers stay out of
 * the first page load.
 */
import { analyzeEvidenceAsync } from '../evidence/analyze-async';
import { describeKind } from '../evidence';
import type { FindingKind } from '../evidence/types';
import { withBuildVerdicts } from '../flows/shared/builds';
import { flowMeta } from '../flows/registry';
import { rankSuggestions } from './suggest';

export interface TriagedSuggestion {
  flowId: string;
  title: string;
  reasons: string[];
}

export interface Recognised {
  kind: FindingKind;
  /** What kind of evidence, in words: "User Device Registration event". */
  name: string;
  summary: string;
  /** How many times this exact finding appears in the paste. */
  count: number;
}

export interface PasteTriage {
  suggestions: TriagedSuggestion[];
  recognised: Recognised[];
}

/** Never rejects: a paste that can't be read gives no findings. */
export async function triagePaste(text: string): Promise<PasteTriage> {
  const findings = withBuildVerdicts(await analyzeEvidenceAsync(text).catch(() => []));
  const suggestions = rankSuggestions(findings, (id) => !!flowMeta(id)).map((s) => ({
    flowId: s.flowId,
    title: flowMeta(s.flowId)?.title ?? s.flowId,
    reasons: s.reasons,
  }));
  const recognised = new Map<string, Recognised>();
  for (const f of findings) {
    const key = `${f.kind}|${f.summary}`;
    const seen = recognised.get(key);
    if (seen) seen.count++;
    else recognised.set(key, { kind: f.kind, name: describeKind(f.kind), summary: f.summary, count: 1 });
  }
  return { suggestions, recognised: [...recognised.values()].slice(0, 20) };
}

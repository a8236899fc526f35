import type { AnyFinding } from '../evidence/types';
import { withBuildVerdicts } from '../flows/shared/builds';

/**
 * Evidence pasted on the home page before a case was opened, kept in memory only (never stored):
 * later evidence steps of that case start with it in their paste box when it answers them.
 */
const carried = new Map<string, { text: string; findings: AnyFinding[] }>();

/** Analyses the carried paste as the paste box does (capped, in a worker when big) and keeps it for the case. */
export async function carryEvidence(caseId: string, text: string): Promise<AnyFinding[]> {
  // The analyzers load only when a paste was carried: a flow page's first visit doesn't fetch them.
  const { analyzeEvidenceAsync } = await import('../evidence/analyze-async');
  const findings = withBuildVerdicts(await analyzeEvidenceAsync(text));
  carried.set(caseId, { text, findings });
  return findings;
}

export function carriedEvidence(caseId: string): { text: string; findings: AnyFinding[] } | undefined {
  return carried.get(caseId);
}

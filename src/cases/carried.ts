import { analyzeEvidence } from '../evidence';
import type { AnyFinding } from '../evidence/types';

/**
 * Evidence pasted on the home page before a case was opened, kept in memory only (never stored):
 * later evidence steps of that case start with it in their paste box when it answers them.
 */
const carried = new Map<string, { text: string; findings: AnyFinding[] }>();

export function carryEvidence(caseId: string, text: string): AnyFinding[] {
  const findings = analyzeEvidence(text);
  carried.set(caseId, { text, findings });
  return findings;
}

export function carriedEvidence(caseId: string): { text: string; findings: AnyFinding[] } | undefined {
  return carried.get(caseId);
}

/**
 * How a flow says which evidence points to it: each flow's `matches.ts` lists the findings
 * (by kind and facts) that suggest it, how strongly, and the reason shown in Suggestions.
 * Pure data and small predicates over facts; paste triage ranks from these declarations.
 */
import type { DsregcmdFacts, FactsByKind, Finding, FindingKind } from '../../evidence/types';

export interface Match<K extends FindingKind = FindingKind> {
  kind: K;
  /** Whether a finding of this kind points here (default: every one does). */
  when?: (facts: FactsByKind[K]) => boolean;
  /** 1 when this flow is the finding's first explanation, 2 the second… Weighs 1/rank (default 1). */
  rank?: number | ((facts: FactsByKind[K]) => number);
  /** The reason shown in Suggestions (default: the finding's one-line summary). */
  reason?: (finding: Finding<K>) => string;
}

export type AnyMatch = { [K in FindingKind]: Match<K> }[FindingKind];

/** Declares one match with its facts typed by its kind. */
export function match<K extends FindingKind>(m: Match<K>): AnyMatch {
  return m as unknown as AnyMatch;
}

/** What a dsregcmd /status output says about provisioning, in order of precedence. */
export type DsregcmdPicture = 'cert-trust-without-adfs-token' | 'will-not-provision' | 'hybrid-provisioned' | 'entra-provisioned' | 'none';

export function dsregcmdPicture(f: DsregcmdFacts): DsregcmdPicture {
  const certTrust = f.certEnrollment?.toLowerCase() === 'enrollment authority';
  if (f.adfsRefreshToken === false && (certTrust || f.preReqResult === 'WillNotProvision')) return 'cert-trust-without-adfs-token';
  if (f.preReqResult === 'WillNotProvision' || (f.failingPrereqs?.length ?? 0) > 0) return 'will-not-provision';
  if (f.ngcSet === true && f.joinType === 'hybrid') return 'hybrid-provisioned';
  if (f.ngcSet === true && f.joinType === 'entra') return 'entra-provisioned';
  return 'none';
}

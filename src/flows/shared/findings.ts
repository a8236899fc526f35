import type { AnyFinding, FindingKind, Finding } from '../../evidence/types';

/** The first finding of a kind in an analysed paste. */
export function findingOf<K extends FindingKind>(findings: readonly AnyFinding[], kind: K): Finding<K> | undefined {
  return findings.find((f) => f.kind === kind) as Finding<K> | undefined;
}

/** Every finding of a kind. */
export function findingsOf<K extends FindingKind>(findings: readonly AnyFinding[], kind: K): Finding<K>[] {
  return findings.filter((f) => f.kind === kind) as Finding<K>[];
}

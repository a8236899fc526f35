import { say } from './say.ts';
import { FINDING_KINDS, type FindingKind } from './types.ts';

/** A plain name for a kind of evidence, e.g. "dsregcmd /status output" (src/evidence/words.yaml kinds). */
export function describeKind(kind: FindingKind): string {
  return (FINDING_KINDS as readonly string[]).includes(kind) ? say(`kinds.${kind}`) : String(kind);
}

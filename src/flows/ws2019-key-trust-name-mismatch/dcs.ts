/**
 * Domain controller builds typed (or filled in from a paste) one per line, e.g. "DC1 17763.253",
 * and the name mismatch verdict for each (its words: verdicts.ts with words.yaml). Pure; the build rules live in
 * each flow's builds.ts.
 */
import { serverNameForMajor, WS2016_MAJOR } from '../../evidence/build-numbers';
import { keyDeletionVerdict } from '../hybrid-key-deletion/builds';
import { nameMismatchVerdict } from './builds';

import type { BuildVerdict, Dc } from '../shared/dcs';

export { buildOf, linesFromMachines, parseDcLines, type Dc, type DcList } from '../shared/dcs';

export function nameMismatchOf(dc: Dc): BuildVerdict {
  return nameMismatchVerdict(dc.major, dc.revision);
}

/** A Windows Server 2019 DC below 17763.316. */
export function isAffected(dc: Dc): boolean {
  return nameMismatchOf(dc).status === 'affected';
}

/** A Windows Server 2019 DC whose revision wasn't given, so it can't be ruled out. */
export function isUnknown(dc: Dc): boolean {
  return nameMismatchOf(dc).status === 'unknown';
}

/** In the hybrid key trust key deletion range, or a 2016/2019 build that can't be ruled out for it. */
export function inKeyDeletionRange(dc: Dc): boolean {
  const s = keyDeletionVerdict(dc.major, dc.revision).status;
  return s === 'affected' || s === 'unknown';
}

/** The Windows Server release a DC's build belongs to (e.g. "Windows Server 2019"); undefined for other builds. */
export function osNameOf(dc: Dc): string | undefined {
  return serverNameForMajor(dc.major);
}

/** A Windows Server 2016 DC: never has this issue. */
export function isWs2016(dc: Dc): boolean {
  return dc.major === WS2016_MAJOR;
}

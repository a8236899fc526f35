/**
 * Domain controller builds typed (or filled in from a paste) one per line, e.g. "DC1 17763.1613",
 * and the key deletion verdict for each (its words: verdicts.ts with words.yaml). Pure; the build rules live in
 * each flow's builds.ts.
 */
import { serverNameForMajor } from '../../evidence/build-numbers';
import { nameMismatchVerdict } from '../ws2019-key-trust-name-mismatch/builds';
import { keyDeletionVerdict } from './builds';

import type { BuildVerdict, Dc } from '../shared/dcs';

export { buildOf, linesFromMachines, parseDcLines, type Dc, type DcList } from '../shared/dcs';

export function keyDeletionOf(dc: Dc): BuildVerdict {
  return keyDeletionVerdict(dc.major, dc.revision);
}

/** A Windows Server 2019 DC below 17763.316: the separate name mismatch issue. */
export function hasNameMismatchBuild(dc: Dc): boolean {
  return nameMismatchVerdict(dc.major, dc.revision).status === 'affected';
}

/** In the key deletion range, or a 2016/2019 build that can't be ruled out (no revision, or between the range and its fix). */
export function needsKeyDeletionFix(dc: Dc): boolean {
  const s = keyDeletionOf(dc).status;
  return s === 'affected' || s === 'unknown';
}

/** The Windows Server release a DC's build belongs to (e.g. "Windows Server 2019"); undefined for other builds. */
export function osNameOf(dc: Dc): string | undefined {
  return serverNameForMajor(dc.major);
}

/** True when some listed DC's revision is missing: the table then explains how to read it. */
export function someRevisionUnknown(dcs: readonly Dc[]): boolean {
  return dcs.some((dc) => dc.revision === null && serverNameForMajor(dc.major) !== undefined);
}

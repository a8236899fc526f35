/**
 * Domain controller builds typed (or filled in from a paste) one per line, e.g. "DC1 17763.1613",
 * and the key deletion verdict for each. Pure; the build rules live in each flow's builds.ts.
 */
import { serverNameForMajor } from '../../evidence/build-numbers';
import { nameMismatchVerdict } from '../ws2019-key-trust-name-mismatch/builds';
import { keyDeletionVerdict } from './builds';

import { buildOf, type BuildVerdict, type Dc } from '../shared/dcs';

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

function osOf(dc: Dc): string {
  return serverNameForMajor(dc.major) ?? `build ${dc.major}`;
}

/** One line per DC: its build and what it means for the key deletion issue. */
export function verdictLine(dc: Dc): string {
  const v = keyDeletionOf(dc);
  const head = `${dc.name}: ${buildOf(dc)} (${osOf(dc)})`;
  switch (v.status) {
    case 'affected':
      return `${head}: affected. It deletes keys; update it to ${v.fixBuild} (${v.kb}) or later.`;
    case 'fixed':
      return `${head}: fixed. It is at or above ${v.fixBuild} (${v.kb}).`;
    case 'not-affected':
      if (hasNameMismatchBuild(dc)) return `${head}: outside the key deletion range, but below 17763.316, so it has the older Windows Server 2019 name mismatch issue.`;
      return serverNameForMajor(dc.major)
        ? `${head}: outside the range. It is older than the first affected build, so it does not delete keys.`
        : `${head}: outside the range. Only Windows Server 2016 and 2019 builds have this issue.`;
    case 'unknown':
      return dc.revision === null
        ? `${head}: revision unknown. The number after the dot decides it; read it on the DC with ver or winver (see below).`
        : `${head}: not documented either way (between the last affected build and the fix). Update it to ${v.fixBuild} (${v.kb}) or later to be safe.`;
  }
}

/** What to do on one DC that needs the fix, e.g. "DC1 (now 17763.1613): update to 17763.1637 (KB4592440) or later". */
export function updateLine(dc: Dc): string {
  const v = keyDeletionOf(dc);
  if (dc.revision === null) {
    return `${dc.name} (revision unknown): if ver shows a build below ${v.fixBuild}, update it to ${v.fixBuild} (${v.kb}) or later.`;
  }
  return `${dc.name} (now ${buildOf(dc)}): update to ${v.fixBuild} (${v.kb}) or later.`;
}

/** After the update was confirmed: each DC that needed it, with the build it had then, never shown as its build now. */
export function updatedList(dcs: readonly Dc[]): string {
  const done = dcs.filter(needsKeyDeletionFix);
  if (!done.length) return 'No DC in your list needed this update.';
  return done.map((dc) => {
    const v = keyDeletionOf(dc);
    return `${dc.name}: was ${buildOf(dc)} before the update; should now run ${v.fixBuild} (${v.kb}) or later.`;
  }).join('\n');
}

/** True when some listed DC's revision is missing: the table then explains how to read it. */
export function someRevisionUnknown(dcs: readonly Dc[]): boolean {
  return dcs.some((dc) => dc.revision === null && serverNameForMajor(dc.major) !== undefined);
}

export const HOW_TO_READ_REVISION_WORDS =
  'To read a revision, sign in to that DC and run ver in a command prompt: "Microsoft Windows [Version 10.0.17763.1613]" means build 17763.1613. winver shows the same as "OS Build 17763.1613". systeminfo and [Environment]::OSVersion leave the revision out (or show 0), so they can\'t answer this.';

/** The per-DC verdict table, then what the list means as a whole. Paragraphs are separated by blank lines. */
export function verdictTable(dcs: readonly Dc[], unread: readonly string[] = []): string {
  if (dcs.length === 0) return 'No domain controller builds have been entered yet.';
  const parts = [`Your domain controllers and the key deletion issue:\n${dcs.map(verdictLine).join('\n')}`];
  if (unread.length) parts.push(`These lines held no build number and were left out: ${unread.join('; ')}. Add them again if they are DCs.`);
  if (someRevisionUnknown(dcs)) parts.push(HOW_TO_READ_REVISION_WORDS);
  const needFix = dcs.filter(needsKeyDeletionFix);
  if (needFix.length === 0) {
    parts.push('No DC you listed is in the affected range, so the key deletion issue should not happen here. The next steps check whether the key is simply not synced yet.');
  } else {
    parts.push(`To update: ${needFix.map((dc) => dc.name).join(', ')}.`);
    if (needFix.length < dcs.length) {
      parts.push('Your DCs run a mix of builds. A sign-in that reaches an affected DC deletes the key and one that reaches another DC does not, which is why failures can come and go.');
    }
  }
  return parts.join('\n\n');
}

/** One line per DC that needs the fix; a note when none does. */
export function updateList(dcs: readonly Dc[]): string {
  const needFix = dcs.filter(needsKeyDeletionFix);
  return needFix.length ? needFix.map(updateLine).join('\n') : 'No DC in your list needs this update.';
}

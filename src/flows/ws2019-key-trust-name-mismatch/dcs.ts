/**
 * Domain controller builds typed (or filled in from a paste) one per line, e.g. "DC1 17763.253",
 * and the name mismatch verdict for each. Pure; the build rules live in each flow's builds.ts.
 */
import { serverNameForMajor, WS2016_MAJOR, WS2019_MAJOR } from '../../evidence/build-numbers';
import { keyDeletionVerdict } from '../hybrid-key-deletion/builds';
import { nameMismatchVerdict } from './builds';

import { buildOf, type BuildVerdict, type Dc } from '../shared/dcs';

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

function osOf(dc: Dc): string {
  return serverNameForMajor(dc.major) ?? `build ${dc.major}`;
}

/** One line per DC: its build and what it means for the name mismatch issue. */
export function verdictLine(dc: Dc): string {
  const v = nameMismatchOf(dc);
  const head = `${dc.name}: ${buildOf(dc)} (${osOf(dc)})`;
  switch (v.status) {
    case 'affected':
      return `${head}: affected. Update it to ${v.fixBuild} (${v.kb}) or later.`;
    case 'fixed':
      return `${head}: fixed. It is at or above ${v.fixBuild} (${v.kb}).`;
    case 'unknown':
      return `${head}: revision unknown. The number after the dot decides it; read it on the DC with ver or winver.`;
    case 'not-affected':
      return dc.major === WS2016_MAJOR
        ? `${head}: not affected. Windows Server 2016 DCs don't have this issue.`
        : `${head}: not affected. Only Windows Server 2019 builds below ${WS2019_MAJOR}.316 have this issue.`;
  }
}

export const HOW_TO_READ_REVISION_WORDS =
  'To read a revision, sign in to that DC and run ver in a command prompt: "Microsoft Windows [Version 10.0.17763.253]" means build 17763.253. winver shows it as "OS Build 17763.253". systeminfo and [Environment]::OSVersion leave the revision out (or show 0), so they can\'t answer this.';

/** The per-DC verdict table; paragraphs separated by blank lines. */
export function verdictTable(dcs: readonly Dc[], unread: readonly string[] = []): string {
  if (dcs.length === 0) return 'No domain controller builds have been entered yet.';
  const parts = [`Your domain controllers and the name mismatch issue:\n${dcs.map(verdictLine).join('\n')}`];
  if (unread.length) parts.push(`These lines held no build number and were left out: ${unread.join('; ')}. Add them again if they are DCs.`);
  if (dcs.some(isUnknown)) parts.push(HOW_TO_READ_REVISION_WORDS);
  return parts.join('\n\n');
}

/** After the update was confirmed: each DC that needed it, with the build it had then, never shown as its build now. */
export function updatedList(dcs: readonly Dc[]): string {
  const lines = dcs.flatMap((dc) => {
    const v = nameMismatchOf(dc);
    return v.status === 'affected' || v.status === 'unknown' ? [`${dc.name}: was ${buildOf(dc)} before the update; should now run ${v.fixBuild} (${v.kb}) or later.`] : [];
  });
  return lines.length ? lines.join('\n') : 'No Windows Server 2019 DC in your list was below 17763.316.';
}

/** What to do on each DC that needs (or may need) the fix. */
export function updateList(dcs: readonly Dc[]): string {
  const lines = dcs.flatMap((dc) => {
    const v = nameMismatchOf(dc);
    if (v.status === 'affected') return [`${dc.name} (now ${buildOf(dc)}): update to ${v.fixBuild} (${v.kb}) or later.`];
    if (v.status === 'unknown') return [`${dc.name} (revision unknown): if ver shows a build below ${v.fixBuild}, update it to ${v.fixBuild} (${v.kb}) or later.`];
    return [];
  });
  return lines.length ? lines.join('\n') : 'No Windows Server 2019 DC in your list is below 17763.316.';
}

/**
 * This flow's build rule (owned here, used by its guards, the guided triage and the DC builds step):
 * WS2016 14393.3930–14393.4048 affected, fixed in 14393.4104 (KB4593226); WS2019 17763.1457–17763.1613
 * affected, fixed in 17763.1637 (KB4592440). Builds between the end of a range and its fix aren't
 * documented either way: 'unknown'. Pure.
 */
import { isClientOs, WS2016_MAJOR, WS2019_MAJOR } from '../../evidence/build-numbers';
import type { MachineBuild } from '../../evidence/types';
import { onClientBuild, type BuildVerdict } from '../shared/dcs';

export interface BuildRange {
  major: number;
  os: 'Windows Server 2016' | 'Windows Server 2019';
  /** First affected revision. */
  from: number;
  /** Last affected revision. */
  to: number;
  /** First fixed revision. */
  fix: number;
  kb: string;
}

export const KEY_DELETION_RANGES: readonly BuildRange[] = [
  { major: WS2016_MAJOR, os: 'Windows Server 2016', from: 3930, to: 4048, fix: 4104, kb: 'KB4593226' },
  { major: WS2019_MAJOR, os: 'Windows Server 2019', from: 1457, to: 1613, fix: 1637, kb: 'KB4592440' },
];

function unknownRevision(what: string): BuildVerdict {
  return { status: 'unknown', note: `The revision (UBR) is needed to tell whether this build has the ${what} issue.` };
}

/** Verdict on the hybrid key trust key-deletion issue for a DC build. */
export function keyDeletionVerdict(major: number, revision: number | null): BuildVerdict {
  const range = KEY_DELETION_RANGES.find((r) => r.major === major);
  if (!range) {
    return { status: 'not-affected', note: 'Only Windows Server 2016 (14393) and 2019 (17763) builds have the key deletion issue.' };
  }
  const fixBuild = `${major}.${range.fix}`;
  const base = { fixBuild, kb: range.kb };
  if (revision === null || revision <= 0) return { ...unknownRevision('key deletion'), ...base };
  if (revision < range.from) {
    return { status: 'not-affected', ...base, note: `Older than the affected range ${major}.${range.from}–${major}.${range.to}.` };
  }
  if (revision <= range.to) {
    return {
      status: 'affected',
      ...base,
      note: `In the affected range ${major}.${range.from}–${major}.${range.to}; update to ${fixBuild} (${range.kb}) or later.`,
    };
  }
  if (revision < range.fix) {
    return {
      status: 'unknown',
      ...base,
      note: `Between the documented affected range (up to ${major}.${range.to}) and the fix (${fixBuild}); not documented either way, so update to ${fixBuild} (${range.kb}) or later.`,
    };
  }
  return { status: 'fixed', ...base, note: `At or above the fix build ${fixBuild} (${range.kb}).` };
}

/** The verdict for a machine read from a paste; one the paste names as a client Windows is no DC, so not affected. */
export function keyDeletionOfMachine(m: Pick<MachineBuild, 'major' | 'revision' | 'os'>): BuildVerdict {
  const v = keyDeletionVerdict(m.major, m.revision);
  return isClientOs(m.os) ? onClientBuild(v) : v;
}

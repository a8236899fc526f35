/**
 * This flow's build rule (owned here): WS2019 below 17763.316 affected, fixed in 17763.316 (KB4487044). Pure.
 */
import { isClientOs, WS2019_MAJOR } from '../../evidence/build-numbers';
import type { MachineBuild } from '../../evidence/types';
import { onClientBuild, type BuildVerdict } from '../shared/dcs';

export const NAME_MISMATCH_FIX = { major: WS2019_MAJOR, fix: 316, kb: 'KB4487044' } as const;

function unknownRevision(what: string): BuildVerdict {
  return { status: 'unknown', note: `The revision (UBR) is needed to tell whether this build has the ${what} issue.` };
}

/** Verdict on the WS2019 key trust KDC_ERR_CLIENT_NAME_MISMATCH issue for a DC build. */
export function nameMismatchVerdict(major: number, revision: number | null): BuildVerdict {
  if (major !== NAME_MISMATCH_FIX.major) {
    return { status: 'not-affected', note: 'Only early Windows Server 2019 (17763) builds have the name mismatch issue.' };
  }
  const fixBuild = `${major}.${NAME_MISMATCH_FIX.fix}`;
  const base = { fixBuild, kb: NAME_MISMATCH_FIX.kb };
  if (revision === null || revision <= 0) return { ...unknownRevision('name mismatch'), ...base };
  if (revision < NAME_MISMATCH_FIX.fix) {
    return { status: 'affected', ...base, note: `Below ${fixBuild}; update to ${fixBuild} (${NAME_MISMATCH_FIX.kb}) or later.` };
  }
  return { status: 'fixed', ...base, note: `At or above the fix build ${fixBuild} (${NAME_MISMATCH_FIX.kb}).` };
}

/** The verdict for a machine read from a paste; one the paste names as a client Windows is no DC, so not affected. */
export function nameMismatchOfMachine(m: Pick<MachineBuild, 'major' | 'revision' | 'os'>): BuildVerdict {
  const v = nameMismatchVerdict(m.major, m.revision);
  return isClientOs(m.os) ? onClientBuild(v) : v;
}

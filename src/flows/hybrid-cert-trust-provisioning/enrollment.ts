/**
 * Federation server builds and the commands the enrollment stages use. Pure functions.
 *
 * Windows Server 2016 update KB4088889 (14393.2155), installed on the federation servers, makes
 * certificate enrollment synchronous during hybrid certificate trust provisioning. Before it, the
 * user's public key has to reach on-premises AD through Microsoft Entra Connect first (30 minutes
 * at the least), and the certificate only follows after that.
 */
import { formatBuild, parseBuild, WS2016_MAJOR } from '../../evidence/build-numbers';
import type { Say } from '../shared/logic';
import { psLiteral } from '../shared/quote';

export const SYNC_ENROLLMENT_KB = 'KB4088889';
export const SYNC_ENROLLMENT_REVISION = 2155;
export const SYNC_ENROLLMENT_BUILD = `${WS2016_MAJOR}.${SYNC_ENROLLMENT_REVISION}`;

/** 'sync': the federation server has KB4088889 or is newer; 'async': it doesn't; 'unknown': can't tell. */
export type EnrollmentMode = 'sync' | 'async' | 'unknown';

export function enrollmentMode(build: string | null | undefined): EnrollmentMode {
  const b = typeof build === 'string' ? parseBuild(build) : null;
  if (!b || b.major < WS2016_MAJOR) return 'unknown';
  if (b.major > WS2016_MAJOR) return 'sync';
  if (b.revision === null) return 'unknown';
  return b.revision >= SYNC_ENROLLMENT_REVISION ? 'sync' : 'async';
}

/** The build as the app shows it ('14393.2125'), or the text as typed when it isn't a build. */
export function shownBuild(build: string | null | undefined): string | null {
  if (typeof build !== 'string' || !build.trim()) return null;
  const b = parseBuild(build);
  return b ? formatBuild(b.major, b.revision) : build.trim().slice(0, 60);
}

/** What a federation server build means for enrollment, in the words of words.yaml (`build-*` messages). */
export function enrollmentNote(build: string | null | undefined, say: Say): string {
  const values = { build: shownBuild(build) ?? '', syncKb: SYNC_ENROLLMENT_KB, syncBuild: SYNC_ENROLLMENT_BUILD };
  const b = typeof build === 'string' ? parseBuild(build) : null;
  switch (enrollmentMode(build)) {
    case 'sync':
      return say('build-sync', values);
    case 'async':
      return say('build-async', values);
    default:
      if (b && b.major === WS2016_MAJOR) return say('build-noRevision', values);
      if (b) return say('build-notServer', values);
      return say(values.build ? 'build-notABuild' : 'build-unknown', values);
  }
}

/**
 * A user name that is safe to put in a command: "CONTOSO\\jdoe" → "jdoe". Returns null for anything
 * that isn't a plain sAMAccountName (spaces, quotes, wildcards, an email address).
 */
export function accountName(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  let s = raw.trim();
  const slash = s.lastIndexOf('\\');
  if (slash !== -1) s = s.slice(slash + 1);
  if (!s || s.length > 64 || !/^[A-Za-z0-9._$-]+$/.test(s)) return null;
  return s;
}

export const USER_PLACEHOLDER = '<UserName>';

/** Lists the user's synced Windows Hello keys in on-premises AD. */
export function keyLinkCommand(user: string | null): string {
  const name = accountName(user);
  return `Get-ADUser -Identity ${name ? psLiteral(name) : USER_PLACEHOLDER} -Properties msDS-KeyCredentialLink | Select-Object -ExpandProperty msDS-KeyCredentialLink`;
}

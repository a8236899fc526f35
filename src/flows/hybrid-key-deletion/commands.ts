/** Commands this flow shows, filled in with what the case knows. Pure. */

export const USER_PLACEHOLDER = '<user>';

/** A PowerShell single-quoted string: single quotes are doubled. */
function quoted(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The account as Get-ADUser -Identity takes it: DOMAIN\name loses the domain; blank stays a placeholder. */
export function accountOf(user: string): string {
  const t = (user ?? '').trim();
  const slash = t.lastIndexOf('\\');
  return slash === -1 ? t : t.slice(slash + 1).trim();
}

/**
 * Reads the user's Windows Hello keys from Active Directory. -Identity doesn't take a UPN,
 * so a name with @ is looked up with a filter instead.
 */
export function getAdUserCommand(user: string): string {
  const a = accountOf(user);
  if (!a) return `Get-ADUser ${USER_PLACEHOLDER} -Properties msDS-KeyCredentialLink`;
  if (a.includes('@')) return `Get-ADUser -Filter "UserPrincipalName -eq ${quoted(a).replace(/"/g, '`"')}" -Properties msDS-KeyCredentialLink`;
  return /^[A-Za-z0-9._-]+$/.test(a)
    ? `Get-ADUser ${a} -Properties msDS-KeyCredentialLink`
    : `Get-ADUser -Identity ${quoted(a)} -Properties msDS-KeyCredentialLink`;
}

/** The name to show in sentences. */
export function userLabel(user: string): string {
  return accountOf(user) || 'the user';
}

export const DELTA_SYNC = 'Start-ADSyncSyncCycle -PolicyType Delta';

export { DC_BUILDS_SCRIPT, DC_LIST } from '../shared/dcSteps';

/** Commands this flow shows, filled in with what the case knows. Pure. */
import { psLiteral } from '../shared/quote';
import { isUserName } from '../shared/values';

export const USER_PLACEHOLDER = '<user>';

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
  const a = isUserName(user ?? '') ? accountOf(user) : '';
  if (!a) return `Get-ADUser ${USER_PLACEHOLDER} -Properties msDS-KeyCredentialLink`;
  // The UPN goes into a variable from a single-quoted literal; the filter names the variable, so
  // nothing typed is ever inside a double-quoted (expanding) string.
  if (a.includes('@')) return `$upn = ${psLiteral(a)}; Get-ADUser -Filter 'UserPrincipalName -eq $upn' -Properties msDS-KeyCredentialLink`;
  return `Get-ADUser -Identity ${psLiteral(a)} -Properties msDS-KeyCredentialLink`;
}

/** The name to show in sentences; undefined until a valid user name is known. */
export function userLabel(user: string): string | undefined {
  return (isUserName(user ?? '') && accountOf(user)) || undefined;
}

export { DC_BUILDS_SCRIPT } from '../shared/dcSteps';

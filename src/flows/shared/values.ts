/**
 * The shapes of typed values that reach commands: what a machine's guards accept, whether the value
 * came from a form, a stored case or a share link. Pure.
 */
import { isValidHostName } from '../../evidence/hosts';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** sAMAccountName: up to 20 characters, none of " / \ [ ] : ; | = , + * ? < > @, no control characters; not only dots and spaces. */
// eslint-disable-next-line no-control-regex -- control characters are refused
const SAM = /^[^"/\\[\]:;|=,+*?<>@\u0000-\u001f\u007f]{1,20}$/;
/** A UPN's name part: what directories accept in practice (letters, digits and . _ - ' + and the like, no spaces). */
const UPN_LOCAL = /^[A-Za-z0-9._%+'!#&*/=?^{}~-]{1,64}$/;
const NETBIOS = /^[A-Za-z0-9][A-Za-z0-9_-]{0,14}$/;

export function isGuid(s: string): boolean {
  return GUID.test(s);
}

/** A DNS name: dotted labels of letters, digits and hyphens (what isValidHostName accepts). */
export function isDnsName(s: string): boolean {
  return isValidHostName(s);
}

export function isNetbiosName(s: string): boolean {
  return NETBIOS.test(s);
}

/** A sAMAccountName, with the characters Active Directory allows (spaces and $ included, no $( ) tricks needed to reject: it is quoted). */
export function isSamAccountName(s: string): boolean {
  return SAM.test(s) && !/^[. ]+$/.test(s) && s.trim() === s;
}

/** name@dns.name, e.g. alexw@contoso.com. */
export function isUpn(s: string): boolean {
  const at = s.lastIndexOf('@');
  if (at <= 0 || s.length > 256) return false;
  return UPN_LOCAL.test(s.slice(0, at)) && isDnsName(s.slice(at + 1));
}

/** A user as typed: a UPN, a sAMAccountName, or DOMAIN\sAMAccountName (the domain a NetBIOS or DNS name). */
export function isUserName(raw: string): boolean {
  const s = raw.trim();
  if (!s) return false;
  const slash = s.indexOf('\\');
  if (slash !== -1) {
    const domain = s.slice(0, slash);
    return (isNetbiosName(domain) || isDnsName(domain)) && isSamAccountName(s.slice(slash + 1));
  }
  return s.includes('@') ? isUpn(s) : isSamAccountName(s);
}

/** The message a form shows for a user value isUserName refuses. */
export const USER_NAME_MESSAGE =
  'Enter a sAMAccountName (like alexw, up to 20 characters, none of " / \\ [ ] : ; | = , + * ? < > @) or a UPN (like alexw@contoso.com).';

/**
 * The names a domain controller certificate needs so that Entra joined devices accept it:
 * either a subject that is the DC's distinguished name, or a SAN with the DC's FQDN, the
 * domain's FQDN and the domain's NetBIOS name. Pure functions, computed from what the
 * technician typed.
 */
import { isValidHostName } from '../../evidence/hosts';
import { cmdWord, infString } from '../shared/quote';

export interface DcNames {
  /** The DC as a short name (DC1) or a fully qualified name (dc1.ad.contoso.com). */
  dcName: string;
  /** The Active Directory domain's DNS name, e.g. ad.contoso.com. */
  domainFqdn: string;
  /** The domain's NetBIOS name, e.g. AD. */
  netbios: string;
  /** The DC's OU path; empty means OU=Domain Controllers. */
  ou?: string;
}

export const DEFAULT_OU = 'OU=Domain Controllers';

export const KDC_AUTH_EKU = '1.3.6.1.5.2.3.5';
export const CLIENT_AUTH_EKU = '1.3.6.1.5.5.7.3.2';
export const SERVER_AUTH_EKU = '1.3.6.1.5.5.7.3.1';

const SHORT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const NETBIOS = /^[A-Za-z0-9][A-Za-z0-9_-]{0,14}$/;

function clean(s: string | undefined): string {
  return (s ?? '').trim().replace(/\.$/, '');
}

/** A DC name the technician may type: a short host name or a full DNS name. */
export function isDcName(s: string): boolean {
  const v = clean(s);
  return v.includes('.') ? isValidHostName(v) : SHORT_NAME.test(v) && !/^[0-9]+$/.test(v);
}

/** A domain's DNS name, e.g. ad.contoso.com (single-label domains are not supported). */
export function isDomainFqdn(s: string): boolean {
  return isValidHostName(clean(s));
}

/** A domain NetBIOS name: up to 15 letters, digits, '-' or '_', no dots. */
export function isNetbiosName(s: string): boolean {
  return NETBIOS.test(clean(s));
}

/**
 * An OU as typed: empty, a name, or a path of attr=value parts. It goes into a certreq INF file and
 * a certificate subject, so no quotes, line breaks, %, ; or + (and at most 500 characters).
 */
export function isOuPath(s: string | undefined): boolean {
  const v = clean(s);
  // eslint-disable-next-line no-control-regex -- control characters are what this rejects
  return v.length <= 500 && !/["%;+<>#\\\u0000-\u001f\u007f]/.test(v);
}

/** The DC's host name without the domain, as typed (DC1 from DC1 or DC1.ad.contoso.com). */
export function dcShortName(dcName: string): string {
  return clean(dcName).split('.')[0];
}

/** The DC's fully qualified DNS name, lowercased: the name as typed when it has dots, else name + domain. */
export function dcFqdn(dcName: string, domainFqdn: string): string {
  const dc = clean(dcName);
  return (dc.includes('.') ? dc : `${dc}.${clean(domainFqdn)}`).toLowerCase();
}

/** The domain's distinguished name: ad.contoso.com → DC=ad,DC=contoso,DC=com. */
export function domainDn(domainFqdn: string): string {
  return clean(domainFqdn)
    .toLowerCase()
    .split('.')
    .map((label) => `DC=${label}`)
    .join(',');
}

/**
 * The OU part of the DC's distinguished name. Empty → OU=Domain Controllers; a bare name gets
 * OU= in front; a path keeps its parts, without spaces after commas and without any DC= parts.
 */
export function ouPath(ou: string | undefined): string {
  const v = clean(ou);
  if (!v) return DEFAULT_OU;
  if (!v.includes('=')) return `OU=${v}`;
  const parts = v
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p && !/^dc\s*=/i.test(p))
    .map((p) => p.replace(/^(\w+)\s*=\s*/, (_m, k: string) => `${k.toUpperCase()}=`));
  return parts.length ? parts.join(',') : DEFAULT_OU;
}

/** The certificate subject holding the DC's distinguished name, e.g. CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com. */
export function dcSubjectDn(names: DcNames): string {
  return `CN=${dcShortName(names.dcName)},${ouPath(names.ou)},${domainDn(names.domainFqdn)}`;
}

/**
 * A distinguished name as a list of "KEY=value" parts, most specific first, keys upper-cased,
 * values lower-cased and trimmed: "CN = DC1, OU=Domain Controllers,DC=ad" → ["CN=dc1", "OU=domain controllers", "DC=ad"].
 * A list written the other way round (DC= first, CN= last) is turned round.
 */
export function dnParts(dn: string): string[] {
  const parts = dn
    .split(/[,\n]/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 1 ? p.toLowerCase() : `${p.slice(0, eq).trim().toUpperCase()}=${p.slice(eq + 1).trim().toLowerCase()}`;
    });
  return parts.length > 1 && parts[0].startsWith('DC=') && parts[parts.length - 1].startsWith('CN=') ? parts.reverse() : parts;
}

/** The subject is exactly the DC's distinguished name: same CN, the same OU path, the same domain parts. */
export function isDcSubject(subject: string, names: DcNames): boolean {
  const got = dnParts(subject);
  const want = dnParts(dcSubjectDn(names));
  return got.length === want.length && got.every((p, i) => p === want[i]);
}

/** The three DNS names the SAN must hold: the DC's FQDN, the domain FQDN, the NetBIOS name (lowercased). */
export function dcSanNames(names: DcNames): string[] {
  return [dcFqdn(names.dcName, names.domainFqdn), clean(names.domainFqdn).toLowerCase(), clean(names.netbios).toLowerCase()];
}

/** The SAN entries one per line, in the dns= form certificate requests use. */
export function dcSanLines(names: DcNames): string {
  return dcSanNames(names)
    .map((n) => `dns=${n}`)
    .join('\n');
}

/** A certreq policy file (INF) asking for a DC certificate with both forms and the three EKUs. */
export function certreqInf(names: DcNames): string {
  const san = dcSanNames(names);
  return [
    '[Version]',
    'Signature="$Windows NT$"',
    '',
    '[NewRequest]',
    `Subject = ${infString(dcSubjectDn(names))}`,
    'KeyLength = 2048',
    'KeySpec = 1',
    'KeyUsage = 0xa0',
    'MachineKeySet = TRUE',
    'Exportable = FALSE',
    'RequestType = PKCS10',
    '',
    '[EnhancedKeyUsageExtension]',
    `OID = ${SERVER_AUTH_EKU}`,
    `OID = ${CLIENT_AUTH_EKU}`,
    `OID = ${KDC_AUTH_EKU}`,
    '',
    '[Extensions]',
    '2.5.29.17 = "{text}"',
    ...san.map((n, i) => `_continue_ = ${infString(`dns=${n}${i < san.length - 1 ? '&' : ''}`)}`),
  ].join('\n');
}

/** The certreq commands to make the request and install the issued certificate, for this DC. */
export function certreqCommands(names: DcNames): string {
  const f = cmdWord(dcShortName(names.dcName).toLowerCase(), 'dc');
  return [`certreq -new ${f}.inf ${f}.req`, `rem Submit ${f}.req to your certificate authority, save the issued certificate as ${f}.cer, then:`, `certreq -accept ${f}.cer`].join('\n');
}

/**
 * A SAN line as someone may type or copy it ("DNS Name=dc1.ad.contoso.com", "dns=dc1…", or the
 * bare name) reduced to the lowercased DNS name.
 */
export function sanEntry(line: string): string {
  return line
    .trim()
    .replace(/^dns(?:\s*name)?\s*[=:]\s*/i, '')
    .trim()
    .toLowerCase();
}

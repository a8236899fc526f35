/**
 * The DC certificate as the technician gave it (pasted and analysed, or typed from the
 * certificate's Details tab), checked against the names the DC needs.
 */
import { checkDcCertificate } from '../../evidence/certificate';
import type { CertificateFacts, DcCertificateCheck } from '../../evidence/types';
import { type DcNames, isDcSubject, sanEntry } from './names';

/** What a CERT_ENTERED event carries. */
export interface CertValues {
  /** The subject, e.g. "CN=DC1, OU=Domain Controllers, DC=ad, DC=contoso, DC=com". */
  subject?: string;
  /** SAN DNS names, one per entry ("dns=…" / "DNS Name=…" prefixes allowed). */
  san?: string[];
  /** From pasted evidence only: whether the KDC Authentication EKU is there. */
  kdcEku?: boolean;
}

/**
 * A subject as typed or copied ("CN = DC1" lines from the Details tab, or "CN=DC1, OU=…")
 * as one comma-separated distinguished name: "CN=DC1, OU=Domain Controllers, DC=ad".
 */
export function subjectOf(raw: string): string {
  return raw
    .split(/[,\n]/)
    .map((p) => p.trim().replace(/^([A-Za-z0-9.]+)\s*=\s*/, '$1='))
    .filter(Boolean)
    .join(', ');
}

/** The typed or read values as certificate facts. */
export function certFactsOf(values: CertValues): CertificateFacts {
  const subjectDn = subjectOf(values.subject ?? '');
  return {
    ...(subjectDn ? { subjectDn } : {}),
    sanDns: (values.san ?? []).map(sanEntry).filter(Boolean),
    ekus: [],
    hasKdcAuthEku: values.kdcEku === true,
    hasClientAuthEku: false,
    hasServerAuthEku: false,
  };
}

/**
 * The certificate against this DC's names. The SAN rule is checkDcCertificate's; the subject rule
 * is stricter: the subject must be the DC's whole distinguished name, OU path included
 * (CN=DC1,DC=ad,… or CN=DC1,OU=Wrong,… or CN=dc1.ad.contoso.com do not count).
 */
export function checkDcCert(facts: CertificateFacts, names: DcNames): DcCertificateCheck {
  const check = checkDcCertificate(facts, { dcName: names.dcName, domainFqdn: names.domainFqdn, netbios: names.netbios });
  const subjectRule = !!facts.subjectDn && isDcSubject(facts.subjectDn, names);
  return { ...check, subjectRule, ok: (subjectRule || check.sanRule) && check.kdcEku };
}

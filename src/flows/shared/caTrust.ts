/**
 * Who owns a Windows Hello sign-in failure where the certificate authority (CA) behind the domain
 * controller (and user) certificates may not be trusted. Decided here once, for both flows that
 * meet there, so neither can hand the case back to the other:
 * - the issuing CA is missing from NTAuth, or nobody has checked yet: the NTAuth flow
 *   (ntauth-ca-missing) owns it, whoever made the CA: one listing settles it;
 * - the CA is in NTAuth (in Active Directory and on the machines), the device is Entra joined and a
 *   non-Microsoft CA issues the domain controller certificates, and their names have not been found
 *   right yet: the non-Microsoft CA flow (non-microsoft-ca-kdc-cert) owns it;
 * - the CA is in NTAuth and the certificate's names are already right: support owns it (neither
 *   flow has anything left to change).
 */
export type CaTrustOwner = 'ntauth' | 'kdc-cert' | 'support';

export interface CaTrustFacts {
  /** The issuing CA is in the enterprise NTAuth store and its registry copy on the machines; undefined when not checked. */
  caInNtauth?: boolean;
  /** The device is Entra joined and a non-Microsoft CA issues the domain controller certificates. */
  entraWithNonMicrosoftCa?: boolean;
  /** The domain controller certificate's names and KDC Authentication purpose were found right. */
  dcCertRight?: boolean;
}

export function caTrustOwner(f: CaTrustFacts): CaTrustOwner {
  if (f.caInNtauth !== true) return 'ntauth';
  if (f.entraWithNonMicrosoftCa === true && f.dcCertRight !== true) return 'kdc-cert';
  return 'support';
}

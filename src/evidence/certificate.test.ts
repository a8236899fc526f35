import { describe, expect, it } from 'vitest';
import { checkDcCertificate } from './certificate.ts';
import { analyzeEvidence } from './index.ts';
import type { CertificateFacts, Finding } from './types.ts';
import certutilDump from './fixtures/cert-certutil-dump.txt?raw';
import dcGood from './fixtures/cert-dc-good.txt?raw';
import psCert from './fixtures/cert-powershell.txt?raw';

function certs(text: string): Finding<'certificate'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'certificate'> => f.kind === 'certificate');
}

function one(text: string): Finding<'certificate'> {
  const found = certs(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const CONTOSO = { dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'ad' };

describe('certificates', () => {
  it('reads certutil -dump: multi-line issuer, subject, EKUs and SAN', () => {
    const f = one(certutilDump);
    expect(f.facts).toMatchObject({
      subject: 'dc1.ad.contoso.com',
      subjectDn: 'CN=dc1.ad.contoso.com',
      issuer: 'CN=Fabrikam Trust Issuing CA 02,O=Fabrikam Trust Services,C=US',
      sanDns: ['dc1.ad.contoso.com', 'ad.contoso.com'],
      hasKdcAuthEku: false,
      hasClientAuthEku: true,
      hasServerAuthEku: true,
    });
    expect(f.facts.ekus).toEqual([
      { oid: '1.3.6.1.5.5.7.3.1', name: 'Server Authentication' },
      { oid: '1.3.6.1.5.5.7.3.2', name: 'Client Authentication' },
    ]);
    expect(f.rows.find((r) => r.label === 'KDC Authentication EKU')).toMatchObject({ value: 'missing', mark: 'fail' });
    const check = checkDcCertificate(f.facts, CONTOSO);
    expect(check).toEqual({ subjectRule: false, sanRule: false, missing: ['ad'], kdcEku: false, ok: false });
  });

  it('passes a DC certificate whose subject is the DC distinguished name, with the KDC EKU', () => {
    const f = one(dcGood);
    expect(f.facts).toMatchObject({
      subject: 'DC1',
      subjectDn: 'CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
      inferredDomain: 'ad.contoso.com',
      sanDns: ['dc1.ad.contoso.com', 'ad.contoso.com', 'ad'],
      hasKdcAuthEku: true,
    });
    expect(checkDcCertificate(f.facts, CONTOSO)).toEqual({ subjectRule: true, sanRule: true, missing: [], kdcEku: true, ok: true });
    expect(checkDcCertificate(f.facts, { domainFqdn: 'ad.contoso.com' }).ok).toBe(true);
    expect(checkDcCertificate(f.facts, { dcName: 'DC2', domainFqdn: 'ad.contoso.com' })).toMatchObject({ subjectRule: false, sanRule: false, missing: ['dc2.ad.contoso.com'] });
  });

  it('reads a PowerShell certificate object', () => {
    const f = one(psCert);
    expect(f.facts).toMatchObject({ subject: 'DC2.ad.contoso.com', sanDns: ['dc2.ad.contoso.com'], hasKdcAuthEku: false, hasServerAuthEku: true });
  });

  it('reads the documented SAN lines and bare subject line on their own', () => {
    const san = one('dns=dc1.ad.contoso.com\ndns=ad.contoso.com\ndns=ad');
    expect(san.facts.sanDns).toEqual(['dc1.ad.contoso.com', 'ad.contoso.com', 'ad']);
    expect(checkDcCertificate({ ...san.facts, hasKdcAuthEku: true }, CONTOSO)).toMatchObject({ sanRule: true, ok: true });
    const subject = one('CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com');
    expect(subject.facts).toMatchObject({ subject: 'DC1', inferredDomain: 'ad.contoso.com', hasKdcAuthEku: false });
    expect(checkDcCertificate(subject.facts, CONTOSO)).toMatchObject({ subjectRule: true, kdcEku: false, ok: false });
  });

  it('puts X.500-ordered subjects most-specific first', () => {
    expect(one('Subject: DC=com, DC=contoso, DC=ad, OU=Domain Controllers, CN=DC1').facts.subjectDn).toBe('CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com');
  });

  it('reads Application Policies by name and several certificates from certutil -store', () => {
    const store = `${dcGood}\n${certutilDump.replace('X509 Certificate:', '================ Certificate 1 ================')}\n    Application Policies\n        [1]Application Certificate Policy:\n             Policy Identifier=KDC Authentication\n`;
    const found = certs(store);
    expect(found.map((f) => f.facts.subject)).toEqual(['DC1', 'dc1.ad.contoso.com']);
    expect(found[1]!.facts.hasKdcAuthEku).toBe(true);
  });

  it('lists what the SAN rule still needs', () => {
    const facts: CertificateFacts = { sanDns: ['dc1.ad.contoso.com'], ekus: [], hasKdcAuthEku: false, hasClientAuthEku: false, hasServerAuthEku: false };
    expect(checkDcCertificate(facts, { dcName: 'dc1.ad.contoso.com', domainFqdn: 'AD.contoso.com.', netbios: 'CONTOSO' }).missing).toEqual(['ad.contoso.com', 'contoso']);
  });

  it('does not read a Security log "Subject:" block as a certificate', () => {
    expect(certs('Subject:\n\tSecurity ID:\t\tSYSTEM\n\tAccount Name:\t\tDC1$\n')).toEqual([]);
  });
});

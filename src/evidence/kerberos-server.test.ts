import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import oneDomain from './fixtures/kerberos-server-one-domain.txt?raw';
import twoDomains from './fixtures/kerberos-server-two-domains.txt?raw';

function kerberosServer(text: string): Finding<'kerberos-server'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'kerberos-server'> => f.kind === 'kerberos-server');
}

describe('Get-AzureADKerberosServer output', () => {
  it('reads one domain whose keys and ids match', () => {
    const [f, ...rest] = kerberosServer(oneDomain);
    expect(rest).toEqual([]);
    expect(f!.facts.domains).toEqual([
      {
        domain: 'ad.contoso.com',
        id: '25741',
        cloudId: '25741',
        keyVersion: '192272',
        cloudKeyVersion: '192272',
        keyUpdatedOn: '2/24/2024 9:03:15 AM',
        keyUpdatedFrom: 'DC01.ad.contoso.com',
        cloudKeyUpdatedOn: '2/24/2024 9:03:15 AM',
        userAccount: 'CN=krbtgt_AzureAD,CN=Users,DC=ad,DC=contoso,DC=com',
        computerAccount: 'CN=AzureADKerberos,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
        cloudDomainDnsName: 'ad.contoso.com',
        presentOnPrem: true,
        presentInCloud: true,
        keyVersionMatches: true,
        idMatches: true,
      },
    ]);
    expect(f!.summary).toBe('Microsoft Entra Kerberos server: 1 domain, keys and ids match');
    expect(f!.rows.every((r) => r.mark === 'pass')).toBe(true);
    expect(f).not.toHaveProperty('suggests'); // facts only: no flow ids
  });

  it('reads several domains: a key version mismatch and a domain with no object', () => {
    const [f] = kerberosServer(twoDomains);
    expect(f!.facts.domains).toHaveLength(2);
    expect(f!.facts.domains[0]).toMatchObject({ domain: 'ad.contoso.com', keyVersion: '212621', cloudKeyVersion: '192272', keyVersionMatches: false, idMatches: true });
    expect(f!.facts.domains[1]).toEqual({ domain: 'emea.contoso.com', presentOnPrem: false, presentInCloud: false, keyVersionMatches: null, idMatches: null });
    expect(f!.rows.find((r) => r.label === 'ad.contoso.com: KeyVersion / CloudKeyVersion')).toMatchObject({ value: '212621 / 192272', mark: 'fail' });
    expect(f!.rows.filter((r) => r.label === 'emea.contoso.com').map((r) => r.value)).toEqual(['no Kerberos server object in Active Directory', 'not published to Microsoft Entra ID']);
    expect(f!.summary).toContain('ad.contoso.com, emea.contoso.com');
  });

  it('reads an Id that differs from CloudId, and an object not published to the cloud', () => {
    const idMismatch = oneDomain.replace('CloudId            : 25741', 'CloudId            : 31002');
    expect(kerberosServer(idMismatch)[0]!.facts.domains[0]).toMatchObject({ idMatches: false, keyVersionMatches: true });
    const notPublished = oneDomain.replace(/^(Cloud\w+\s+:).*$/gm, '$1');
    expect(kerberosServer(notPublished)[0]!.facts.domains[0]).toMatchObject({ presentOnPrem: true, presentInCloud: false, keyVersionMatches: null, idMatches: null });
  });

  it('survives CRLF, trailing spaces and surrounding noise', () => {
    const text = `Some log line\n${oneDomain.replace(/\n/g, ' \r\n')}\nPS C:\\> exit`;
    expect(kerberosServer(text)[0]!.facts.domains[0]).toMatchObject({ keyVersionMatches: true, idMatches: true });
  });

  it('needs the cmdlet’s own fields', () => {
    expect(kerberosServer('Id : 5\nKeyVersion : 2\nDisplayName : x')).toEqual([]);
    expect(kerberosServer('The important thing is that KeyVersion and CloudKeyVersion are the same.')).toEqual([]);
  });
});

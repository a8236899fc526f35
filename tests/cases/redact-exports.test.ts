/**
 * Redaction that holds: realistic full pastes of each evidence kind go into a case (as evidence facts,
 * the "because" text, typed values and notes); with redaction on, none of their identifying values
 * survives in the Markdown, the JSON or the share link.
 */
import { describe, expect, it } from 'vitest';
import { decompressFromEncodedURIComponent } from 'lz-string';
import { createCase, withAnswer, withNote } from '../../src/cases/caseOps';
import { toMarkdown } from '../../src/cases/markdown';
import { createRedactor, redactText } from '../../src/cases/redact';
import { buildReport, reportJson } from '../../src/cases/report';
import { encodeShare, sharePayload } from '../../src/cases/share';
import type { CaseEvent } from '../../src/cases/types';
import { analyzeEvidence } from '../../src/evidence';
import keyDeletion from '../../src/flows/hybrid-key-deletion';

const PASTES: Record<string, { text: string; secrets: string[] }> = {
  dsregcmd: {
    text: `+----------------------------------------------------------------------+
| Device State                                                         |
+----------------------------------------------------------------------+
             AzureAdJoined : YES
          EnterpriseJoined : NO
              DomainJoined : YES
                DomainName : FABRIKAM
               Device Name : FAB-LT-0042.corp.fabrikam.lab
+----------------------------------------------------------------------+
| Device Details                                                       |
+----------------------------------------------------------------------+
                  DeviceId : 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
                Thumbprint : 3F2504E04F8941D39A0C0305E82C3301A2B3C4D5
                  TenantName : Fabrikam Labs
                    TenantId : 72f988bf-86f1-41af-91ab-2d7cd011db47
+----------------------------------------------------------------------+
| User State                                                           |
+----------------------------------------------------------------------+
                    NgcSet : NO
           WorkplaceJoined : NO
                   UserSid : S-1-12-1-1234567890-1234567890-1234567890-1234567890
                  Executing Account Name : FABRIKAM\\jdoe, jdoe@corp.fabrikam.lab`,
    secrets: ['FAB-LT-0042', 'corp.fabrikam.lab', '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', '3F2504E04F8941D39A0C0305E82C3301A2B3C4D5', '72f988bf-86f1-41af-91ab-2d7cd011db47', 'S-1-12-1-1234567890', 'jdoe', 'FABRIKAM', 'Fabrikam Labs'],
  },
  udr: {
    text: `Log Name:      Microsoft-Windows-User Device Registration/Admin
Source:        Microsoft-Windows-User Device Registration
Date:          3/4/2025 9:05:12 AM
Event ID:      362
Level:         Warning
User:          FABRIKAM\\jdoe
Computer:      FAB-LT-0042.corp.fabrikam.lab
Description:
Windows Hello for Business provisioning will not be launched.
Device is AAD joined ( AADJ or DJ++ ): Yes
User has logged on with AAD credentials: Yes
Windows Hello for Business policy is enabled: Yes
Windows Hello for Business post-logon provisioning is enabled: Yes
Local computer meets Windows hello for business hardware requirements: Yes
User is not connected to the machine via Remote Desktop: Yes
User certificate for on premise auth policy is enabled: Yes
Enterprise user logon certificate enrollment endpoint is ready: Not Tested
Enterprise user logon certificate template is : Not Tested
User has successfully authenticated to the enterprise STS: No
Certificate enrollment method: enrollment authority
See https://go.microsoft.com/fwlink/?linkid=832647 for more details.`,
    secrets: ['jdoe', 'FABRIKAM', 'FAB-LT-0042', 'corp.fabrikam.lab'],
  },
  kerberos: {
    text: `Log Name:      Microsoft-Windows-Kerberos/Operational
Source:        Microsoft-Windows-Security-Kerberos
Event ID:      107
Computer:      FAB-LT-0042.corp.fabrikam.lab
Description:
The Kerberos client received a KDC certificate that does not have a matched domain name.

 Expected Domain Name: corp.fabrikam.lab
 Error Code: 0x0
Client address fe80::1c2d:3e4f:5a6b:7c8d%12, server 2001:4898:80e8:9::42, share \\\\FABFS01\\profiles$\\jdoe`,
    secrets: ['FAB-LT-0042', 'corp.fabrikam.lab', 'fe80::1c2d:3e4f:5a6b:7c8d', '2001:4898:80e8:9::42', 'FABFS01', 'jdoe'],
  },
  builds: {
    text: `FABDC01 17763.1613
FABDC02 14393.4104
fabdc03 17763.1637`,
    secrets: ['FABDC01', 'FABDC02', 'fabdc03'],
  },
  keycred: {
    text: `PS C:\\> Get-ADUser jdoe -Properties msDS-KeyCredentialLink

DistinguishedName      : CN=Doe\\, Jane,OU=Staff,DC=corp,DC=fabrikam,DC=lab
Enabled                : True
msDS-KeyCredentialLink : {B:828:0002000020000187A1E6E5C2C3B0D1F2A3B4C5D6E7F8091A2B3C4D5E6F708192A3B4C5D6E7F80920:CN=Doe\\, Jane,OU=Staff,DC=corp,DC=fabrikam,DC=lab}
Name                   : Doe, Jane
SamAccountName         : jdoe
UserPrincipalName      : jane.doe@fabrikam.ad
Sign-in link           : https://myapps.example.com/?login_hint=jane.doe%40fabrikam.ad`,
    secrets: ['jdoe', 'Doe\\, Jane', 'fabrikam', 'jane.doe', 'fabrikam.ad'],
  },
  certificate: {
    text: `Subject                     : CN=fabdc01.corp.fabrikam.lab
Issuer                      : CN=Fabrikam Issuing CA 01, O=Fabrikam Ltd, C=DE
Thumbprint                  : 9a 0b 1c 2d 3e 4f 50 61 72 83 94 a5 b6 c7 d8 e9 fa 0b 1c 2d
Cert Hash(sha1): 9a:0b:1c:2d:3e:4f:50:61:72:83:94:a5:b6:c7:d8:e9:fa:0b:1c:2d
DnsNameList                 : {fabdc01.corp.fabrikam.lab, corp.fabrikam.lab, FABRIKAM}
EnhancedKeyUsageList        : {KDC Authentication (1.3.6.1.5.2.3.5), Server Authentication (1.3.6.1.5.5.7.3.1)}`,
    secrets: ['fabdc01', 'corp.fabrikam.lab', 'Fabrikam Issuing CA 01', 'Fabrikam Ltd', '9a 0b 1c 2d', '9a:0b:1c:2d', 'FABRIKAM'],
  },
  adfs: {
    text: `Log Name:      AD FS/Admin
Source:        AD FS
Event ID:      1021
Computer:      FABADFS01.corp.fabrikam.lab
Description:
Encountered error during OAuth token request.
Additional Data
Exception details:
Microsoft.IdentityServer.Web.Protocols.OAuth.Exceptions.OAuthUnauthorizedClientException: MSIS9368: Received invalid OAuth request. The client '38aa3b87-a06d-4817-b275-7a316988d93b' is forbidden to access the resource 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope' with scope 'ugs'.
User: FABRIKAM\\svc-adfs from 10.20.30.40 via sts.fabrikam.co.uk`,
    secrets: ['FABADFS01', 'corp.fabrikam.lab', 'svc-adfs', 'FABRIKAM', '10.20.30.40', 'sts.fabrikam.co.uk'],
  },
};

/** Everything a person could export from a case with this paste, with redaction on. */
function exportsOf(paste: string): string[] {
  const findings = analyzeEvidence(paste);
  const facts = findings.flatMap((f) => f.rows).slice(0, 60);
  let c = createCase('hybrid-key-deletion', 'Ticket for FABRIKAM\\jdoe on FAB-LT-0042', 1_700_000_000_000);
  const events: CaseEvent[] = [
    { type: 'HYBRID_KEY_TRUST', meta: { at: 1, via: 'evidence', because: 'FABDC01 17763.1613 and jdoe@corp.fabrikam.lab were in the paste.', facts } },
    { type: 'AFTER_FIRST' },
    { type: 'BUILDS_ENTERED', values: { dcs: ['FABDC01 17763.1613', 'FABDC02 14393.4104'] } } as CaseEvent,
    { type: 'USER_ENTERED', values: { user: 'FABRIKAM\\jdoe' } } as CaseEvent,
  ];
  for (const e of events) c = withAnswer(c, c.position, e, 1_700_000_000_000);
  c = withNote(c, { step: 1, stateId: 'when', text: `Pasted for reference:\n${paste}` }, 1_700_000_000_100);
  const report = buildReport(c, keyDeletion);
  const redacted = createRedactor().deep({ report, json: reportJson(c, report) });
  const link = decompressFromEncodedURIComponent(encodeShare(sharePayload(c, { notes: true, redact: true })));
  return [toMarkdown(redacted.report, { redacted: true }), JSON.stringify(redacted.json), link];
}

describe('redaction of every export', () => {
  for (const [kind, { text, secrets }] of Object.entries(PASTES)) {
    it(`a full ${kind} paste leaves none of its identifying values in the Markdown, JSON or share link`, () => {
      const outs = exportsOf(text);
      const always = ['FABDC01', 'FABDC02', 'jdoe', 'FAB-LT-0042', 'FABRIKAM', 'corp.fabrikam.lab'];
      for (const out of outs) {
        for (const secret of [...secrets, ...always]) {
          expect(out.toLowerCase(), `${secret} in ${kind}`).not.toContain(secret.toLowerCase());
        }
      }
    });
  }

  it('one placeholder per identity, whatever form it is written in', () => {
    const r = createRedactor();
    const a = r.text('FABRIKAM\\jdoe, jdoe@contoso.com, Get-ADUser jdoe, jdoe%40contoso.com');
    expect(a).toBe('<netbios-1>\\user1, user1@domain1.example, Get-ADUser user1, user1%40domain1.example');
    const t = r.text('9A0B1C2D3E4F5061728394A5B6C7D8E9FA0B1C2D / 9a 0b 1c 2d 3e 4f 50 61 72 83 94 a5 b6 c7 d8 e9 fa 0b 1c 2d / 9a:0b:1c:2d:3e:4f:50:61:72:83:94:a5:b6:c7:d8:e9:fa:0b:1c:2d');
    expect(t).toBe('<hex-1> / <hex-1> / <hex-1>');
  });

  it('keeps what the fix needs and what identifies nobody', () => {
    const keep = "Microsoft.IdentityServer.Web.Protocols.OAuth; dsregcmd.exe; S-1-5-18; ::1; 09:05:33; build 17763.1613; enterpriseregistration.windows.net; client '38aa3b87-a06d-4817-b275-7a316988d93b'";
    expect(redactText(keep)).toBe(keep);
  });
});

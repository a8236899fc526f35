import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createRedactor, redactDeep, redactText } from '../../src/cases/redact';

describe('redaction', () => {
  it('replaces UPNs and e-mail addresses with consistent placeholders', () => {
    const out = redactText('alice@contoso.com asked; Bob@Contoso.com too; alice@contoso.com again; carol@fabrikam.org');
    expect(out).toBe('user1@domain1.example asked; user2@domain1.example too; user1@domain1.example again; user3@domain2.example');
  });

  it('gives a bare domain the same placeholder as the domain of an address', () => {
    expect(redactText('UPN alice@contoso.com, domain contoso.com, host fs.contoso.com')).toBe(
      'UPN user1@domain1.example, domain domain1.example, host host1.example',
    );
  });

  it('replaces tenant, device and key ids (GUIDs) and keeps braces', () => {
    const r = createRedactor();
    expect(r.text('TenantId : 6B3A0C1E-1111-4C4C-9D9D-0123456789AB')).toBe('TenantId : <guid-1>');
    expect(r.text('DeviceId {6b3a0c1e-1111-4c4c-9d9d-0123456789ab} key 0f0f0f0f-2222-4333-8444-555555555555')).toBe(
      'DeviceId {<guid-1>} key <guid-2>',
    );
  });

  it('keeps the well-known values a fix needs', () => {
    const kept = [
      "The client '38aa3b87-a06d-4817-b275-7a316988d93b' is forbidden to access 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope'",
      'GUID: {98e6cfcb-ee0a-41e0-a57b-622d4e1b30b1}',
      'fs.contoso.com;login.microsoftonline.us'.replace('fs.contoso.com;', ''),
      'AD FS must reach https://enterpriseregistration.windows.net',
      'See https://support.microsoft.com/help/4593226 and https://myapps.microsoft.com',
      'Run dsregcmd /status, read known-deployment-issues.md, run Get-Thing.ps1',
      'Build 10.0.17763.1613, KB4592440, OID 1.3.6.1.5.2.3.5, error 0xC000006D',
      "HKLM:\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Authentication",
      './Device/Vendor/MSFT/Policy/Config/Authentication/ConfigureWebSignInAllowedUrls',
      'NT AUTHORITY\\SYSTEM and BUILTIN\\Administrators',
      'Microsoft.IdentityServer.Web.Protocols.OAuth.Exceptions.OAuthUnauthorizedClientException',
      'e.g. i.e. 127.0.0.1',
    ];
    for (const t of kept) expect(redactText(t)).toBe(t);
  });

  it('replaces host names in URLs and lists, keeping the Microsoft hosts', () => {
    expect(redactText('https://FS.contoso.com/adfs/ls/?x=1 and fs.contoso.com;mfa.contoso.com;login.microsoftonline.us')).toBe(
      'https://host1.example/adfs/ls/?x=1 and host1.example;host2.example;login.microsoftonline.us',
    );
  });

  it('replaces accounts, SIDs, thumbprints, IP addresses and distinguished-name values', () => {
    const out = redactText(
      'CONTOSO\\alice signed in from 10.1.2.3 (S-1-5-21-1004336348-1177238915-682003330-512); cert 5A1B2C3D4E5F60718293A4B5C6D7E8F901234567; CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
    );
    expect(out).toBe(
      '<netbios-1>\\user1 signed in from 192.0.2.1 (<sid-1>); cert <hex-1>; CN=<name-1>,OU=<name-2>,DC=<name-3>,DC=<name-4>,DC=<name-5>',
    );
  });

  it('learns names the evidence labelled and replaces them everywhere, also in notes', () => {
    const value = {
      facts: [
        { label: 'Tenant', value: 'Contoso 6b3a0c1e-1111-4c4c-9d9d-0123456789ab' },
        { label: 'Device Name', value: 'LAPTOP-7Q2' },
        { label: 'DomainName', value: 'CORP' },
        { label: 'PolicyEnabled', value: 'YES' },
      ],
      note: 'Called the Contoso help desk about laptop-7q2 in the CORP domain; PolicyEnabled YES.',
    };
    const out = redactDeep(value);
    expect(out.facts[0].value).toBe('<tenant-1> <guid-1>');
    expect(out.facts[1].value).toBe('<device-1>');
    expect(out.facts[3].value).toBe('YES');
    expect(out.note).toBe('Called the <tenant-1> help desk about <device-1> in the <netbios-1> domain; PolicyEnabled YES.');
  });

  it('maps the same value to the same placeholder across texts of one redactor', () => {
    const r = createRedactor();
    const a = r.text('bob@contoso.com on fs.contoso.com');
    const b = r.text('fs.contoso.com, then bob@contoso.com');
    expect(a).toBe('user1@domain1.example on host1.example');
    expect(b).toBe('host1.example, then user1@domain1.example');
    expect(r.count()).toBe(3);
  });

  it('keeps object keys and non-string values', () => {
    expect(redactDeep({ 'fs.contoso.com': 1, list: ['a@b.com', 2, null, true] })).toEqual({ 'fs.contoso.com': 1, list: ['user1@domain1.example', 2, null, true] });
  });

  const email = fc
    .tuple(fc.stringMatching(/^[a-z][a-z0-9.]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/), fc.constantFrom('com', 'net', 'org', 'de'))
    .map(([u, d, t]) => `${u}@${d}.${t}`);
  const guid = fc.uuid();
  const filler = fc.constantFrom(' ', ', ', '; ', ' and ', '\n', ' (', ') ');

  it('property: no e-mail address or GUID survives, and redacting twice changes nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(email, guid), filler), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.map(([v, f]) => v + f).join('');
        const out = redactText(text);
        for (const [v] of parts) {
          if (v === '38aa3b87-a06d-4817-b275-7a316988d93b' || v === '98e6cfcb-ee0a-41e0-a57b-622d4e1b30b1') continue;
          expect(out.toLowerCase()).not.toContain(v.toLowerCase());
        }
        expect(redactText(out)).toBe(out);
      }),
    );
  });

  it('property: equal values get equal placeholders, different values different ones', () => {
    fc.assert(
      fc.property(fc.uniqueArray(email, { minLength: 2, maxLength: 6, selector: (e) => e.toLowerCase() }), (emails) => {
        const r = createRedactor();
        const first = emails.map((e) => r.text(e));
        const again = emails.map((e) => r.text(e.toUpperCase()));
        expect(again).toEqual(first);
        expect(new Set(first).size).toBe(emails.length);
      }),
    );
  });

  it('property: arbitrary text never throws and keeps its length order of magnitude', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (s) => {
        const out = redactText(s);
        expect(typeof out).toBe('string');
        expect(out.length).toBeLessThanOrEqual(s.length * 8 + 50);
      }),
    );
  });
});

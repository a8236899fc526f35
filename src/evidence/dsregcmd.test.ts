import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import entraPolicyOff from './fixtures/dsregcmd-entra-policy-off.txt?raw';
import hybridProvisioned from './fixtures/dsregcmd-hybrid-provisioned.txt?raw';
import hybridCertTrust from './fixtures/dsregcmd-hybrid-cert-trust.txt?raw';
import flatOld from './fixtures/dsregcmd-flat-old.txt?raw';
import userPrompt from './fixtures/dsregcmd-user-prompt-cloud-trust.txt?raw';
import adminPrompt from './fixtures/dsregcmd-admin-prompt-not-joined.txt?raw';
import olderBuild from './fixtures/dsregcmd-older-build.txt?raw';
import cloudTrust22h2 from './fixtures/dsregcmd-cloud-trust-22h2-no-tgt.txt?raw';
import { dsregTime } from './dsregcmd.ts';
import { NGC_FIELDS } from './types.ts';

function dsreg(text: string): Finding<'dsregcmd'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'dsregcmd'> => f.kind === 'dsregcmd');
}

function one(text: string): Finding<'dsregcmd'> {
  const found = dsreg(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('dsregcmd /status', () => {
  it('reads a full sectioned Entra joined output with PolicyEnabled failing', () => {
    const f = one(entraPolicyOff);
    expect(f.facts).toMatchObject({
      joinType: 'entra',
      azureAdJoined: true,
      enterpriseJoined: false,
      domainJoined: false,
      deviceId: '6f1c1a2e-3b0d-4f54-9a51-0e8d7c1b2a90',
      tenantId: '3c1f7a52-8d0e-4b6a-9f21-5e4d3c2b1a09',
      tenantName: 'Contoso',
      ngcSet: false,
      azureAdPrt: true,
      workplaceJoined: false,
      preReqResult: 'WillNotProvision',
      certEnrollment: 'none',
      failingPrereqs: ['PolicyEnabled'],
      format: 'sectioned',
    });
    expect(f.facts.prereqs.map((p) => p.key)).toEqual([
      'IsDeviceJoined',
      'IsUserAzureAD',
      'PolicyEnabled',
      'PostLogonEnabled',
      'DeviceEligible',
      'SessionIsNotRemote',
      'CertEnrollment',
      'PreReqResult',
    ]);
    expect(f.facts.prereqs.find((p) => p.key === 'PolicyEnabled')).toEqual({ key: 'PolicyEnabled', value: 'NO', ok: false });
    expect(f.facts.prereqs.find((p) => p.key === 'CertEnrollment')?.ok).toBeNull();
    // Proxy sections must not leak into the facts or prerequisites.
    expect(f.facts.prereqs.some((p) => p.key.includes('Proxy'))).toBe(false);
    expect(f.rows.find((r) => r.label === 'PolicyEnabled')?.mark).toBe('fail');
    expect(f.rows.find((r) => r.label === 'PreReqResult')).toMatchObject({ value: 'WillNotProvision', mark: 'fail' });
    expect(f.summary).toContain('PolicyEnabled');
  });

  it('reads a hybrid joined, provisioned device without a prerequisite section', () => {
    const f = one(hybridProvisioned);
    expect(f.facts).toMatchObject({
      joinType: 'hybrid',
      domainJoined: true,
      domainName: 'CONTOSO',
      ngcSet: true,
      ngcKeyId: '{5F2A1C3E-7B9D-4E8F-A1B2-C3D4E5F60718}',
      canReset: 'DestructiveAndNonDestructive',
      enterprisePrt: true,
      prereqs: [],
      failingPrereqs: [],
      format: 'sectioned',
    });
    expect(f.facts.preReqResult).toBeUndefined();
  });

  it('points a certificate trust device with AdfsRefreshToken NO at the ugs scope flow', () => {
    const f = one(hybridCertTrust);
    expect(f.facts).toMatchObject({
      joinType: 'hybrid',
      certEnrollment: 'enrollment authority',
      adfsRefreshToken: false,
      preReqResult: 'WillNotProvision',
      failingPrereqs: ['AdfsRefreshToken'],
    });
    expect(f.facts.prereqs.find((p) => p.key === 'LogonCertTemplateReady')).toEqual({ key: 'LogonCertTemplateReady', value: 'YES ( StateReady )', ok: true });
  });

  it('accepts the older flat Key: value format', () => {
    const f = one(flatOld);
    expect(f.facts).toMatchObject({
      format: 'flat',
      joinType: 'hybrid',
      azureAdJoined: true,
      domainJoined: true,
      tenantName: 'Contoso',
      domainName: 'CONTOSO',
      ngcSet: false,
      azureAdPrt: false,
      deviceId: '5a3c9e1b-2d4f-4a6b-8c0d-1e2f3a4b5c6d',
    });
  });

  it.each([
    ['YES', 'NO', 'NO', 'entra'],
    ['YES', 'NO', 'YES', 'hybrid'],
    ['NO', 'NO', 'YES', 'domain'],
    ['NO', 'YES', 'YES', 'drs'],
    ['NO', 'NO', 'NO', 'none'],
    ['YES', 'YES', 'NO', 'unknown'],
  ])('AzureAdJoined %s / EnterpriseJoined %s / DomainJoined %s → %s', (aad, ent, dom, join) => {
    const text = `             AzureAdJoined : ${aad}\n          EnterpriseJoined : ${ent}\n              DomainJoined : ${dom}\n`;
    expect(one(text).facts.joinType).toBe(join);
  });

  it('matches keys case-insensitively and allows empty values', () => {
    const f = one('azureadjoined : yes\nENTERPRISEJOINED : no\nDomainJoined : YES\nDomainName :\nngcset : Yes\n');
    expect(f.facts.joinType).toBe('hybrid');
    expect(f.facts.ngcSet).toBe(true);
    expect(f.facts.domainName).toBeUndefined();
  });

  it('splits on the first " : " so values may contain colons', () => {
    const f = one('AzureAdJoined : YES\nDomainJoined : NO\nTenantName : Contoso : Research\n');
    expect(f.facts.tenantName).toBe('Contoso : Research');
  });

  it('finds two runs in one paste', () => {
    expect(dsreg(`${entraPolicyOff}\n\n${hybridProvisioned}`).map((f) => f.facts.joinType)).toEqual(['entra', 'hybrid']);
  });

  it('survives CRLF, tabs and non-breaking spaces', () => {
    const mangled = hybridCertTrust.replace(/\n/g, '\r\n').replace(/ {4}/g, '\t').replace(/ : /g, '\u00a0:\u00a0');
    const f = one(mangled);
    expect(f.facts.joinType).toBe('hybrid');
    expect(f.facts.failingPrereqs).toEqual(['AdfsRefreshToken']);
  });

  it('ignores text that merely mentions a key', () => {
    expect(dsreg('Check that DomainJoined: YES appears in the output.')).toEqual([]);
    expect(dsreg('TenantId: 1234')).toEqual([]);
  });
});

describe('dsregcmd /status: the fields Windows Hello provisioning reads', () => {
  it('reads a user prompt paste: join state, device auth, PRT age from Client Time, the whole prerequisite check', () => {
    const f = one(userPrompt).facts;
    expect(f.fields).toEqual({
      AzureAdJoined: { state: 'yes', value: 'YES' },
      EnterpriseJoined: { state: 'no', value: 'NO' },
      DomainJoined: { state: 'yes', value: 'YES' },
      DeviceAuthStatus: { state: 'yes', value: 'SUCCESS' },
      AzureAdPrt: { state: 'yes', value: 'YES' },
      AzureAdPrtUpdateTime: { state: 'other', value: '2024-05-14 00:12:40.000 UTC' },
      OnPremTgt: { state: 'yes', value: 'YES' },
      CloudTgt: { state: 'yes', value: 'YES' },
    });
    expect(f).toMatchObject({
      joinType: 'hybrid',
      deviceAuthStatus: 'success',
      azureAdPrtUpdateTime: '2024-05-14T00:12:40.000Z',
      clientTime: '2024-05-14T09:42:40.000Z',
      prtAgeHours: 9.5,
      preReqResult: 'WillProvision',
    });
    expect(f.userContext).toBeUndefined();
    expect(f.executingAccount).toBe('CONTOSO\\alice, alice@contoso.com');
    expect(f.ngc.OnPremTGT).toEqual({ state: 'yes', value: 'YES' });
    expect(f.ngc.CloudTGT).toEqual({ state: 'not-shown' });
    expect(f.ngc.PreReqResult).toEqual({ state: 'yes', value: 'WillProvision' });
    expect(f.ngc.CertEnrollment).toEqual({ state: 'other', value: 'none' });
    expect(f.ngc.AdfsRefreshToken).toEqual({ state: 'not-shown' });
    const row = one(userPrompt).rows.find((r) => r.label === 'AzureAdPrtUpdateTime');
    expect(row).toMatchObject({ value: '2024-05-14T00:12:40.000Z (9.5 hours before Client Time)', mark: 'warn' });
  });

  it('reads an admin prompt paste: SYSTEM context, not hybrid joined, every NO named', () => {
    const f = one(adminPrompt).facts;
    expect(f).toMatchObject({ joinType: 'domain', userContext: 'SYSTEM', clientTime: '2024-06-03T14:05:12.000Z', azureAdPrt: false, preReqResult: 'WillNotProvision' });
    expect(f.prtAgeHours).toBeUndefined();
    expect(f.fields.DeviceAuthStatus).toEqual({ state: 'not-shown' });
    expect(f.fields.AzureAdPrt).toEqual({ state: 'no', value: 'NO' });
    expect(f.failingPrereqs).toEqual(['IsDeviceJoined', 'IsUserAzureAD', 'OnPremTGT']);
    expect(f.ngc.IsDeviceJoined.state).toBe('no');
    expect(f.ngc.PolicyEnabled.state).toBe('yes');
  });

  it('keeps "not shown" apart from NO on an older build', () => {
    const f = one(olderBuild).facts;
    expect(f.ngc.PolicyEnabled).toEqual({ state: 'no', value: 'NO' });
    for (const missing of ['IsDeviceJoined', 'PostLogonEnabled', 'AdfsRefreshToken', 'AdfsRaIsReady', 'LogonCertTemplateReady', 'OnPremTGT', 'CloudTGT'] as const) {
      expect(f.ngc[missing], missing).toEqual({ state: 'not-shown' });
    }
    expect(f.fields.DeviceAuthStatus).toEqual({ state: 'not-shown' });
    expect(f.fields.AzureAdPrtUpdateTime).toEqual({ state: 'not-shown' });
    expect(f.deviceAuthStatus).toBeUndefined();
    expect(f.azureAdPrtUpdateTime).toBeUndefined();
    expect(f.failingPrereqs).toEqual(['PolicyEnabled']);
  });

  it('reads cloud Kerberos trust before 23H2: the check\'s CloudTGT apart from SSO State\'s tickets', () => {
    const f = one(cloudTrust22h2).facts;
    expect(f.ngc.CloudTGT).toEqual({ state: 'no', value: 'NO' });
    expect(f.ngc.OnPremTGT).toEqual({ state: 'not-shown' });
    expect(f.fields.OnPremTgt).toEqual({ state: 'no', value: 'NO' });
    expect(f.fields.CloudTgt).toEqual({ state: 'yes', value: 'YES' });
    expect(f.failingPrereqs).toEqual(['CloudTGT']);
    expect(f.prtAgeHours).toBeUndefined(); // no Client Time in this paste
  });

  it('reads every prerequisite of a certificate trust check', () => {
    const f = one(hybridCertTrust).facts;
    expect(f.ngc.AdfsRefreshToken.state).toBe('no');
    expect(f.ngc.LogonCertTemplateReady).toEqual({ state: 'yes', value: 'YES ( StateReady )' });
    expect(f.ngc.CertEnrollment).toEqual({ state: 'other', value: 'enrollment authority' });
  });

  it('always lists every field, shown or not', () => {
    const f = one('AzureAdJoined : YES\nDomainJoined : NO\n').facts;
    expect(Object.keys(f.ngc)).toEqual([...NGC_FIELDS]);
    expect(Object.values(f.ngc).every((v) => v.state === 'not-shown')).toBe(true);
    expect(f.fields.EnterpriseJoined).toEqual({ state: 'not-shown' });
  });

  it.each([
    ['FAILED. Device is either disabled or deleted', 'disabled-or-deleted'],
    ['FAILED. ERROR', 'error'],
    ['SUCCESS', 'success'],
    ['PENDING', 'other'],
  ])('DeviceAuthStatus %s → %s', (value, status) => {
    expect(one(`AzureAdJoined : YES\nDomainJoined : NO\nDeviceAuthStatus : ${value}\n`).facts.deviceAuthStatus).toBe(status);
  });

  it.each([
    ['2020-07-12 22:57:53.000 UTC', '2020-07-12T22:57:53.000Z'],
    ['2020-07-12 22:57:53 UTC', '2020-07-12T22:57:53.000Z'],
    ['2020-07-12 22:57:53.5 UTC', '2020-07-12T22:57:53.500Z'],
    ['2020-02-30 10:00:00.000 UTC', undefined],
    ['7/12/2020 10:57 PM', undefined],
    ['', undefined],
  ])('dsregTime(%s) → %s', (input, out) => {
    expect(dsregTime(input)).toBe(out);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import entraPolicyOff from './fixtures/dsregcmd-entra-policy-off.txt?raw';
import hybridProvisioned from './fixtures/dsregcmd-hybrid-provisioned.txt?raw';
import hybridCertTrust from './fixtures/dsregcmd-hybrid-cert-trust.txt?raw';
import flatOld from './fixtures/dsregcmd-flat-old.txt?raw';

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

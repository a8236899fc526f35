import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import dsregNoTgt from '../../src/evidence/fixtures/dsregcmd-cloud-trust-22h2-no-tgt.txt?raw';
import dsregYes from '../../src/evidence/fixtures/dsregcmd-user-prompt-cloud-trust.txt?raw';
import serverOne from '../../src/evidence/fixtures/kerberos-server-one-domain.txt?raw';
import serverTwo from '../../src/evidence/fixtures/kerberos-server-two-domains.txt?raw';
import udr358 from '../../src/evidence/fixtures/udr-358-general-cloud-trust.txt?raw';
import descriptor from '../../src/flows/cloud-kerberos-trust';
import type { CloudKerberosTrustContext as C } from '../../src/flows/cloud-kerberos-trust/machine';
import { flowMeta } from '../../src/flows/registry';
import { SERVER_SAMPLE } from '../../src/flows/cloud-kerberos-trust/samples';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, OutcomeStep, QuestionStep } from '../../src/flows/shared/types';
import { rankSuggestions } from '../../src/triage/suggest';

const FIXTURES: Record<string, string> = {
  'dsregcmd-cloud-trust-22h2-no-tgt.txt': dsregNoTgt,
  'dsregcmd-user-prompt-cloud-trust.txt': dsregYes,
  'udr-358-general-cloud-trust.txt': udr358,
  'kerberos-server-two-domains.txt': serverTwo,
  'kerberos-server-one-domain.txt': serverOne,
};
const fixture = (name: string) => FIXTURES[name]!;
const steps = descriptor.content.steps;
const run = (events: (EventObject & Record<string, unknown>)[]) => {
  const r = replay(descriptor.machine, events);
  return { id: stateIdOf(r.snapshot), ctx: r.snapshot.context as C, r };
};
const DEPLOY_URL = 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/deploy/hybrid-cloud-kerberos-trust';
const ENTRA_KERBEROS_URL = 'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-passwordless-security-key-on-premises';
const ctx0: C = { domain: '', dcName: '', tgt: '' };
const NAMES = { type: 'NAMES_ENTERED', values: { domain: 'ad.contoso.com', dcName: 'DC1' } };
const TO_SERVER = [{ type: 'CLOUD' }, { type: 'TGT_NO' }, NAMES];
const codeOf = (s: ActionStep<C> | EvidenceStep<C> | QuestionStep<C>, ctx: C) =>
  [...(s.howTo ?? []).map((h) => h.code?.code), ...('steps' in s ? s.steps.map((x) => x.code?.code) : [])]
    .filter((c) => c !== undefined)
    .map((c) => resolveText(c!, ctx))
    .join('\n');

describe('cloud-kerberos-trust: routes', () => {
  it('walks the checks in order: trust type, partial TGT, names, server object, writable DC, privileged, scenario, updates', () => {
    const ids = [
      [],
      [{ type: 'CLOUD' }],
      [{ type: 'CLOUD' }, { type: 'TGT_NO' }],
      TO_SERVER,
      [...TO_SERVER, { type: 'SERVER_OK' }],
      [...TO_SERVER, { type: 'SERVER_OK' }, { type: 'YES' }],
      [...TO_SERVER, { type: 'SERVER_OK' }, { type: 'YES' }, { type: 'NO' }],
      [...TO_SERVER, { type: 'SERVER_OK' }, { type: 'YES' }, { type: 'NO' }, { type: 'CONSOLE' }],
      [...TO_SERVER, { type: 'SERVER_OK' }, { type: 'YES' }, { type: 'NO' }, { type: 'CONSOLE' }, { type: 'UPDATED' }],
    ].map((e) => run(e).id);
    expect(ids).toEqual(['trustType', 'tgt', 'names', 'kerbServer', 'writableDc', 'privileged', 'scenario', 'updates', 'outEscalate']);
  });

  it('certificate trust overrides cloud Kerberos trust: intended → the certificate trust flow, not intended → remove and retest', () => {
    const cert = run([{ type: 'CERT' }, { type: 'INTENDED' }]);
    expect(cert.id).toBe('outCertTrust');
    const out = steps.outCertTrust as OutcomeStep<C>;
    expect([out.result, out.related]).toEqual(['not-this', 'hybrid-cert-trust-provisioning']);
    expect(run([{ type: 'CERT' }, { type: 'NOT_INTENDED' }, { type: 'DONE' }]).id).toBe('tgt');
    expect(codeOf(steps.removeCertPolicy as ActionStep<C>, ctx0)).toContain('certutil.exe -deletehellocontainer');
  });

  it('"not sure" of the trust type shows where the policy lands, with Group Policy winning over Intune', () => {
    expect(run([{ type: 'NOT_SURE' }]).id).toBe('findTrust');
    const words = (steps.findTrust as QuestionStep<C>).howTo!.map((h) => resolveText(h.text, ctx0) + (h.code ? resolveText(h.code.code, ctx0) : '')).join('\n') + resolveText(steps.findTrust!.body!, ctx0);
    expect(words).toContain('./Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/UseCloudTrustForOnPremAuth');
    expect(words).toContain('gpresult /scope computer /v');
    expect(run([{ type: 'NOT_SURE' }, { type: 'KEY' }]).id).toBe('outKeyTrust');
    expect(run([{ type: 'NOT_SURE' }, { type: 'NOT_SET' }, { type: 'DONE' }]).id).toBe('tgt');
  });

  it('partial TGT "not tested": Entra joined goes on to the server object, hybrid joined gets the policy onto the device', () => {
    const nt = run([{ type: 'CLOUD' }, { type: 'TGT_NOT_TESTED' }]);
    expect([nt.id, nt.ctx.tgt]).toEqual(['tgtNotTested', 'not-tested']);
    expect(run([{ type: 'CLOUD' }, { type: 'TGT_NOT_TESTED' }, { type: 'ENTRA_JOINED' }]).id).toBe('names');
    expect(run([{ type: 'CLOUD' }, { type: 'TGT_NOT_TESTED' }, { type: 'POLICY' }]).id).toBe('policyLands');
  });

  it('server object missing → create, mismatched → rotate with -RotateServerKey only; retest ends resolved or goes on to the DCs', () => {
    expect(run([...TO_SERVER, { type: 'SERVER_MISSING' }]).id).toBe('createServer');
    expect(run([...TO_SERVER, { type: 'SERVER_MISMATCH' }, { type: 'DONE' }, { type: 'FIXED' }]).id).toBe('outResolved');
    expect(run([...TO_SERVER, { type: 'SERVER_MISMATCH' }, { type: 'DONE' }, { type: 'NOT_FIXED' }]).id).toBe('writableDc');
    const { ctx } = run(TO_SERVER);
    const rotate = codeOf(steps.rotateKey as ActionStep<C>, ctx);
    expect(rotate).toContain("$domain = 'ad.contoso.com'");
    expect(rotate).toContain('Set-AzureADKerberosServer -Domain $domain -CloudCredential $cloudCred -DomainCredential $domainCred -RotateServerKey');
  });

  it('privileged users and unsupported scenarios end with an explanation; the policy is never relaxed', () => {
    const base = [...TO_SERVER, { type: 'SERVER_OK' }, { type: 'YES' }];
    expect(run([...base, { type: 'YES' }]).id).toBe('outPrivileged');
    const body = resolveText(steps.outPrivileged!.body!, run(base).ctx);
    expect(body).toContain('CN=AzureADKerberos,OU=Domain Controllers in ad.contoso.com');
    expect(run([...base, { type: 'NO' }, { type: 'RDP' }]).id).toBe('outRdp');
    expect(run([...base, { type: 'NO' }, { type: 'RUN_AS' }]).id).toBe('outRunAs');
    expect(run([...base, { type: 'NO' }, { type: 'FIRST_SIGN_IN' }, { type: 'DONE' }, { type: 'NOT_FIXED' }]).id).toBe('updates');
    expect(run([...base, { type: 'NO' }, { type: 'CONSOLE' }, { type: 'MISSING' }, { type: 'DONE' }, { type: 'FIXED' }]).id).toBe('outResolved');
    expect(run([...TO_SERVER, { type: 'SERVER_OK' }, { type: 'NO' }]).id).toBe('outNeedWritableDc');
  });

  it('names the updates the sources name', () => {
    const words = resolveText(steps.updates!.body!, ctx0);
    for (const kb of ['KB4534307', 'KB4534321', 'KB5010415', 'KB5010414', '14393.3474', '17763.1012', 'AES256_HMAC_SHA1']) expect(words).toContain(kb);
    const refs = descriptor.content.references.map((r) => r.source);
    expect(refs).toEqual(expect.arrayContaining([DEPLOY_URL, ENTRA_KERBEROS_URL, 'https://support.microsoft.com/help/4534307', 'https://support.microsoft.com/help/4534321']));
  });
});

describe('cloud-kerberos-trust: typed names', () => {
  it('refuses a domain without a dot and a DC name that is not a host name', () => {
    for (const values of [
      { domain: 'contoso', dcName: '' },
      { domain: "ad.contoso.com'; Remove-Item C:\\", dcName: '' },
      { domain: 'ad.contoso.com', dcName: 'DC1 & calc' },
      { domain: 'ad.contoso.com', dcName: "DC1'" },
      { domain: '', dcName: 'DC1' },
    ])
      expect(run([{ type: 'CLOUD' }, { type: 'TGT_NO' }, { type: 'NAMES_ENTERED', values }]).id, JSON.stringify(values)).toBe('names');
    expect(run([{ type: 'CLOUD' }, { type: 'TGT_NO' }, { type: 'NAMES_ENTERED', values: { domain: 'AD.Contoso.com.', dcName: '' } }]).ctx.domain).toBe('ad.contoso.com');
  });

  it('says what is wrong with a typed name, and takes a good one', () => {
    const fields = (steps.names as EvidenceStep<C>).fields!;
    const check = (name: string, raw: string) => fields.find((f) => f.name === name)!.validate!(raw, ctx0);
    expect(check('domain', 'contoso')).toBeTruthy();
    expect(check('domain', 'AD.Contoso.com.')).toBeUndefined();
    expect(check('dcName', 'DC1 & calc')).toBeTruthy();
    expect(check('dcName', '')).toBeUndefined();
    expect(check('dcName', 'dc1.ad.contoso.com')).toBeUndefined();
  });

  it('names the typed domain and DC in the steps so far', () => {
    const describe = (values: { domain: string; dcName: string }) => descriptor.content.describe!({ type: 'NAMES_ENTERED', values } as EventObject);
    expect(describe({ domain: 'ad.contoso.com', dcName: 'DC1' })).toMatch(/ad\.contoso\.com.*DC1/);
    const noDc = describe({ domain: 'ad.contoso.com', dcName: '' });
    expect(noDc).toContain('ad.contoso.com');
    expect(noDc).not.toContain('{');
  });

  it('fills the case\'s domain and DC into the commands, quoted', () => {
    const { ctx } = run(TO_SERVER);
    expect(codeOf(steps.kerbServer as EvidenceStep<C>, ctx)).toContain("$domain = 'ad.contoso.com'");
    expect(codeOf(steps.writableDc as QuestionStep<C>, ctx)).toContain('nltest /dsgetdc:ad.contoso.com /writable');
    expect(codeOf(steps.privileged as QuestionStep<C>, ctx)).toContain("Get-ADComputer -Identity 'AzureADKerberos' -Server 'DC1'");
    expect(codeOf(steps.updates as QuestionStep<C>, ctx)).toContain("-Server 'DC1'");
    // Nothing typed yet: the user's own domain or a placeholder, never an empty value.
    expect(codeOf(steps.kerbServer as EvidenceStep<C>, ctx0)).toContain('$domain = $env:USERDNSDOMAIN');
    expect(codeOf(steps.writableDc as QuestionStep<C>, ctx0)).toContain('nltest /dsgetdc:<domain> /writable');
  });
});

describe('cloud-kerberos-trust: evidence', () => {
  const read = (id: string, text: string, ctx: C = ctx0) => (steps[id] as EvidenceStep<C>).read!(analyzeEvidence(text), ctx)?.event.type;

  it('reads the partial TGT from dsregcmd (OnPremTGT, CloudTGT before 23H2) and from the event', () => {
    expect(read('tgt', fixture('dsregcmd-cloud-trust-22h2-no-tgt.txt'))).toBe('TGT_NO');
    expect(read('tgt', fixture('dsregcmd-user-prompt-cloud-trust.txt'))).toBe('TGT_YES');
    expect(read('tgt', (steps.tgt as EvidenceStep<C>).sample!)).toBe('TGT_NO');
    expect(read('tgt', fixture('udr-358-general-cloud-trust.txt'))).toBe('TGT_YES');
    const notTested = fixture('udr-358-general-cloud-trust.txt').replace('User account has Cloud TGT: Yes', 'User account has Cloud TGT: Not Tested');
    expect(read('tgt', notTested)).toBe('TGT_NOT_TESTED');
    expect(read('tgt', 'nothing useful here')).toBeUndefined();
  });

  it('reads the trust type from the event: the certificate policy wins', () => {
    const q = steps.trustType as QuestionStep<C>;
    const udr = fixture('udr-358-general-cloud-trust.txt');
    expect(q.read!(analyzeEvidence(udr), ctx0)?.event.type).toBe('CLOUD');
    const cert = udr.replace('User certificate for on premise auth policy is enabled: No', 'User certificate for on premise auth policy is enabled: Yes');
    expect(q.read!(analyzeEvidence(cert), ctx0)?.event.type).toBe('CERT');
  });

  it('reads Get-AzureADKerberosServer for the case\'s domain', () => {
    const two = fixture('kerberos-server-two-domains.txt');
    const ad = run(TO_SERVER).ctx;
    expect(read('kerbServer', two, ad)).toBe('SERVER_MISMATCH');
    expect(read('kerbServer', two, { ...ad, domain: 'emea.contoso.com' })).toBe('SERVER_MISSING');
    expect(read('kerbServer', two, { ...ad, domain: 'other.contoso.com' })).toBeUndefined();
    expect(read('kerbServer', fixture('kerberos-server-one-domain.txt'), ad)).toBeDefined();
    const healthy = SERVER_SAMPLE.replace('CloudKeyVersion    : 192272', 'CloudKeyVersion    : 212621');
    expect(read('kerbServer', healthy, ad)).toBe('SERVER_OK');
    const idOff = healthy.replace('CloudId            : 25741', 'CloudId            : 11111');
    expect(read('kerbServer', idOff, ad)).toBe('SERVER_MISMATCH');
  });

  it('says what it found: the field, the domain and the values that differ', () => {
    const because = (id: string, text: string, ctx: C = ctx0) => (steps[id] as EvidenceStep<C>).read!(analyzeEvidence(text), ctx)?.because ?? '';
    expect(because('tgt', fixture('dsregcmd-cloud-trust-22h2-no-tgt.txt'))).toContain('CloudTGT');
    expect(because('tgt', SERVER_SAMPLE)).toBe('');
    const mismatch = because('kerbServer', SERVER_SAMPLE, run(TO_SERVER).ctx);
    for (const found of ['ad.contoso.com', '212621', '192272']) expect(mismatch).toContain(found);
    const idOff = SERVER_SAMPLE.replace('CloudKeyVersion    : 192272', 'CloudKeyVersion    : 212621').replace('CloudId            : 25741', 'CloudId            : 11111');
    expect(because('kerbServer', idOff, run(TO_SERVER).ctx)).toContain('11111');
  });

  it('evidence carried from the home page answers the steps it decides', () => {
    const events = prefillEvents(descriptor, analyzeEvidence(fixture('dsregcmd-cloud-trust-22h2-no-tgt.txt')), 0);
    expect(events.map((e) => e.type)).toEqual(['CLOUD', 'TGT_NO']);
  });
});

describe('cloud-kerberos-trust: paste triage', () => {
  const first = (text: string) => rankSuggestions(analyzeEvidence(text), () => true)[0]?.flowId;
  it('ranks this flow first for Get-AzureADKerberosServer output and for dsregcmd with OnPremTGT / CloudTGT : NO', () => {
    expect(first(fixture('kerberos-server-two-domains.txt'))).toBe('cloud-kerberos-trust');
    expect(first(SERVER_SAMPLE)).toBe('cloud-kerberos-trust');
  });

  it('ranks this flow first for dsregcmd with CloudTGT : NO, with the reason', () => {
    const s = rankSuggestions(analyzeEvidence(fixture('dsregcmd-cloud-trust-22h2-no-tgt.txt')), () => true);
    expect(s[0]?.flowId).toBe('cloud-kerberos-trust');
    expect(s[0]?.reasons[0]).toMatch(/OnPremTGT \/ CloudTGT\) is NO/);
  });

  it('keeps the home page small: the catalog copy holds no keywords, they load with the flow', () => {
    expect(flowMeta('cloud-kerberos-trust')?.keywords).toEqual([]);
    expect(flowMeta('cloud-kerberos-trust')?.unlisted).toBeUndefined();
    expect(descriptor.keywords.length).toBeGreaterThan(20);
  });
});

describe('cloud-kerberos-trust: search', () => {
  it('is found first by the words people search with, though the home page copy carries none of them', async () => {
    const { loadFlowSearch } = await import('../../src/triage/searchIndex');
    const search = await loadFlowSearch();
    for (const q of ['Get-AzureADKerberosServer', 'OnPremTGT', 'CloudKeyVersion', 'RotateServerKey', 'cloud Kerberos trust'])
      expect(search.search(q)[0]?.flowId, q).toBe('cloud-kerberos-trust');
  });
});

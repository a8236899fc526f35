import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';

type Ev = EventObject & Record<string, unknown>;
import { analyzeEvidence } from '../../src/evidence';
import descriptor from '../../src/flows/non-microsoft-ca-kdc-cert';
import { certFactsOf, checkDcCert, subjectOf } from '../../src/flows/non-microsoft-ca-kdc-cert/cert';
import type { KdcCertContext } from '../../src/flows/non-microsoft-ca-kdc-cert/machine';
import {
  certreqCommands,
  certreqInf,
  dcFqdn,
  dcSanLines,
  dcSanNames,
  dcShortName,
  dcSubjectDn,
  domainDn,
  isDcName,
  isDomainFqdn,
  isNetbiosName,
  ouPath,
  sanEntry,
} from '../../src/flows/non-microsoft-ca-kdc-cert/names';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, OutcomeStep } from '../../src/flows/shared/types';

const { machine, content } = descriptor;
const names = { dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'AD' };

const run = (events: Ev[]) => replay(machine, events);
const at = (events: Ev[]) => stateIdOf(run(events).snapshot);
const ctxOf = (events: Ev[]) => run(events).snapshot.context as KdcCertContext;

const TO_EVENT_107: Ev[] = [{ type: 'YES' }, { type: 'KEY' }, { type: 'NON_MS' }];
const NAMES = (values: Record<string, string>): Ev => ({ type: 'NAMES_ENTERED', values: { dcName: '', domainFqdn: '', netbios: '', ou: '', ...values } });
const TO_CERT: Ev[] = [...TO_EVENT_107, { type: 'SEEN_107', values: { expectedDomain: 'ad.contoso.com' } }, NAMES({ dcName: 'DC1', netbios: 'AD' })];

const EVENT_107 = `Log Name:      Microsoft-Windows-Kerberos/Operational
Source:        Microsoft-Windows-Security-Kerberos
Date:          11/14/2024 8:03:17 AM
Event ID:      107
Task Category: None
Level:         Error
Keywords:
User:          SYSTEM
Computer:      CONTOSO-LT-044
Description:
The Kerberos client received a KDC certificate that does not have a matched domain name.

Expected Domain Name: corp.fabrikam.com
Error Code: 0xC000006D`;

const GOOD_CERT = `X509 Certificate:
Version: 3
Serial Number: 61000000a4c3b2
Issuer:
    CN=Fabrikam Issuing CA 02
    O=Fabrikam
    C=US

Subject:
    CN=DC1
    OU=Domain Controllers
    DC=ad
    DC=contoso
    DC=com

Certificate Extensions: 5
    2.5.29.37: Flags = 0, Length = 20
    Enhanced Key Usage
        KDC Authentication (1.3.6.1.5.2.3.5)
        Client Authentication (1.3.6.1.5.5.7.3.2)
        Server Authentication (1.3.6.1.5.5.7.3.1)

    2.5.29.17: Flags = 0, Length = 36
    Subject Alternative Name
        DNS Name=dc1.ad.contoso.com
        DNS Name=ad.contoso.com
        DNS Name=ad`;

const DSREG_HYBRID = `+----------------------------------------------------------------------+
| Device State                                                         |
+----------------------------------------------------------------------+

             AzureAdJoined : YES
          EnterpriseJoined : NO
              DomainJoined : YES
                DomainName : CONTOSO
               Device Name : PC-0193.ad.contoso.com`;

describe('DC certificate names', () => {
  it('computes the subject DN from a short DC name, the domain and the default OU', () => {
    expect(dcSubjectDn(names)).toBe('CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com');
  });

  it('computes the SAN entries: DC FQDN, domain FQDN, NetBIOS name', () => {
    expect(dcSanNames(names)).toEqual(['dc1.ad.contoso.com', 'ad.contoso.com', 'ad']);
    expect(dcSanLines(names)).toBe('dns=dc1.ad.contoso.com\ndns=ad.contoso.com\ndns=ad');
  });

  it('takes the DC as a fully qualified name too', () => {
    const n = { dcName: 'DC2.AD.Contoso.com', domainFqdn: 'AD.contoso.com.', netbios: 'AD' };
    expect(dcShortName(n.dcName)).toBe('DC2');
    expect(dcFqdn(n.dcName, n.domainFqdn)).toBe('dc2.ad.contoso.com');
    expect(dcSubjectDn(n)).toBe('CN=DC2,OU=Domain Controllers,DC=ad,DC=contoso,DC=com');
    expect(dcSanLines(n)).toBe('dns=dc2.ad.contoso.com\ndns=ad.contoso.com\ndns=ad');
  });

  it('keeps the DC FQDN as given in a disjoint namespace', () => {
    expect(dcSanNames({ dcName: 'dc7.dcs.contoso.net', domainFqdn: 'ad.contoso.com', netbios: 'CONTOSO' })).toEqual(['dc7.dcs.contoso.net', 'ad.contoso.com', 'contoso']);
  });

  it('builds the OU part from what was typed', () => {
    expect(ouPath('')).toBe('OU=Domain Controllers');
    expect(ouPath(undefined)).toBe('OU=Domain Controllers');
    expect(ouPath('Tier0 DCs')).toBe('OU=Tier0 DCs');
    expect(ouPath('ou=DCs, OU=Tier0')).toBe('OU=DCs,OU=Tier0');
    expect(ouPath('OU=Domain Controllers,DC=ad,DC=contoso,DC=com')).toBe('OU=Domain Controllers');
    expect(dcSubjectDn({ ...names, ou: 'OU=DCs,OU=Tier0' })).toBe('CN=DC1,OU=DCs,OU=Tier0,DC=ad,DC=contoso,DC=com');
    expect(domainDn('Corp.Fabrikam.com')).toBe('DC=corp,DC=fabrikam,DC=com');
  });

  it('writes an exact certreq request file and commands', () => {
    expect(certreqInf(names)).toBe(
      [
        '[Version]',
        'Signature="$Windows NT$"',
        '',
        '[NewRequest]',
        'Subject = "CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com"',
        'KeyLength = 2048',
        'KeySpec = 1',
        'KeyUsage = 0xa0',
        'MachineKeySet = TRUE',
        'Exportable = FALSE',
        'RequestType = PKCS10',
        '',
        '[EnhancedKeyUsageExtension]',
        'OID = 1.3.6.1.5.5.7.3.1',
        'OID = 1.3.6.1.5.5.7.3.2',
        'OID = 1.3.6.1.5.2.3.5',
        '',
        '[Extensions]',
        '2.5.29.17 = "{text}"',
        '_continue_ = "dns=dc1.ad.contoso.com&"',
        '_continue_ = "dns=ad.contoso.com&"',
        '_continue_ = "dns=ad"',
      ].join('\n'),
    );
    expect(certreqCommands(names)).toBe(
      'certreq -new dc1.inf dc1.req\nrem Submit dc1.req to your certificate authority, save the issued certificate as dc1.cer, then:\ncertreq -accept dc1.cer',
    );
  });

  it('validates the names', () => {
    expect(isDcName('DC1')).toBe(true);
    expect(isDcName('dc1.ad.contoso.com')).toBe(true);
    expect(isDcName('dc 1')).toBe(false);
    expect(isDcName('\\\\DC1')).toBe(false);
    expect(isDcName('')).toBe(false);
    expect(isDomainFqdn('ad.contoso.com')).toBe(true);
    expect(isDomainFqdn('AD')).toBe(false);
    expect(isNetbiosName('AD')).toBe(true);
    expect(isNetbiosName('CONTOSO_EU-1')).toBe(true);
    expect(isNetbiosName('ad.contoso')).toBe(false);
    expect(isNetbiosName('A234567890123456')).toBe(false);
  });

  it('reads typed SAN lines and subjects', () => {
    expect(sanEntry('DNS Name=DC1.ad.contoso.com')).toBe('dc1.ad.contoso.com');
    expect(sanEntry('dns=ad')).toBe('ad');
    expect(sanEntry('  ad.contoso.com ')).toBe('ad.contoso.com');
    expect(subjectOf('CN = DC1\nOU = Domain Controllers\nDC = ad\nDC = contoso\nDC = com')).toBe('CN=DC1, OU=Domain Controllers, DC=ad, DC=contoso, DC=com');
  });

  it('checks a certificate with checkDcCertificate: subject rule, SAN rule, missing names', () => {
    const bySubject = checkDcCert(certFactsOf({ subject: 'CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com', kdcEku: true }), names);
    expect(bySubject).toMatchObject({ subjectRule: true, ok: true });
    const bySan = checkDcCert(certFactsOf({ subject: 'CN=dc1.ad.contoso.com', san: ['DNS Name=dc1.ad.contoso.com', 'dns=ad.contoso.com', 'AD'], kdcEku: true }), names);
    expect(bySan).toMatchObject({ subjectRule: false, sanRule: true, missing: [], ok: true });
    const neither = checkDcCert(certFactsOf({ subject: 'CN=dc1.ad.contoso.com', san: ['dc1.ad.contoso.com'] }), names);
    expect(neither).toMatchObject({ subjectRule: false, sanRule: false, missing: ['ad.contoso.com', 'ad'], ok: false });
  });
});

describe('routes', () => {
  it('ends at not-this for a hybrid joined device, directly or from dsregcmd', () => {
    expect(at([{ type: 'NO' }])).toBe('outNotEntraJoined');
    const read = (content.steps.checkJoin as EvidenceStep<KdcCertContext>).read!(analyzeEvidence(DSREG_HYBRID), ctxOf([]));
    expect(read?.event).toEqual({ type: 'NO' });
    expect(at([{ type: 'NOT_SURE' }, read!.event])).toBe('outNotEntraJoined');
  });

  it('ends at not-this for certificate or cloud Kerberos trust and for a Microsoft CA', () => {
    expect(at([{ type: 'YES' }, { type: 'OTHER' }])).toBe('outOtherTrust');
    expect(at([{ type: 'YES' }, { type: 'NOT_SURE' }, { type: 'OTHER' }])).toBe('outOtherTrust');
    expect(at([{ type: 'YES' }, { type: 'KEY' }, { type: 'MS' }])).toBe('outMicrosoftCa');
    expect(at([{ type: 'YES' }, { type: 'KEY' }, { type: 'NOT_SURE' }, { type: 'MS' }])).toBe('outMicrosoftCa');
    expect((content.steps.outMicrosoftCa as OutcomeStep<KdcCertContext>).result).toBe('not-this');
  });

  it('turns the log on and comes back to event 107; no event at all escalates', () => {
    expect(at([...TO_EVENT_107, { type: 'LOG_OFF' }])).toBe('enableLog');
    expect(at([...TO_EVENT_107, { type: 'LOG_OFF' }, { type: 'READY' }])).toBe('event107');
    expect(at([...TO_EVENT_107, { type: 'NO_EVENT' }])).toBe('outNoEvent107');
    expect(at([...TO_EVENT_107, { type: 'NO_TGS_REQ' }])).toBe('names');
  });

  it('reads a pasted event 107 and prefills the domain from its expected domain', () => {
    const step = content.steps.event107 as EvidenceStep<KdcCertContext>;
    const reading = step.read!(analyzeEvidence(EVENT_107), ctxOf(TO_EVENT_107));
    expect(reading?.event).toEqual({ type: 'SEEN_107', values: { expectedDomain: 'corp.fabrikam.com' } });
    const events = [...TO_EVENT_107, reading!.event];
    expect(at(events)).toBe('names');
    const ctx = ctxOf(events);
    expect(ctx.expectedDomain).toBe('corp.fabrikam.com');
    expect(resolveText(content.steps.names.body, ctx)).toContain('corp.fabrikam.com');
    // The domain box may stay empty: the domain from event 107 is used.
    const after = [...events, NAMES({ dcName: 'FAB-DC01', netbios: 'FABRIKAM' })];
    expect(at(after)).toBe('currentCert');
    expect(ctxOf(after)).toMatchObject({ dcName: 'FAB-DC01', domainFqdn: 'corp.fabrikam.com', netbios: 'FABRIKAM' });
  });

  it('rejects unusable names and a bad expected domain', () => {
    expect(run([...TO_EVENT_107, { type: 'SEEN_107', values: { expectedDomain: 'not a domain' } }]).rejectedAt).toBe(3);
    const toNames = [...TO_EVENT_107, { type: 'NO_TGS_REQ' }];
    expect(run([...toNames, NAMES({ dcName: 'DC1', netbios: 'AD' })]).rejectedAt).toBe(4); // no domain known
    expect(run([...toNames, NAMES({ dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'ad.contoso' })]).rejectedAt).toBe(4);
    expect(run([...toNames, NAMES({ dcName: 'DC 1', domainFqdn: 'ad.contoso.com', netbios: 'AD' })]).rejectedAt).toBe(4);
    expect(at([...toNames, NAMES({ dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'AD' })])).toBe('currentCert');
    expect(at([...toNames, { type: 'NOT_SURE' }, { type: 'READY' }])).toBe('names');
  });

  it('fills the fix with the names entered', () => {
    const events = [...TO_CERT, { type: 'SKIP' }];
    expect(at(events)).toBe('reissue');
    const ctx = ctxOf(events);
    const step = content.steps.reissue as ActionStep<KdcCertContext>;
    const codes = step.steps.map((s) => (s.code ? resolveText(s.code.code, ctx) : ''));
    expect(codes).toContain('CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com');
    expect(codes).toContain('dns=dc1.ad.contoso.com\ndns=ad.contoso.com\ndns=ad');
    expect(codes).toContain('certutil -viewstore -enterprise NTAuth');
    expect(codes).toContain('certutil -dspublish -f <ca.cer> NTAuthCA');
    expect(codes).toContain(certreqInf(names));
    const words = step.steps.map((s) => resolveText(s.text, ctx)).join('\n');
    expect(words).toContain('1.3.6.1.5.2.3.5');
    expect(words).toContain('1.3.6.1.5.5.7.3.2');
    expect(words).toContain('1.3.6.1.5.5.7.3.1');
    expect(resolveText(step.detail, ctx)).toContain('Guidelines for enabling smart card sign in with non-Microsoft certification authorities');
    expect(resolveText(step.title, ctx)).toContain('DC1');
  });

  it('checks the fix: resolved, check the certificate again, or escalate', () => {
    const fixed = [...TO_CERT, { type: 'SKIP' }, { type: 'DONE' }];
    expect(at(fixed)).toBe('retest');
    expect(resolveText((content.steps.retest.howTo ?? [])[0].code!.code, ctxOf(fixed))).toBe('klist purge');
    expect(at([...fixed, { type: 'FIXED' }, { type: 'DONE' }])).toBe('outResolved');
    expect(at([...fixed, { type: 'STILL_FAILS' }])).toBe('outEscalate');
    expect(at([...fixed, { type: 'CHECK_CERT' }])).toBe('currentCert');
  });

  it('routes on a pasted DC certificate: compliant → escalate, missing names → the fix', () => {
    const step = content.steps.currentCert as EvidenceStep<KdcCertContext>;
    const good = step.read!(analyzeEvidence(GOOD_CERT), ctxOf(TO_CERT));
    expect(good?.event).toMatchObject({ type: 'CERT_ENTERED', values: { kdcEku: true } });
    expect(at([...TO_CERT, good!.event])).toBe('outCertAlreadyOk');

    const bad = step.read!(analyzeEvidence(step.sample!), ctxOf(TO_CERT));
    expect(bad?.because).toContain('lacks ad.contoso.com and ad');
    expect(at([...TO_CERT, bad!.event])).toBe('reissue');
  });

  it('routes on typed certificate values, and on a missing KDC EKU', () => {
    const cert = (values: Record<string, unknown>): Ev => ({ type: 'CERT_ENTERED', values });
    // Typed values cannot show the EKU: the flow asks for it instead of assuming it.
    const typedDn = [...TO_CERT, cert({ subject: 'CN = DC1, OU = Domain Controllers, DC = ad, DC = contoso, DC = com', san: [] })];
    expect(at(typedDn)).toBe('confirmEku');
    expect(at([...typedDn, { type: 'YES' }])).toBe('outCertAlreadyOk');
    expect(at([...typedDn, { type: 'NO' }])).toBe('reissue');
    expect(at([...typedDn, { type: 'NOT_SURE' }])).toBe('reissue');
    expect(at([...TO_CERT, cert({ subject: '', san: ['DNS Name=dc1.ad.contoso.com', 'DNS Name=ad.contoso.com', 'DNS Name=ad'] })])).toBe('confirmEku');
    expect(at([...TO_CERT, cert({ subject: 'CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com', san: [], kdcEku: true })])).toBe('outCertAlreadyOk');
    expect(at([...TO_CERT, cert({ subject: 'CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com', san: [], kdcEku: false })])).toBe('reissue');
    expect(at([...TO_CERT, cert({ subject: '', san: ['dc1.ad.contoso.com'] })])).toBe('reissue');
    expect(run([...TO_CERT, cert({ subject: '', san: [] })]).rejectedAt).toBe(TO_CERT.length);
  });

  it('accepts only the whole distinguished name of the DC object as the subject', () => {
    const cert = (subject: string): Ev => ({ type: 'CERT_ENTERED', values: { subject, san: [], kdcEku: true } });
    for (const subject of [
      'CN=DC1,DC=ad,DC=contoso,DC=com',
      'CN=DC1,OU=Wrong,DC=ad,DC=contoso,DC=com',
      'CN=dc1.ad.contoso.com,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
      'CN=DC1,OU=Domain Controllers,DC=contoso,DC=com',
      'CN=DC1,OU=Domain Controllers,OU=Extra,DC=ad,DC=contoso,DC=com',
      'CN=DC2,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
    ]) {
      expect(checkDcCert(certFactsOf({ subject, kdcEku: true }), names).subjectRule, subject).toBe(false);
      expect(at([...TO_CERT, cert(subject)]), subject).toBe('reissue');
    }
    // Spacing, case and the Details tab's reversed order do not matter.
    for (const subject of ['cn=dc1, ou=domain controllers, dc=AD, dc=contoso, dc=com', 'DC = com\nDC = contoso\nDC = ad\nOU = Domain Controllers\nCN = DC1']) {
      expect(at([...TO_CERT, cert(subject)]), subject).toBe('outCertAlreadyOk');
    }
    // A DC moved to another OU: its OU from the names step is the one that counts.
    const moved = [...TO_EVENT_107, { type: 'NO_TGS_REQ' }, NAMES({ dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'AD', ou: 'OU=Tier0,OU=Servers' })];
    expect(at([...moved, cert('CN=DC1,OU=Tier0,OU=Servers,DC=ad,DC=contoso,DC=com')])).toBe('outCertAlreadyOk');
    expect(at([...moved, cert('CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com')])).toBe('reissue');
  });

  it('never claims the KDC Authentication purpose when the paste shows no EKU list', () => {
    const step = content.steps.currentCert as EvidenceStep<KdcCertContext>;
    const noEkuList = GOOD_CERT.replace(/\s+2\.5\.29\.37[^\n]*\n\s+Enhanced Key Usage\n(\s+[^\n]*\(1\.3[^\n]*\n)+/, '\n');
    expect(noEkuList).not.toContain('Enhanced Key Usage');
    const reading = step.read!(analyzeEvidence(noEkuList), ctxOf(TO_CERT));
    expect(reading?.because).toContain('could not be read');
    expect(reading?.because).not.toContain('it has the KDC Authentication purpose');
    expect(at([...TO_CERT, reading!.event])).toBe('confirmEku');
  });

  it('retires the old certificate only after the retest works, naming its other users', () => {
    const words = (sid: string, events: Ev[]) => {
      const step = content.steps[sid] as ActionStep<KdcCertContext>;
      return step.steps.map((x) => resolveText(x.text, ctxOf(events)) + (x.code ? '\n' + resolveText(x.code.code, ctxOf(events)) : '')).join('\n');
    };
    const fix = [...TO_CERT, { type: 'SKIP' }];
    expect(words('reissue', fix)).not.toMatch(/remove or archive|delete it/i);
    const fixed = [...fix, { type: 'DONE' }, { type: 'FIXED' }];
    expect(at(fixed)).toBe('retireOld');
    const retire = words('retireOld', fixed);
    expect(retire).toContain('LDAPS');
    expect(retire).toMatch(/smart card/i);
    expect(retire).toMatch(/delete it/i);
    expect(at([...fixed, { type: 'DONE' }])).toBe('outResolved');
    expect(at([...fixed, { type: 'KEEP' }])).toBe('outResolved');
    // Still failing never reaches the removal.
    expect(at([...fix, { type: 'DONE' }, { type: 'STILL_FAILS' }])).toBe('outEscalate');
  });

  it('says that publishing a CA to NTAuth trusts it for sign-in across the whole forest', () => {
    const step = content.steps.reissue as ActionStep<KdcCertContext>;
    const ctx = ctxOf([...TO_CERT, { type: 'SKIP' }]);
    const publish = step.steps.find((x) => x.code && resolveText(x.code.code, ctx).includes('-dspublish'));
    expect(resolveText(publish!.text, ctx)).toContain('whole forest');
  });

  it('pre-answers the join question from a dsregcmd paste carried in from triage', () => {
    const events = prefillEvents(descriptor, analyzeEvidence(DSREG_HYBRID), 0);
    expect(events.map((e) => e.type)).toEqual(['NO']);
    expect(at(events)).toBe('outNotEntraJoined');
  });

  it('checks each typed name and says what a good one looks like; a good name passes', () => {
    const step = content.steps.names as EvidenceStep<KdcCertContext>;
    const ctx = ctxOf(TO_EVENT_107);
    const check = (name: string, raw: string) => step.fields!.find((f) => f.name === name)!.validate!(raw, ctx);
    for (const [name, bad, good] of [
      ['dcName', 'dc 1', 'DC1'],
      ['domainFqdn', 'AD', 'ad.contoso.com'],
      ['netbios', 'ad.contoso', 'AD'],
      ['ou', 'OU="x"', 'OU=Tier0'],
    ]) {
      expect(check(name!, bad!), name).toMatch(/\w/);
      expect(check(name!, good!), name).toBeUndefined();
    }
    // The OU message lists every refused character, # included.
    expect(check('ou', 'a#b')).toContain('#');
  });

  it('names the typed values in the steps so far, and says so when one was not given', () => {
    const describe = (e: Ev) => content.describe!(e);
    expect(describe({ type: 'SEEN_107', values: { expectedDomain: 'corp.fabrikam.com' } })).toContain('corp.fabrikam.com');
    expect(describe({ type: 'SEEN_107', values: { expectedDomain: '' } })).toMatch(/107/);
    const names = describe({ type: 'NAMES_ENTERED', values: { dcName: 'FAB-DC01', domainFqdn: '', netbios: 'FABRIKAM' } })!;
    expect(names).toContain('FAB-DC01');
    expect(names).toContain('FABRIKAM');
    expect(names).toMatch(/event 107/);
    expect(describe({ type: 'CERT_ENTERED', values: { subject: 'CN=DC1', san: [] } })).toContain('CN=DC1');
    for (const e of <Ev[]>[{ type: 'SEEN_107' }, { type: 'NAMES_ENTERED', values: { dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'AD' } }, { type: 'CERT_ENTERED', values: { san: ['dc1'] } }]) {
      expect(describe(e), e.type).not.toMatch(/[{}]|undefined/);
    }
  });
});

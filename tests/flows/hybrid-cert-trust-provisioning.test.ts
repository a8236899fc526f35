import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import { content } from '../../src/flows/hybrid-cert-trust-provisioning/content';
import { accountName, enrollmentMode, enrollmentNote, keyLinkCommand } from '../../src/flows/hybrid-cert-trust-provisioning/enrollment';
import { checkWords, message, STEP_PLACES } from '../../src/flows/hybrid-cert-trust-provisioning/logic';
import { machine, type ProvisioningContext } from '../../src/flows/hybrid-cert-trust-provisioning/machine';
import { checksToExplain } from '../../src/flows/hybrid-cert-trust-provisioning/prereqs';
import { explain, placeOf, readoutOf, stsFailed, type Place, type Readout } from '../../src/flows/hybrid-cert-trust-provisioning/readout';
import type { JoinType, UdrCheckKey } from '../../src/evidence/types';
import { SAMPLE_READOUTS } from '../../src/flows/hybrid-cert-trust-provisioning/sample-events';
import {
  SAMPLE_301_300,
  SAMPLE_311,
  SAMPLE_358,
  SAMPLE_360,
  SAMPLE_362_STS,
  SAMPLE_ADFS_VER,
  SAMPLE_DSREG_DOMAIN_ONLY,
  SAMPLE_DSREG_PROVISIONED,
} from '../../src/flows/hybrid-cert-trust-provisioning/samples';
import descriptor from '../../src/flows/hybrid-cert-trust-provisioning';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, OutcomeStep } from '../../src/flows/shared/types';

type Ctx = ProvisioningContext;
const ev = (type: string, values?: unknown): EventObject => (values === undefined ? { type } : ({ type, values } as EventObject));

/** Answers the evidence step the events lead to with its own reading of `paste`; returns the events including that reading. */
function readAt(events: EventObject[], paste: string): EventObject[] {
  const snap = replay(machine, events).snapshot;
  const step = content.steps[stateIdOf(snap)] as EvidenceStep<Ctx>;
  expect(step.kind).toBe('evidence');
  const reading = step.read!(analyzeEvidence(paste), snap.context as Ctx);
  expect(reading, 'the step reads the paste').toBeDefined();
  expect(reading!.because.length).toBeGreaterThan(10);
  return [...events, reading!.event];
}

function land(events: EventObject[]) {
  const r = replay(machine, events);
  expect(r.rejectedAt).toBeUndefined();
  return { id: stateIdOf(r.snapshot), ctx: r.snapshot.context as Ctx };
}

const actionTexts = (id: string, ctx: Ctx) => {
  const step = content.steps[id] as ActionStep<Ctx>;
  return step.steps.map((s) => [resolveText(s.text, ctx), s.code ? resolveText(s.code.code, ctx) : ''].join('\n')).join('\n');
};

describe('federation server builds (KB4088889, 14393.2155)', () => {
  it('says enrollment is synchronous from 14393.2155 and on newer Windows Server', () => {
    expect(enrollmentMode('14393.2155')).toBe('sync');
    expect(enrollmentMode('10.0.14393.2155')).toBe('sync');
    expect(enrollmentMode('Microsoft Windows [Version 10.0.14393.4046]')).toBe('sync');
    expect(enrollmentMode('OS Build 17763.1613')).toBe('sync');
    expect(enrollmentMode('20348.587')).toBe('sync');
  });

  it('says the key must sync first below 14393.2155', () => {
    expect(enrollmentMode('14393.2125')).toBe('async');
    expect(enrollmentMode('10.0.14393.2154')).toBe('async');
    expect(enrollmentMode('14393.0')).toBe('unknown');
  });

  it("can't tell without a revision, for older Windows or for text that is no build", () => {
    for (const b of ['14393', '10.0 (14393)', '6.3.9600', 'adfs01', '', null, undefined]) expect(enrollmentMode(b)).toBe('unknown');
  });

  it('explains each verdict, naming the build as shown and the KB', () => {
    const verdict = (b: string | null) => enrollmentNote(b, (name) => name);
    expect(verdict('14393.2155')).toBe('build-sync');
    expect(verdict('Microsoft Windows [Version 10.0.14393.2125]')).toBe('build-async');
    expect(verdict('14393')).toBe('build-noRevision');
    expect(verdict('9600.1')).toBe('build-notServer');
    expect(verdict('adfs01')).toBe('build-notABuild');
    expect(verdict(null)).toBe('build-unknown');
    const note = enrollmentNote('Microsoft Windows [Version 10.0.14393.2125]', message);
    expect(note).toContain('14393.2125');
    expect(note).toContain('KB4088889');
    expect(enrollmentNote('adfs01', message)).toContain('adfs01');
  });
});

describe('commands', () => {
  it('fills the user into the msDS-KeyCredentialLink query, or shows a placeholder', () => {
    expect(keyLinkCommand('CONTOSO\\jdoe')).toBe("Get-ADUser -Identity 'jdoe' -Properties msDS-KeyCredentialLink | Select-Object -ExpandProperty msDS-KeyCredentialLink");
    expect(keyLinkCommand(null)).toBe('Get-ADUser -Identity <UserName> -Properties msDS-KeyCredentialLink | Select-Object -ExpandProperty msDS-KeyCredentialLink');
    expect(keyLinkCommand('j doe; Remove-ADUser x')).toContain('<UserName>');
  });

  it('accepts only plain account names', () => {
    expect(accountName(' jdoe ')).toBe('jdoe');
    expect(accountName('CORP\\svc-adfs$')).toBe('svc-adfs$');
    expect(accountName('jane.doe@contoso.com')).toBeNull();
    expect(accountName("jdoe'")).toBeNull();
    expect(accountName('')).toBeNull();
  });

  it('uses the documented sync and connectivity commands', () => {
    const ctx = machine.config.context as Ctx;
    const codes = (id: string) => (content.steps[id] as ActionStep<Ctx>).steps.map((s) => (s.code ? resolveText(s.code.code, ctx) : ''));
    expect(codes('syncWait')).toContain('Get-ADSyncScheduler');
    expect(codes('syncWait')).toContain('Start-ADSyncSyncCycle -PolicyType Delta');
    expect(codes('adfsReach')).toContain('Invoke-WebRequest https://enterpriseregistration.windows.net -UseBasicParsing');
    expect(codes('adfsReach')).toContain('Test-NetConnection enterpriseregistration.windows.net -Port 443');
  });
});

describe('reading the evidence', () => {
  it('boils the samples down to the sample payload events', () => {
    expect(readoutOf(analyzeEvidence(SAMPLE_360))).toEqual(SAMPLE_READOUTS[0]);
    expect(readoutOf(analyzeEvidence(SAMPLE_362_STS))).toEqual(SAMPLE_READOUTS[1]);
    expect(readoutOf(analyzeEvidence(SAMPLE_358))).toEqual(SAMPLE_READOUTS[2]);
    expect(readoutOf(analyzeEvidence(SAMPLE_311))).toEqual(SAMPLE_READOUTS[3]);
  });

  it('maps dsregcmd Ngc Prerequisite Check lines onto the event checks', () => {
    const r = readoutOf(analyzeEvidence(SAMPLE_DSREG_DOMAIN_ONLY))!;
    expect(r.joinType).toBe('domain');
    expect(r.failing).toEqual(expect.arrayContaining(['deviceJoined', 'userCredentials', 'stsAuthenticated', 'enrollmentEndpointReady']));
    expect(r.sts).toBe('no');
    expect(r.preReqResult).toBe('WillNotProvision');
    expect(r.source).toBe('dsregcmd /status');
    // Not joined comes before the STS line: a device that isn't joined can't authenticate to AD FS.
    expect(placeOf(r, STEP_PLACES.placeStage)).toBe('notJoined');
    expect(stsFailed(r)).toBe(false);
  });

  it('puts the furthest stage first when a paste holds several events', () => {
    const r = readoutOf(analyzeEvidence(SAMPLE_301_300))!;
    expect(r.events).toEqual([358, 300, 301]);
    expect(placeOf(r, STEP_PLACES.placeStage)).toBe('keyReg');
    expect(placeOf(r, STEP_PLACES.prereqEvent)).toBe('launched');
  });

  it('does not blame AD FS when the device or user check also failed', () => {
    const r: Readout = { events: [362], failing: ['deviceJoined', 'stsAuthenticated'], sts: 'no', joinType: null, ngcSet: null, preReqResult: null, source: 'event 362' };
    expect(placeOf(r, STEP_PLACES.prereqEvent)).toBe('prereqs');
  });

  it('ignores pastes that hold nothing for this flow', () => {
    expect(readoutOf(analyzeEvidence('Microsoft Windows [Version 10.0.14393.2155]'))).toBeUndefined();
    const step = content.steps.prereqEvent as EvidenceStep<Ctx>;
    expect(step.read!(analyzeEvidence(SAMPLE_311), machine.config.context as Ctx)).toBeUndefined();
  });

  it('routes every reading the way the read function says (guards and read agree)', () => {
    const entry: Record<keyof typeof STEP_PLACES, EventObject[]> = {
      placeStage: [ev('NOT_SURE')],
      prereqEvent: [ev('NO_SCREEN')],
      deviceState: [ev('NO_SCREEN'), ev('NO_EVENTS')],
      keyEvents: [ev('AFTER_PIN')],
    };
    const targets = (state: string): Record<Place, string> => ({
      keyCreate: 'tpmCheck',
      keyReg: 'keyRegFix',
      keyDone: 'certInStore',
      notJoined: 'joinFix',
      sts: 'outAdfsScope',
      prereqs: 'prereqFix',
      launched: state === 'deviceState' ? 'noScreenFix' : 'pinScreen',
    });
    const extra = [readoutOf(analyzeEvidence(SAMPLE_DSREG_DOMAIN_ONLY))!, readoutOf(analyzeEvidence(SAMPLE_DSREG_PROVISIONED))!, readoutOf(analyzeEvidence(SAMPLE_301_300))!];
    for (const [state, events] of Object.entries(entry) as [keyof typeof STEP_PLACES, EventObject[]][]) {
      for (const r of [...SAMPLE_READOUTS, ...extra]) {
        const place = placeOf(r, STEP_PLACES[state]);
        const result = replay(machine, [...events, ev('EVIDENCE_READ', r)]);
        if (place) {
          expect(result.rejectedAt, `${state} takes ${JSON.stringify(r)}`).toBeUndefined();
          expect(stateIdOf(result.snapshot), `${state} → ${place}`).toBe(targets(state)[place]);
        } else {
          expect(result.rejectedAt, `${state} refuses ${JSON.stringify(r)}`).toBe(events.length);
        }
      }
    }
  });

  it('has words for every prerequisite check and join state the readers can name', () => {
    // Records over the whole union: a new check or join state fails the type check until it is listed here.
    const checks: Record<UdrCheckKey, true> = {
      deviceJoined: true, userCredentials: true, policyEnabled: true, postLogonEnabled: true, hardware: true, notRemote: true,
      certForOnPremPolicy: true, enrollmentEndpointReady: true, logonCertTemplate: true, stsAuthenticated: true,
      cloudTrustPolicy: true, cloudTgt: true, other: true,
    };
    for (const k of Object.keys(checks)) for (const text of Object.values(checkWords(k))) expect(text.length, k).toBeGreaterThan(3);
    const joins: Record<JoinType, true> = { entra: true, hybrid: true, domain: true, drs: true, none: true, unknown: true };
    const blank: Readout = { events: [], failing: [], sts: null, joinType: null, ngcSet: null, preReqResult: null, source: null };
    const reasons = Object.keys(joins).map((j) => explain({ ...blank, joinType: j as JoinType }, 'notJoined', message));
    expect(new Set(reasons).size).toBe(reasons.length);
  });

  it('refuses tampered payloads', () => {
    expect(replay(machine, [ev('NO_SCREEN'), ev('EVIDENCE_READ', { failing: ['bogus'], events: 'x' })]).rejectedAt).toBe(1);
    expect(replay(machine, [ev('NO_SCREEN'), ev('EVIDENCE_READ')]).rejectedAt).toBe(1);
  });
});

describe('routes', () => {
  it('event 362 with the enterprise STS line at No is the AD FS 2019 ugs scope issue', () => {
    const end = land(readAt([ev('NO_SCREEN')], SAMPLE_362_STS));
    expect(end.id).toBe('outAdfsScope');
    const out = content.steps.outAdfsScope as OutcomeStep<Ctx>;
    expect(out.result).toBe('not-this');
    expect(out.related).toBe('adfs2019-ugs-scope');
  });

  it('event 360 leads to the cause and fix of exactly the checks that said No', () => {
    const end = land(readAt([ev('NO_SCREEN')], SAMPLE_360));
    expect(end.id).toBe('prereqFix');
    expect(end.ctx.failing).toEqual(['policyEnabled', 'notRemote']);
    expect(end.ctx.failingSource).toBe('event 360');
    const text = actionTexts('prereqFix', end.ctx);
    expect(text).toContain(checkWords('policyEnabled').fix);
    expect(text).toContain(checkWords('notRemote').cause);
    expect(text).not.toContain(checkWords('hardware').cause);
    expect(text).toContain('gpupdate /force');
    expect(resolveText(content.steps.prereqFix.body, end.ctx)).toContain('event 360');
  });

  it('without evidence, the prerequisite fix lists every certificate trust check', () => {
    const end = land([ev('NOT_SURE'), ev('PREREQ_FAILED')]);
    expect(end.id).toBe('prereqFix');
    const text = actionTexts('prereqFix', end.ctx);
    for (const k of checksToExplain([])) expect(text).toContain(checkWords(k).label);
  });

  it('dsregcmd on a domain-only computer leads to the hybrid join fix', () => {
    expect(land(readAt([ev('NOT_SURE')], SAMPLE_DSREG_DOMAIN_ONLY)).id).toBe('joinFix');
    expect(land(readAt([ev('NO_SCREEN'), ev('NO_EVENTS')], SAMPLE_DSREG_DOMAIN_ONLY)).id).toBe('joinFix');
  });

  it('NgcSet YES goes to the certificate check', () => {
    expect(land(readAt([ev('NOT_SURE')], SAMPLE_DSREG_PROVISIONED)).id).toBe('certInStore');
  });

  it('event 358 asks about the "Set up a PIN" page; no page leads to dsregcmd', () => {
    const events = readAt([ev('NO_SCREEN')], SAMPLE_358);
    expect(land(events).id).toBe('pinScreen');
    expect(land([...events, ev('NOT_APPEARED')]).id).toBe('deviceState');
    expect(land([...events, ev('APPEARED')]).id).toBe('whereStopped');
  });

  it('event 311 after the PIN leads to the TPM check; event 301 to the key registration fix', () => {
    expect(land(readAt([ev('AFTER_PIN')], SAMPLE_311)).id).toBe('tpmCheck');
    expect(land(readAt([ev('AFTER_PIN')], SAMPLE_301_300)).id).toBe('keyRegFix');
    expect(land([ev('AFTER_PIN'), ev('KEY_CREATE_FAILED'), ev('TPM_PROBLEM'), ev('DONE'), ev('SAME')]).id).toBe('outEscalateClient');
  });

  it('MFA and PIN problems get a fix, then a retry that can send the case back to the picker', () => {
    expect(land([ev('MFA'), ev('DONE'), ev('FINISHED')]).id).toBe('outResolved');
    const back = land([...readAt([ev('NO_SCREEN')], SAMPLE_360), ev('DONE'), ev('ELSEWHERE')]);
    expect(back.id).toBe('whereStopped');
    expect(back.ctx.failing).toEqual([]);
    expect(land([ev('PIN'), ev('DONE'), ev('SAME')]).id).toBe('outEscalateClient');
  });

  it('a farm with an old federation server waits for Microsoft Entra Connect, with the lowest build named', () => {
    const events = readAt([ev('NOT_READY'), ev('NOT_FOUND')], SAMPLE_ADFS_VER);
    expect((events.at(-1) as unknown as { values: { build: string } }).values.build).toBe('14393.2125');
    const end = land(events);
    expect(end.id).toBe('syncWait');
    expect(end.ctx.adfsBuild).toBe('14393.2125');
    expect(resolveText(content.steps.syncWait.body, end.ctx)).toContain(enrollmentNote('14393.2125', message));
    const text = actionTexts('syncWait', end.ctx);
    expect(text).toContain('Get-ADSyncScheduler');
    expect(text).toContain('Start-ADSyncSyncCycle -PolicyType Delta');
    expect(text).toContain('Get-ADUser -Identity <UserName> -Properties msDS-KeyCredentialLink');
    expect(land([...events, ev('DONE'), ev('STILL')]).id).toBe('adfsReach');
  });

  it('an updated federation server goes straight to the AD FS checks, and the user name fills in the commands', () => {
    const events = [ev('NOT_READY'), ev('NOT_FOUND'), ev('BUILD_ENTERED', { build: '10.0.14393.2155', user: 'CONTOSO\\jdoe' })];
    const end = land(events);
    expect(end.id).toBe('adfsReach');
    expect(end.ctx.user).toBe('CONTOSO\\jdoe');
    const text = actionTexts('adfsReach', end.ctx);
    expect(text).toContain('Test-NetConnection enterpriseregistration.windows.net -Port 443');
    expect(text).toContain('Invoke-WebRequest https://enterpriseregistration.windows.net -UseBasicParsing');
    const ca = land([...events, ev('REACHABLE'), ev('DONE')]);
    expect(ca.id).toBe('caRequests');
    expect(actionTexts('caRequests', ca.ctx)).toContain('jdoe');
    expect(actionTexts('caRequests', land([ev('NOT_READY'), ev('NOT_FOUND'), ev('UPDATED'), ev('REACHABLE'), ev('DONE')]).ctx)).not.toContain('jdoe');
    const out = land([...events, ev('REACHABLE'), ev('DONE'), ev('NO_CHANGE')]);
    expect(out.id).toBe('outEscalateEnrollment');
    const handOver = (content.steps.outEscalateEnrollment as OutcomeStep<Ctx>).handOver!.map((h) => resolveText(h, out.ctx));
    const buildLine = (lines: string[]) => lines.find((h) => h.includes('KB4088889'))!;
    expect(buildLine(handOver)).toContain('14393.2155');
    expect(handOver.some((h) => h.includes('jdoe'))).toBe(true);
    // An old build is named as such, and as lacking the update.
    const old = land([ev('NOT_READY'), ev('NOT_FOUND'), ev('BUILD_ENTERED', { build: '14393.2125' }), ev('DONE'), ev('STILL'), ev('REACHABLE'), ev('DONE'), ev('NO_CHANGE')]);
    const oldLines = (content.steps.outEscalateEnrollment as OutcomeStep<Ctx>).handOver!.map((h) => resolveText(h, old.ctx));
    expect(buildLine(oldLines)).toContain('14393.2125');
    expect(buildLine(oldLines)).toMatch(/not have it/);
    expect(buildLine(handOver)).not.toMatch(/not have it/);
  });

  it('Windows Server 2019 federation servers need no wait; an unreadable build does', () => {
    expect(land([ev('NOT_READY'), ev('NOT_FOUND'), ev('BUILD_ENTERED', { build: '17763.1613' })]).id).toBe('adfsReach');
    const unknown = land([ev('NOT_READY'), ev('NOT_FOUND'), ev('BUILD_ENTERED', { build: '14393' })]);
    expect(unknown.id).toBe('syncWait');
    expect(resolveText(content.steps.syncWait.body, unknown.ctx)).toContain('has no revision number');
  });

  it('blocked registration endpoint: fix, retry, then the enrollment agent and CA', () => {
    const base = [ev('NOT_READY'), ev('NOT_FOUND'), ev('UPDATED'), ev('BLOCKED')];
    expect(land(base).id).toBe('reachFix');
    expect(land([...base, ev('DONE'), ev('FINISHED')]).id).toBe('outResolved');
    expect(land([...base, ev('DONE'), ev('STILL')]).id).toBe('enrollAgent');
    expect(land([...base, ev('DONE'), ev('STILL'), ev('DONE'), ev('CHANGED'), ev('FINISHED')]).id).toBe('outResolved');
  });

  it('a certificate in the store and a PIN that still fails is not a provisioning problem', () => {
    expect(land([ev('NOT_READY'), ev('FOUND'), ev('FAILS')]).id).toBe('outProvisioned');
    expect(land([ev('NOT_READY'), ev('FOUND'), ev('WORKS')]).id).toBe('outResolved');
  });

  it("can't get the logs: watch a sign-in, then pick the stage", () => {
    expect(land([ev('NOT_SURE'), ev('WATCH'), ev('NOTED')]).id).toBe('whereStopped');
    expect(land([ev('NOT_SURE'), ev('WATCH'), ev('FINISHED')]).id).toBe('outResolved');
  });

  it('names the failed checks in the client hand-over', () => {
    const end = land([...readAt([ev('NO_SCREEN')], SAMPLE_360), ev('DONE'), ev('SAME')]);
    expect(end.id).toBe('outEscalateClient');
    const handOver = (content.steps.outEscalateClient as OutcomeStep<Ctx>).handOver!.map((h) => resolveText(h, end.ctx));
    const line = handOver.find((h) => h.includes(checkWords('policyEnabled').label))!;
    expect(line).toContain('event 360');
    expect(line).toContain(checkWords('notRemote').label);
    expect(line).not.toContain(checkWords('hardware').label);
  });
});

describe('evidence pasted before the flow opens', () => {
  it('answers the picker and the reading step, landing on the stage the evidence shows', () => {
    const at = (paste: string) => stateIdOf(replay(machine, prefillEvents(descriptor, analyzeEvidence(paste), 0)).snapshot);
    expect(at(SAMPLE_362_STS)).toBe('outAdfsScope');
    expect(at(SAMPLE_360)).toBe('prereqFix');
    expect(at(SAMPLE_311)).toBe('tpmCheck');
    expect(at(SAMPLE_DSREG_DOMAIN_ONLY)).toBe('joinFix');
    expect(at('Microsoft Windows [Version 10.0.14393.2155]')).toBe('whereStopped');
  });

  it('describes a reading in words for the history and the report', () => {
    const reading = content.describe!(ev('EVIDENCE_READ', SAMPLE_READOUTS[0]))!;
    expect(reading).toContain('360');
    expect(reading).toContain(checkWords('policyEnabled').label);
    expect(reading).toContain(checkWords('notRemote').label);
    const build = content.describe!(ev('BUILD_ENTERED', { build: 'Microsoft Windows [Version 10.0.14393.2125]', user: 'jdoe' }))!;
    expect(build).toContain('14393.2125');
    expect(build).not.toContain('Version');
    expect(build).toContain('jdoe');
    expect(content.describe!(ev('BUILD_ENTERED', { build: '' }))).toBeUndefined();
  });

  it('checks typed values before they are sent', () => {
    const fields = (content.steps.fedBuild as EvidenceStep<Ctx>).fields!;
    const ctx = machine.config.context as Ctx;
    expect(fields[0].validate!('10.0.14393.2155', ctx)).toBeUndefined();
    expect(fields[0].validate!('adfs01', ctx)).toContain('14393.2155');
    expect(fields[1].validate!('CONTOSO\\jdoe', ctx)).toBeUndefined();
    expect(fields[1].validate!('jdoe@contoso.com', ctx)).toBeDefined();
  });
});

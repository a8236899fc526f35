/** provisioning-not-starting: which dsregcmd facts lead where, and where paste triage ranks it. */
import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from '../../src/evidence';
import adminPrompt from '../../src/evidence/fixtures/dsregcmd-admin-prompt-not-joined.txt?raw';
import cloudTrustNoTgt from '../../src/evidence/fixtures/dsregcmd-cloud-trust-22h2-no-tgt.txt?raw';
import certTrust from '../../src/evidence/fixtures/dsregcmd-hybrid-cert-trust.txt?raw';
import hybridProvisioned from '../../src/evidence/fixtures/dsregcmd-hybrid-provisioned.txt?raw';
import olderBuild from '../../src/evidence/fixtures/dsregcmd-older-build.txt?raw';
import policyOff from '../../src/evidence/fixtures/dsregcmd-entra-policy-off.txt?raw';
import descriptor from '../../src/flows/provisioning-not-starting';
import { blockerLine, meaningOf } from '../../src/flows/provisioning-not-starting/blockers';
import { content } from '../../src/flows/provisioning-not-starting/content';
import { firstBlocker, fromAdminPrompt, PRT_STALE_HOURS, statusOf, type Status } from '../../src/flows/provisioning-not-starting/rules';
import { SAMPLE_POLICY_OFF } from '../../src/flows/provisioning-not-starting/samples';
import { SAMPLE_STATUSES } from '../../src/flows/provisioning-not-starting/sample-events';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { EvidenceStep, QuestionStep } from '../../src/flows/shared/types';
import { rankSuggestions } from '../../src/triage/suggest';

const statusStep = content.steps.status as EvidenceStep<never>;
const readOf = (text: string) => statusStep.read!(analyzeEvidence(text), { status: null } as never);
const stepAfter = (events: object[]) => stateIdOf(replay(descriptor.machine, [{ type: 'PASTE' }, ...events] as never).snapshot);
/** Where a paste leads: its reason screen (deviceReason / checkReason) and, from it, the fix. */
const afterPaste = (text: string) => {
  const first = stepAfter([readOf(text)!.event]);
  return first.endsWith('Reason') ? `${first} > ${stepAfter([readOf(text)!.event, { type: 'CONTINUE' }])}` : first;
};
const ranked = (text: string) => rankSuggestions(analyzeEvidence(text));

const base = SAMPLE_STATUSES[SAMPLE_STATUSES.length - 4]!; // every line passes, PreReqResult WillNotProvision
const withCheck = (check: Status['check'], more: Partial<Status> = {}): Status => ({ ...base, ...more, check: { ...base.check, ...check } });

describe('provisioning-not-starting: the first blocker (rules.ts)', () => {
  it('reads the real pastes', () => {
    expect(afterPaste(policyOff)).toBe('checkReason > policyFix');
    expect(afterPaste(SAMPLE_POLICY_OFF)).toBe('checkReason > policyFix');
    expect(afterPaste(cloudTrustNoTgt)).toBe('resultReason > outCloudKerberos');
    expect(afterPaste(certTrust)).toBe('resultReason > outCertTrust');
    expect(afterPaste(hybridProvisioned)).toBe('resultReason > outProvisioned');
  });

  it('the admin prompt paste: the device is only domain joined (a device fact, so no admin detour), and the words say it was elevated', () => {
    const r = readOf(adminPrompt)!;
    expect(fromAdminPrompt((r.event as unknown as { values: Status }).values)).toBe(true);
    const context = (r.event as unknown as { values: Status }).values.userContext!;
    expect(r.because).toContain(context);
    expect(readOf(policyOff)!.because).not.toContain('User Context');
    expect(afterPaste(adminPrompt)).toBe('deviceReason > joinFix');
  });

  it('an admin prompt whose first blocker is a user line asks for the user\'s own output first', () => {
    const admin = withCheck({ PolicyEnabled: 'no' }, { userContext: 'ELEVATED User' });
    expect(stepAfter([{ type: 'EVIDENCE_READ', values: admin }])).toBe('adminPrompt');
    expect(stepAfter([{ type: 'EVIDENCE_READ', values: admin }, { type: 'CONTINUE' }])).toBe('checkReason');
    expect(stepAfter([{ type: 'EVIDENCE_READ', values: admin }, { type: 'CONTINUE' }, { type: 'CONTINUE' }])).toBe('policyFix');
    const rerun = [{ type: 'EVIDENCE_READ', values: admin }, { type: 'RERUN' }];
    expect(stepAfter(rerun)).toBe('status');
    expect(stateIdOf(replay(descriptor.machine, [{ type: 'NOT_SURE' }] as never).snapshot)).toBe('watchSignIn');
    expect(stepAfter([...rerun, { type: 'EVIDENCE_READ', values: withCheck({ PolicyEnabled: 'no' }) }])).toBe('checkReason');
  });

  it('join state, device health and the PRT come before the prerequisite lines', () => {
    const allNo = withCheck({ IsUserAzureAD: 'no', PolicyEnabled: 'no' });
    expect(firstBlocker({ ...allNo, join: 'domain' })).toBe('not-joined');
    expect(firstBlocker({ ...allNo, join: 'none' })).toBe('not-joined');
    expect(firstBlocker({ ...allNo, join: 'drs' })).toBe('on-prem-drs');
    expect(firstBlocker({ ...allNo, deviceAuth: 'disabled-or-deleted' })).toBe('device-disabled');
    expect(firstBlocker({ ...allNo, deviceAuth: 'error' })).toBe('device-auth-error');
    expect(firstBlocker({ ...allNo, prt: 'no' })).toBe('no-prt');
    expect(firstBlocker(allNo)).toBe('user-not-entra');
    expect(firstBlocker(withCheck({ IsDeviceJoined: 'no' }))).toBe('not-joined');
  });

  it('each prerequisite line in the order printed', () => {
    expect(firstBlocker(withCheck({ PostLogonEnabled: 'no', DeviceEligible: 'no' }))).toBe('post-logon');
    expect(firstBlocker(withCheck({ DeviceEligible: 'no', SessionIsNotRemote: 'no' }))).toBe('hardware');
    expect(firstBlocker(withCheck({ SessionIsNotRemote: 'no', AdfsRaIsReady: 'no' }))).toBe('remote');
    expect(firstBlocker(withCheck({ AdfsRaIsReady: 'no' }))).toBe('cert-trust');
    expect(firstBlocker(withCheck({ LogonCertTemplateReady: 'other' }, { values: { LogonCertTemplateReady: 'NO ( StateNotReady )' } }))).toBe('cert-trust');
    expect(firstBlocker(withCheck({ CloudTGT: 'no' }))).toBe('cloud-tgt');
    expect(firstBlocker(base)).toBe('will-not-provision');
    expect(firstBlocker(withCheck({ PreReqResult: 'yes' }))).toBe('will-provision');
  });

  it('the PRT age threshold: older than PRT_STALE_HOURS blocks, at the threshold does not', () => {
    expect(firstBlocker({ ...base, prtAgeHours: PRT_STALE_HOURS + 0.1 })).toBe('prt-stale');
    expect(firstBlocker({ ...base, prtAgeHours: PRT_STALE_HOURS })).toBe('will-not-provision');
    expect(firstBlocker({ ...base, prtAgeHours: null })).toBe('will-not-provision');
  });

  it('lines an older build does not print are "not shown", never NO', () => {
    const s = statusOf(analyzeEvidence(olderBuild));
    expect(s).toBeDefined();
    for (const [line, state] of Object.entries(s!.check)) expect(['yes', 'no', 'other', 'not-shown'], line).toContain(state);
    expect(firstBlocker({ ...base, check: { PreReqResult: 'no' }, deviceAuth: null, prt: 'not-shown' })).toBe('will-not-provision');
  });

  it('a tampered or empty payload reads as "no check" and never throws', () => {
    expect(firstBlocker(null)).toBe('no-check');
    expect(firstBlocker({} as Status)).toBe('no-check');
    expect(stepAfter([{ type: 'EVIDENCE_READ', values: { join: 42, check: 'x' } }])).toBe('noCheck');
  });

  it('every sample payload reads as a different first blocker', () => {
    const routes = SAMPLE_STATUSES.slice(0, -1).map((s) => firstBlocker(s));
    expect(new Set(routes).size).toBe(routes.length);
  });
});

describe('provisioning-not-starting: typed answers and endings', () => {
  const check = [{ type: 'TYPED' }, { type: 'CHECK_LINES' }];
  const device = [{ type: 'TYPED' }, { type: 'DEVICE_LINES' }];

  it('a typed line leads to its fix, and every fix ends resolved or with support', () => {
    expect(stepAfter([...check, { type: 'POLICY_NO' }])).toBe('policyFix');
    expect(stepAfter([...check, { type: 'POLICY_NO' }, { type: 'DONE' }, { type: 'FIXED' }])).toBe('outResolved');
    expect(stepAfter([...check, { type: 'REMOTE' }, { type: 'DONE' }, { type: 'NOT_FIXED' }])).toBe('outEscalate');
    expect(stepAfter([{ type: 'TYPED' }, { type: 'RESULT_LINES' }, { type: 'TGT_NO' }])).toBe('outCloudKerberos');
    expect(stepAfter([{ type: 'TYPED' }, { type: 'RESULT_LINES' }, { type: 'CERT_TRUST_NO' }])).toBe('outCertTrust');
    expect(stepAfter([...device, { type: 'PRT_OLD' }])).toBe('prtStaleFix');
    expect(stepAfter([...device, { type: 'ON_PREM_DRS' }])).toBe('outOnPremDrs');
    expect(stepAfter([{ type: 'TYPED' }, { type: 'RESULT_LINES' }, { type: 'WILL_NOT_PROVISION' }])).toBe('outUnexplained');
  });

  it('the paste step can always be answered by hand instead', () => {
    expect(stepAfter([{ type: 'TYPED' }, { type: 'DEVICE_LINES' }, { type: 'NO_PRT' }])).toBe('prtFix');
  });

  it('"I\'m not sure" watches a sign-in, which always ends', () => {
    expect(stepAfter([{ type: 'TYPED' }, { type: 'NOT_SURE' }])).toBe('watchSignIn');
    expect(stepAfter([{ type: 'TYPED' }, { type: 'NOT_SURE' }, { type: 'NOT_APPEARED' }])).toBe('outEscalate');
    expect(stepAfter([...check, { type: 'NOT_SURE' }, { type: 'APPEARED' }])).toBe('outResolved');
  });

  it('every first blocker has its own words, with nothing left unfilled', () => {
    const blockers = new Set(SAMPLE_STATUSES.map((s) => firstBlocker(s)));
    expect(blockers.size).toBe(17);
    const lines = [...blockers].map((b) => [blockerLine(b), meaningOf(b)]);
    for (const [line, meaning] of lines) expect(`${line} ${meaning}`).not.toMatch(/\{\w+\}/);
    expect(new Set(lines.map(([line]) => line)).size).toBe(blockers.size);
    expect(blockerLine('prt-stale')).toContain(String(PRT_STALE_HOURS));
    const describe = (values: Status) => descriptor.content.describe!({ type: 'EVIDENCE_READ', values } as never);
    expect(describe(withCheck({ PolicyEnabled: 'no' }))).toContain(blockerLine('policy'));
  });

  it('shows what the paste found: the token\'s age, the join state, the prompt', () => {
    const text = (id: string, status: Status) => resolveText(content.steps[id]!.body, { status });
    const stale = SAMPLE_STATUSES.find((s) => firstBlocker(s) === 'prt-stale')!;
    expect(text('prtStaleFix', stale)).toContain(String(stale.prtAgeHours));
    expect(text('prtStaleFix', stale)).toContain(stale.prtUpdated!);
    const label = (content.steps.deviceTyped as QuestionStep<never>).answers.find((a) => a.event === 'PRT_OLD')!.label;
    expect(label).toContain(`${PRT_STALE_HOURS} hours`);
    const domainOnly = { ...base, join: 'domain' as const, userContext: 'SYSTEM' };
    expect(text('joinFix', domainOnly)).toContain('SYSTEM');
    expect(text('joinFix', { ...base, join: 'none' })).not.toBe(text('joinFix', domainOnly));
    expect(text('joinFix', base)).not.toContain('User Context');
  });

  it('hands over to the better flow', () => {
    const steps = content.steps as Record<string, { related?: string; carry?: (c: never) => unknown }>;
    expect(steps.outCertTrust!.related).toBe('hybrid-cert-trust-provisioning');
    expect(steps.outCertTrust!.carry!({} as never)).toEqual({ answers: { whereStopped: 'NO_SCREEN' } });
    expect(steps.outCloudKerberos!.related).toBe('cloud-kerberos-trust');
  });
});

describe('provisioning-not-starting in paste triage', () => {
  it('a WillNotProvision paste ranks this flow first, with the first blocker as the reason', () => {
    for (const text of [policyOff, adminPrompt]) {
      const out = ranked(text);
      expect(out[0]?.flowId).toBe('provisioning-not-starting');
    }
    expect(ranked(policyOff)[0]!.reasons[0]).toMatch(/PolicyEnabled NO/);
    // The missing partial TGT is the cloud Kerberos trust flow's to explain first; this flow follows it.
    const tgt = ranked(cloudTrustNoTgt);
    expect(tgt.map((s) => s.flowId).slice(0, 2)).toEqual(['cloud-kerberos-trust', 'provisioning-not-starting']);
    expect(tgt[1]!.reasons[0]).toMatch(/OnPremTGT or CloudTGT NO/);
  });

  it('a provisioned hybrid paste and the certificate trust paste keep their flows', () => {
    expect(ranked(hybridProvisioned).map((s) => s.flowId)).toEqual(['hybrid-key-deletion', 'ws2019-key-trust-name-mismatch']);
    expect(ranked(certTrust).map((s) => s.flowId)).toEqual(['adfs2019-ugs-scope', 'hybrid-cert-trust-provisioning']);
  });
});

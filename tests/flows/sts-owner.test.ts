/**
 * Event 362 with the enterprise STS line at No is owned by exactly one flow: the AD FS ugs scope
 * flow when nothing else blocks, the provisioning flow when another check also says No. Neither
 * may hand the case to the other for the same event (issue: a round trip between the two).
 */
import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import BASE from '../../src/evidence/fixtures/udr-362-bare.txt?raw';
import adfs from '../../src/flows/adfs2019-ugs-scope';
import provisioning from '../../src/flows/hybrid-cert-trust-provisioning';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { stsOwner } from '../../src/flows/shared/sts';
import type { EvidenceStep, OutcomeStep } from '../../src/flows/shared/types';

/** Lines of event 362 that can be turned from Yes to No, by their start. */
const LINES = [
  'Device is Azure Active Directory-joined',
  'User has logged on with Azure Active Directory credentials',
  'Windows Hello for Business policy is enabled',
  'Windows Hello for Business post-logon provisioning is enabled',
  'Local computer meets Windows hello for business hardware requirements',
  'User is not connected to the machine via Remote Desktop',
  'User certificate for on premise auth policy is enabled',
];

const withNo = (line: string) => BASE.replace(new RegExp(`^(${line}[^:]*:) Yes$`, 'm'), '$1 No');
const CLOUD_LINES = BASE.replace(
  /^(Certificate enrollment method.*)$/m,
  'Cloud trust for on premise auth policy is enabled: No\nUser account has Cloud TGT: No\n$1',
);

function provisioningEnd(paste: string): string {
  const step = provisioning.content.steps.prereqEvent as EvidenceStep<unknown>;
  const start = replay(provisioning.machine, [{ type: 'NO_SCREEN' }]);
  const reading = step.read!(analyzeEvidence(paste), start.snapshot.context);
  expect(reading, 'provisioning reads the paste').toBeDefined();
  return stateIdOf(replay(provisioning.machine, [{ type: 'NO_SCREEN' }, reading!.event as EventObject]).snapshot);
}

function adfsEnd(paste: string): string {
  const step = adfs.content.steps.event362 as EvidenceStep<unknown>;
  const start = replay(adfs.machine, [{ type: 'ADFS_CERT' }]);
  const reading = step.read!(analyzeEvidence(paste), start.snapshot.context);
  expect(reading, 'the AD FS flow reads the paste').toBeDefined();
  return stateIdOf(replay(adfs.machine, [{ type: 'ADFS_CERT' }, reading!.event as EventObject]).snapshot);
}

describe('event 362 with the STS line at No: one owner', () => {
  it('the two hand-over outcomes point at each other', () => {
    expect((provisioning.content.steps.outAdfsScope as OutcomeStep<unknown>).related).toBe('adfs2019-ugs-scope');
    expect((adfs.content.steps.outOtherPrereq as OutcomeStep<unknown>).related).toBe('hybrid-cert-trust-provisioning');
  });

  it('STS No alone (with its follow-on lines, and with the cloud trust lines): the AD FS flow keeps it', () => {
    for (const paste of [BASE, CLOUD_LINES]) {
      expect(provisioningEnd(paste)).toBe('outAdfsScope');
      expect(adfsEnd(paste)).toBe('recentJoin');
    }
  });

  it.each(LINES)('STS No plus "%s: No": the provisioning flow keeps it, the AD FS flow sends it there', (line) => {
    const paste = withNo(line);
    expect(paste).not.toBe(BASE);
    expect(provisioningEnd(paste)).not.toBe('outAdfsScope');
    expect(adfsEnd(paste)).toBe('outOtherPrereq');
  });

  it('never sends a case both ways: following a hand-over never leads back', () => {
    for (const paste of [BASE, CLOUD_LINES, ...LINES.map(withNo)]) {
      const fromProvisioning = provisioningEnd(paste) === 'outAdfsScope';
      const fromAdfs = adfsEnd(paste) === 'outOtherPrereq';
      expect(fromProvisioning && fromAdfs, paste).toBe(false);
      expect(fromProvisioning || fromAdfs, `someone owns: ${paste}`).toBe(true);
    }
  });

  it('decides in one place', () => {
    expect(stsOwner('no', [])).toBe('adfs-scope');
    expect(stsOwner('no', ['stsAuthenticated', 'logonCertTemplate', 'enrollmentEndpointReady', 'cloudTrustPolicy', 'cloudTgt'])).toBe('adfs-scope');
    expect(stsOwner('no', ['stsAuthenticated', 'policyEnabled'])).toBe('provisioning');
    expect(stsOwner('no', ['other'])).toBe('provisioning');
    expect(stsOwner('yes', [])).toBeUndefined();
    expect(stsOwner('not-tested', ['policyEnabled'])).toBeUndefined();
  });
});

describe('the provisioning flow before the AD FS version is known', () => {
  it('names the Windows Server 2019 issue only as a likely cause', () => {
    const out = provisioning.content.steps.outAdfsScope as OutcomeStep<unknown>;
    const body = String(out.body);
    expect(body).toMatch(/likely cause/i);
    expect(body).toMatch(/AD FS version/);
    expect(String(out.title)).not.toMatch(/2019/);
  });
});

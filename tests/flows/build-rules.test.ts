/** The DC-build rules live in the flows that own them (evidence reads builds, it never judges them). */
import { describe, expect, it } from 'vitest';
import { keyDeletionOfMachine, keyDeletionVerdict } from '../../src/flows/hybrid-key-deletion/builds';
import { nameMismatchOfMachine, nameMismatchVerdict } from '../../src/flows/ws2019-key-trust-name-mismatch/builds';

describe('DC-build rules owned by their flows', () => {
  it.each([
    [14393, 3929, 'not-affected'],
    [14393, 3930, 'affected'],
    [14393, 4048, 'affected'],
    [14393, 4050, 'unknown'],
    [14393, 4104, 'fixed'],
    [17763, 1613, 'affected'],
    [17763, 1637, 'fixed'],
    [17763, null, 'unknown'],
    [20348, 100, 'not-affected'],
  ] as const)('key deletion %i.%s is %s', (major, revision, status) => {
    expect(keyDeletionVerdict(major, revision).status).toBe(status);
  });

  it.each([
    [17763, 315, 'affected'],
    [17763, 316, 'fixed'],
    [17763, null, 'unknown'],
    [14393, 100, 'not-affected'],
  ] as const)('name mismatch %i.%s is %s', (major, revision, status) => {
    expect(nameMismatchVerdict(major, revision).status).toBe(status);
  });
});

describe('keyDeletionVerdict', () => {
  it.each([
    [14393, 3929, 'not-affected'],
    [14393, 3930, 'affected'],
    [14393, 3986, 'affected'],
    [14393, 4048, 'affected'],
    [14393, 4049, 'unknown'],
    [14393, 4103, 'unknown'],
    [14393, 4104, 'fixed'],
    [14393, 5582, 'fixed'],
    [17763, 1456, 'not-affected'],
    [17763, 1457, 'affected'],
    [17763, 1613, 'affected'],
    [17763, 1614, 'unknown'],
    [17763, 1636, 'unknown'],
    [17763, 1637, 'fixed'],
    [20348, 100, 'not-affected'],
    [26100, 1, 'not-affected'],
  ] as const)('%i.%i → %s', (major, revision, status) => {
    expect(keyDeletionVerdict(major, revision).status).toBe(status);
  });

  it('names the fix build and KB for each server release', () => {
    expect(keyDeletionVerdict(14393, 4046)).toMatchObject({ fixBuild: '14393.4104', kb: 'KB4593226' });
    expect(keyDeletionVerdict(17763, 1613)).toMatchObject({ fixBuild: '17763.1637', kb: 'KB4592440' });
  });

  it('says unknown with a recommendation between the range and the fix, and without a revision', () => {
    const gap = keyDeletionVerdict(14393, 4050);
    expect(gap.note).toContain('14393.4104');
    expect(keyDeletionVerdict(17763, null)).toMatchObject({ status: 'unknown', fixBuild: '17763.1637' });
  });
});

describe('nameMismatchVerdict', () => {
  it.each([
    [17763, 1, 'affected'],
    [17763, 315, 'affected'],
    [17763, 316, 'fixed'],
    [17763, 1613, 'fixed'],
    [17763, null, 'unknown'],
    [14393, 100, 'not-affected'],
    [20348, 1, 'not-affected'],
  ] as const)('%i.%s → %s', (major, revision, status) => {
    expect(nameMismatchVerdict(major, revision).status).toBe(status);
  });

  it('names 17763.316 and KB4487044 as the fix', () => {
    expect(nameMismatchVerdict(17763, 107)).toMatchObject({ fixBuild: '17763.316', kb: 'KB4487044' });
  });
});

describe('verdicts for machines read from a paste', () => {
  it('a server build gets the rule verdict, whether the OS is named or only implied by the build', () => {
    expect(keyDeletionOfMachine({ major: 17763, revision: 1613, os: 'Windows Server 2019' }).status).toBe('affected');
    expect(keyDeletionOfMachine({ major: 14393, revision: 4046 }).status).toBe('affected');
    expect(nameMismatchOfMachine({ major: 17763, revision: 253 }).status).toBe('affected');
  });

  it('a machine the paste names as Windows 10 or 11 is no DC: not affected by either issue', () => {
    for (const os of ['Windows 10', 'Windows 11']) {
      expect(keyDeletionOfMachine({ major: 17763, revision: 1613, os }).status).toBe('not-affected');
      expect(nameMismatchOfMachine({ major: 17763, revision: 253, os }).status).toBe('not-affected');
    }
  });
});

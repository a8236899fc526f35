import { describe, expect, it } from 'vitest';
import { compareBuilds, formatBuild, keyDeletionVerdict, nameMismatchVerdict, parseBuild } from './builds.ts';

describe('parseBuild', () => {
  it.each([
    ['17763.1613', 17763, 1613],
    ['10.0.17763.1613', 17763, 1613],
    ['OS Build 14393.4046', 14393, 4046],
    ['Version 1809 (OS Build 17763.1613)', 17763, 1613],
    ['Microsoft Windows [Version 10.0.17763.1613]', 17763, 1613],
    ['17763', 17763, null],
    ['10.0 (17763)', 17763, null],
    ['10.0.17763.0', 17763, null],
    ['10.0.17763', 17763, null],
  ])('%s → %i.%s', (text, major, revision) => {
    expect(parseBuild(text)).toEqual({ major, revision });
  });

  it('returns null when there is no build', () => {
    expect(parseBuild('')).toBeNull();
    expect(parseBuild('hello')).toBeNull();
    expect(parseBuild('10.0')).toBeNull();
    expect(parseBuild(undefined as unknown as string)).toBeNull();
  });

  it('formats and compares builds', () => {
    expect(formatBuild(17763, 1613)).toBe('17763.1613');
    expect(formatBuild(17763, null)).toBe('17763');
    expect(compareBuilds({ major: 17763, revision: 316 }, { major: 17763, revision: 1613 })).toBeLessThan(0);
    expect(compareBuilds({ major: 17763, revision: null }, { major: 17763, revision: 1 })).toBeLessThan(0);
    expect(compareBuilds({ major: 20348, revision: 1 }, { major: 17763, revision: 9999 })).toBeGreaterThan(0);
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

import { describe, expect, it } from 'vitest';
import { compareBuilds, formatBuild, isClientOs, parseBuild } from './build-numbers.ts';

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

describe('isClientOs', () => {
  it('tells a client Windows from a server or an unknown OS', () => {
    expect(isClientOs('Windows 10')).toBe(true);
    expect(isClientOs('Windows 11')).toBe(true);
    expect(isClientOs('Windows Server 2019')).toBe(false);
    expect(isClientOs(undefined)).toBe(false);
  });
});

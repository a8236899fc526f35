/** The DC-build rules live in the flows that own them; the legacy copy in evidence must agree. */
import { describe, expect, it } from 'vitest';
import * as legacy from '../../src/evidence/builds';
import { keyDeletionVerdict } from '../../src/flows/hybrid-key-deletion/builds';
import { nameMismatchVerdict } from '../../src/flows/ws2019-key-trust-name-mismatch/builds';

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

  it('the legacy evidence copy (used only by os-builds.ts) gives the same verdicts', () => {
    for (const major of [14393, 17763, 20348]) {
      for (let revision = 0; revision <= 4200; revision += 1) {
        const r = revision === 0 ? null : revision;
        expect(legacy.keyDeletionVerdict(major, r)).toEqual(keyDeletionVerdict(major, r));
        expect(legacy.nameMismatchVerdict(major, r)).toEqual(nameMismatchVerdict(major, r));
      }
    }
  });
});

import { describe, expect, it } from 'vitest';
import { localTime } from '../../src/components/cases/files';

describe('localTime', () => {
  it('writes the local date and time the same way in every language, to the minute', () => {
    const d = new Date(2025, 2, 4, 9, 5, 59);
    expect(localTime(d.getTime())).toBe('2025-03-04 09:05');
    expect(localTime(new Date(2026, 11, 31, 23, 59).getTime())).toBe('2026-12-31 23:59');
  });
  it('says the time is unknown rather than "NaN" for a corrupt stored value', () => {
    expect(localTime(Number.NaN)).not.toMatch(/NaN/);
    expect(localTime(Number.NaN).length).toBeGreaterThan(0);
  });
});

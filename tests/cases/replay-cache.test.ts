import { describe, expect, it } from 'vitest';
import { replayTo } from '../../src/cases/replayCache';
import type { CaseEvent } from '../../src/cases/types';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import pinReset from '../../src/flows/pin-reset-allowed-urls';
import hybridKeyDeletion from '../../src/flows/hybrid-key-deletion';

const m = pinReset.machine;
const walk: CaseEvent[] = [{ type: 'YES' }, { type: 'YES' }, { type: 'BOTH' }];

describe('cached replays (Back and Forward between steps)', () => {
  it('lands on the same step as a fresh replay of the first n answers, for every n', () => {
    for (let n = 0; n <= walk.length; n++) {
      const cached = replayTo(m, walk, n);
      const fresh = replay(m, walk.slice(0, n));
      expect(stateIdOf(cached.snapshot)).toBe(stateIdOf(fresh.snapshot));
      expect(cached.trail.map((t) => t.stateId)).toEqual(fresh.trail.map((t) => t.stateId));
      expect(cached.snapshot.context).toEqual(fresh.snapshot.context);
    }
    expect(stateIdOf(replayTo(m, walk).snapshot)).toBe(stateIdOf(replay(m, walk).snapshot));
  });

  it('gives back the very same result for the same answers and position, so what was drawn from it is kept', () => {
    const there = replayTo(m, walk, 1);
    replayTo(m, walk, 2);
    expect(replayTo(m, walk, 1)).toBe(there);
    expect(replayTo(m, walk)).toBe(replayTo(m, walk, walk.length));
  });

  it('replays again for a new answer list, a position out of range, or another flow', () => {
    const before = replayTo(m, walk);
    const changed = [...walk.slice(0, 2), { type: 'FEDERATED' }];
    const after = replayTo(m, changed);
    expect(after).not.toBe(before);
    expect(after.trail.at(-1)?.event.type).toBe('FEDERATED');
    expect(stateIdOf(replayTo(m, walk, -3).snapshot)).toBe('joined');
    expect(replayTo(m, walk, 99)).toBe(replayTo(m, walk));
    const other = replayTo(hybridKeyDeletion.machine, walk, 0);
    expect(stateIdOf(other.snapshot)).toBe(stateIdOf(replay(hybridKeyDeletion.machine, []).snapshot));
  });

  it('still stops at the first answer the machine would not take', () => {
    const tampered: CaseEvent[] = [{ type: 'YES' }, { type: 'NOT_AN_ANSWER' }, { type: 'YES' }];
    expect(replayTo(m, tampered).rejectedAt).toBe(1);
    expect(replayTo(m, tampered, 1).rejectedAt).toBeUndefined();
  });
});

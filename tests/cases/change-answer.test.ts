import { describe, expect, it } from 'vitest';
import { changeAnswer, sameAnswer } from '../../src/cases/changeAnswer';
import type { CaseEvent } from '../../src/cases/types';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import pinReset from '../../src/flows/pin-reset-allowed-urls';

const walk: CaseEvent[] = [
  { type: 'YES' },
  { type: 'YES' },
  { type: 'BOTH' },
  { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } } as CaseEvent,
  { type: 'DONE' },
];
const m = pinReset.machine;

describe('changing an earlier answer', () => {
  it('keeps every later answer that is still asked at the same step and taken by the machine', () => {
    const r = changeAnswer(m, walk, 2, { type: 'FEDERATED' });
    expect(r.kept).toBe(2);
    expect(r.dropped).toEqual([]);
    expect(r.events.map((e) => e.type)).toEqual(['YES', 'YES', 'FEDERATED', 'HOSTS_ENTERED', 'DONE']);
    const end = replay(m, r.events);
    expect(end.rejectedAt).toBeUndefined();
    expect(stateIdOf(end.snapshot)).toBe('retry');
    // The policy value follows the new answer: no US Government host any more.
    expect(JSON.stringify(end.snapshot.context)).not.toContain('login.microsoftonline.us');
  });

  it('stops at the first later answer whose question this path no longer asks, and names the dropped ones', () => {
    const r = changeAnswer(m, walk, 1, { type: 'NOT_SURE' });
    expect(r.kept).toBe(0);
    expect(r.events.map((e) => e.type)).toEqual(['YES', 'NOT_SURE']);
    expect(r.dropped.map((t) => t.stateId)).toEqual(['signInKind', 'blockedHost', 'configurePolicy']);
  });

  it('an answer to an ending step drops everything after it', () => {
    const r = changeAnswer(m, walk, 0, { type: 'NO' });
    expect(r.events.map((e) => e.type)).toEqual(['NO']);
    expect(r.dropped).toHaveLength(4);
  });

  it('compares answers by event and values, not by when or how they were given', () => {
    expect(sameAnswer({ type: 'YES', meta: { at: 1, via: 'evidence' } }, { type: 'YES', meta: { at: 2 } })).toBe(true);
    expect(sameAnswer({ type: 'YES' }, { type: 'NO' })).toBe(false);
    expect(sameAnswer(walk[3], { type: 'HOSTS_ENTERED', values: { hosts: ['other.contoso.com'] } } as CaseEvent)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import descriptor from '../../src/flows/hello-error-codes';
import { replay, stateIdOf } from '../../src/flows/shared/replay';

// The model tests (tests/flows/model.test.ts) already cover this flow; add its exact routes and values here.
describe('hello-error-codes', () => {
  it('a fix that works ends resolved', () => {
    const r = replay(descriptor.machine, [{ type: 'YES' }, { type: 'DONE' }, { type: 'FIXED' }]);
    expect(stateIdOf(r.snapshot)).toBe('outResolved');
  });
});

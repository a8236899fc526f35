/** hello-error-codes: one state per screen; outcomes are final states; rules in guards. Pure. */
import { setup } from 'xstate';

export interface HelloErrorCodesContext {
  fixed: boolean;
}

export type HelloErrorCodesEvent = { type: 'YES' } | { type: 'NO' } | { type: 'DONE' } | { type: 'FIXED' } | { type: 'NOT_FIXED' };

export const machine = setup({
  types: {
    context: {} as HelloErrorCodesContext,
    events: {} as HelloErrorCodesEvent,
  },
}).createMachine({
  id: 'hello-error-codes',
  initial: 'symptom',
  context: { fixed: false },
  states: {
    symptom: { on: { YES: 'fix', NO: 'outNotThis' } },
    fix: { on: { DONE: 'check' } },
    check: { on: { FIXED: 'outResolved', NOT_FIXED: 'outEscalate' } },
    outResolved: { type: 'final' },
    outNotThis: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

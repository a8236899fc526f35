/** cloud-kerberos-trust: one state per screen; outcomes are final states; rules in guards. Pure. */
import { setup } from 'xstate';

export interface CloudKerberosTrustContext {
  fixed: boolean;
}

export type CloudKerberosTrustEvent = { type: 'YES' } | { type: 'NO' } | { type: 'DONE' } | { type: 'FIXED' } | { type: 'NOT_FIXED' };

export const machine = setup({
  types: {
    context: {} as CloudKerberosTrustContext,
    events: {} as CloudKerberosTrustEvent,
  },
}).createMachine({
  id: 'cloud-kerberos-trust',
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

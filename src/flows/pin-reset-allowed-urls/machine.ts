import { assign, setup } from 'xstate';
import { isValidHostName } from '../../evidence/hosts';
import { US_GOV_HOST } from './policy';

export type Idp = 'federated' | 'usgov' | 'both' | 'unknown';

export interface PinResetContext {
  idp: Idp;
  hosts: string[];
}

export type PinResetEvent =
  | { type: 'YES' }
  | { type: 'NO' }
  | { type: 'NOT_SURE' }
  | { type: 'SAW_ERROR' }
  | { type: 'NO_ERROR' }
  | { type: 'FEDERATED' }
  | { type: 'US_GOV' }
  | { type: 'BOTH' }
  | { type: 'NEITHER' }
  | { type: 'HOSTS_ENTERED'; values: { hosts: string[] } }
  | { type: 'NO_ADDRESS' }
  | { type: 'READY' }
  | { type: 'DONE' }
  | { type: 'FIXED' }
  | { type: 'NEW_HOST' }
  | { type: 'SAME_HOST' }
  | { type: 'OTHER_ERROR' };

function enteredHosts(event: PinResetEvent): string[] {
  return event.type === 'HOSTS_ENTERED' && Array.isArray(event.values?.hosts) ? event.values.hosts : [];
}

export const machine = setup({
  types: {
    context: {} as PinResetContext,
    events: {} as PinResetEvent,
  },
  guards: {
    /** Every host is a valid name, and the list is not empty unless US Gov or earlier hosts already fill it. */
    hostsUsable: ({ context, event }) => {
      const hosts = enteredHosts(event);
      if (!hosts.every((h) => typeof h === 'string' && isValidHostName(h))) return false;
      const usGov = context.idp === 'usgov' || context.idp === 'both' || hosts.includes(US_GOV_HOST);
      return hosts.length > 0 || usGov || context.hosts.length > 0;
    },
  },
  actions: {
    setIdp: assign({
      idp: ({ event }) =>
        event.type === 'FEDERATED' ? 'federated' : event.type === 'US_GOV' ? 'usgov' : event.type === 'BOTH' ? 'both' : 'unknown',
    }),
    addHosts: assign({
      hosts: ({ context, event }) => [...new Set([...context.hosts, ...enteredHosts(event).map((h) => h.toLowerCase())])],
      idp: ({ context, event }) =>
        enteredHosts(event).includes(US_GOV_HOST) && context.idp === 'federated'
          ? 'both'
          : enteredHosts(event).includes(US_GOV_HOST) && context.idp === 'unknown'
            ? 'usgov'
            : context.idp,
    }),
  },
}).createMachine({
  id: 'pin-reset-allowed-urls',
  initial: 'joined',
  context: { idp: 'unknown', hosts: [] },
  states: {
    joined: { on: { YES: 'whereError', NO: 'outNotEntraJoined', NOT_SURE: 'checkJoin' } },
    checkJoin: { on: { YES: 'whereError', NO: 'outNotEntraJoined' } },
    whereError: { on: { YES: 'signInKind', NO: 'outNotPinReset', NOT_SURE: 'reproduce' } },
    reproduce: { on: { SAW_ERROR: 'signInKind', NO_ERROR: 'outWorksNow' } },
    signInKind: {
      on: {
        FEDERATED: { target: 'blockedHost', actions: 'setIdp' },
        US_GOV: { target: 'blockedHost', actions: 'setIdp' },
        BOTH: { target: 'blockedHost', actions: 'setIdp' },
        NOT_SURE: { target: 'blockedHost', actions: 'setIdp' },
        NEITHER: 'outNotFederated',
      },
    },
    blockedHost: {
      on: {
        HOSTS_ENTERED: { guard: 'hostsUsable', target: 'configurePolicy', actions: 'addHosts' },
        NO_ADDRESS: 'findHost',
      },
    },
    findHost: { on: { READY: 'blockedHost' } },
    configurePolicy: { on: { DONE: 'retry' } },
    retry: {
      on: { FIXED: 'outResolved', NEW_HOST: 'blockedHost', SAME_HOST: 'policyArrived', OTHER_ERROR: 'outEscalate' },
    },
    policyArrived: { on: { YES: 'outEscalate', NO: 'deliverPolicy', NOT_SURE: 'deliverPolicy' } },
    deliverPolicy: { on: { DONE: 'retry' } },
    outResolved: { type: 'final' },
    outWorksNow: { type: 'final' },
    outNotEntraJoined: { type: 'final' },
    outNotPinReset: { type: 'final' },
    outNotFederated: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

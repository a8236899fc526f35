import { assign, setup } from 'xstate';
import { inKeyDeletionRange, isAffected, isUnknown, parseDcLines, type Dc } from './dcs';

export type Deployment = 'hybrid' | 'on-prem' | 'unknown';

export interface NameMismatchContext {
  deployment: Deployment;
  /** Every DC the technician listed, with its build. */
  dcs: Dc[];
  /** Lines of the DC list that held no build. */
  unread: string[];
}

export type NameMismatchEvent =
  | { type: 'HYBRID_KEY_TRUST' }
  | { type: 'ON_PREM_KEY_TRUST' }
  | { type: 'OTHER_TRUST' }
  | { type: 'NOT_SURE' }
  | { type: 'STILL_NOT_SURE' }
  | { type: 'YES' }
  | { type: 'OTHER_MESSAGE' }
  | { type: 'SAW_MESSAGE' }
  | { type: 'WORKED' }
  | { type: 'BUILDS_ENTERED'; values: { dcs: string[] } }
  | { type: 'READY' }
  | { type: 'RETRY' }
  | { type: 'MISMATCH_SEEN' }
  | { type: 'NO_MISMATCH' }
  | { type: 'UPDATE_ANYWAY' }
  | { type: 'DONE' }
  | { type: 'WORKS' }
  | { type: 'FAILS' };

function enteredDcs(event: NameMismatchEvent) {
  return parseDcLines(event.type === 'BUILDS_ENTERED' && Array.isArray(event.values?.dcs) ? event.values.dcs : []);
}

export const machine = setup({
  types: {
    context: {} as NameMismatchContext,
    events: {} as NameMismatchEvent,
  },
  guards: {
    /** Not one line of the DC list held a build number. */
    noBuildRead: ({ event }) => enteredDcs(event).dcs.length === 0,
    /** Some Windows Server 2019 DC is below 17763.316, or its revision is unknown: worth a trace. */
    mayBeAffected: ({ event }) => enteredDcs(event).dcs.some((dc) => isAffected(dc) || isUnknown(dc)),
    /** Every WS2019 DC is at 17763.316 or later, and the deployment may be hybrid with a DC in the key deletion range. */
    keyDeletionFits: ({ context, event }) => context.deployment !== 'on-prem' && enteredDcs(event).dcs.some(inKeyDeletionRange),
    /** The builds alone say some Windows Server 2019 DC is below 17763.316. */
    someDcAffected: ({ context }) => context.dcs.some(isAffected),
  },
  actions: {
    setDeployment: assign({
      deployment: ({ event }) => (event.type === 'HYBRID_KEY_TRUST' ? 'hybrid' : event.type === 'ON_PREM_KEY_TRUST' ? 'on-prem' : 'unknown'),
    }),
    setDcs: assign(({ event }) => enteredDcs(event)),
  },
}).createMachine({
  id: 'ws2019-key-trust-name-mismatch',
  initial: 'deployment',
  context: { deployment: 'unknown', dcs: [], unread: [] },
  states: {
    deployment: {
      on: {
        HYBRID_KEY_TRUST: { target: 'symptom', actions: 'setDeployment' },
        ON_PREM_KEY_TRUST: { target: 'symptom', actions: 'setDeployment' },
        OTHER_TRUST: 'outNotKeyTrust',
        NOT_SURE: 'findDeployment',
      },
    },
    findDeployment: {
      on: {
        HYBRID_KEY_TRUST: { target: 'symptom', actions: 'setDeployment' },
        ON_PREM_KEY_TRUST: { target: 'symptom', actions: 'setDeployment' },
        OTHER_TRUST: 'outNotKeyTrust',
        STILL_NOT_SURE: { target: 'symptom', actions: 'setDeployment' },
      },
    },
    symptom: { on: { YES: 'dcBuilds', OTHER_MESSAGE: 'outOtherError', NOT_SURE: 'reproduce' } },
    reproduce: { on: { SAW_MESSAGE: 'dcBuilds', OTHER_MESSAGE: 'outOtherError', WORKED: 'outWorksNow' } },
    dcBuilds: {
      on: {
        BUILDS_ENTERED: [
          { guard: 'noBuildRead', target: 'buildsUnreadable' },
          { guard: 'mayBeAffected', target: 'trace', actions: 'setDcs' },
          { guard: 'keyDeletionFits', target: 'outKeyDeletion', actions: 'setDcs' },
          { target: 'outBuildsFixed', actions: 'setDcs' },
        ],
        NOT_SURE: 'findBuilds',
      },
    },
    findBuilds: { on: { READY: 'dcBuilds' } },
    buildsUnreadable: { on: { RETRY: 'dcBuilds' } },
    trace: {
      on: {
        MISMATCH_SEEN: 'updateDcs',
        NO_MISMATCH: [{ guard: 'someDcAffected', target: 'updateDcs' }, { target: 'readRevision' }],
        NOT_SURE: [{ guard: 'someDcAffected', target: 'updateDcs' }, { target: 'readRevision' }],
      },
    },
    readRevision: { on: { RETRY: 'dcBuilds', UPDATE_ANYWAY: 'updateDcs' } },
    updateDcs: { on: { DONE: 'checkSignIn' } },
    checkSignIn: { on: { WORKS: 'outResolved', FAILS: 'outEscalate' } },
    outResolved: { type: 'final' },
    outWorksNow: { type: 'final' },
    outNotKeyTrust: { type: 'final' },
    outOtherError: { type: 'final' },
    outKeyDeletion: { type: 'final' },
    outBuildsFixed: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

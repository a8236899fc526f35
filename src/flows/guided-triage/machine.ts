/**
 * Guided triage for people who only have a symptom: what they were doing, how the devices are
 * deployed, the message they saw and (when it decides) the domain controllers' builds.
 * Ends in a result that opens a flow, or says none fits and why. Pure, deterministic.
 */
import { assign, setup } from 'xstate';
import { buildsReadable, hasKeyDeletionBuild, hasNameMismatchBuild, readBuildLines, type DcBuild } from './builds';

export type Doing = 'sign-in' | 'pin-reset' | 'setup' | 'on-prem';
export type Join = 'hybrid' | 'domain' | 'entra';
export type Trust = 'key' | 'cert' | 'unknown';

export interface TriageContext {
  doing?: Doing;
  join?: Join;
  trust?: Trust;
  /** The domain controller builds entered, with their verdicts. */
  builds: DcBuild[];
}

export type TriageEvent =
  | { type: 'SIGN_IN' }
  | { type: 'PIN_RESET' }
  | { type: 'SETUP' }
  | { type: 'ON_PREM' }
  | { type: 'OTHER' }
  | { type: 'ERROR_CODE' }
  | { type: 'HYBRID' }
  | { type: 'DOMAIN' }
  | { type: 'ENTRA' }
  | { type: 'KEY' }
  | { type: 'CERT' }
  | { type: 'CLOUD_KERBEROS' }
  | { type: 'NOT_SURE' }
  | { type: 'STILL_NOT_SURE' }
  | { type: 'TEMP_UNAVAILABLE' }
  | { type: 'CANT_OPEN' }
  | { type: 'NAME_MISMATCH' }
  | { type: 'OTHER_MESSAGE' }
  | { type: 'BUILDS_ENTERED'; values: { builds: string[] } }
  | { type: 'NO_BUILDS' }
  | { type: 'READY' }
  | { type: 'CANT_GET' }
  | { type: 'YES' }
  | { type: 'NO' }
  | { type: 'STS_NO' }
  | { type: 'OTHER_EVENT' }
  | { type: 'NON_MICROSOFT' }
  | { type: 'MICROSOFT' }
  | { type: 'EVENT_107' }
  | { type: 'CANT_VERIFY' }
  | { type: 'NEVER_STARTS' };

const DOING: Partial<Record<TriageEvent['type'], Doing>> = { SIGN_IN: 'sign-in', PIN_RESET: 'pin-reset', SETUP: 'setup', ON_PREM: 'on-prem' };
const JOIN: Partial<Record<TriageEvent['type'], Join>> = { HYBRID: 'hybrid', DOMAIN: 'domain', ENTRA: 'entra' };

function enteredBuilds(event: TriageEvent): DcBuild[] | undefined {
  if (event.type !== 'BUILDS_ENTERED') return undefined;
  const read = readBuildLines(event.values?.builds);
  return buildsReadable(read) ? read.builds : undefined;
}

/** Where a join answer leads, for each thing the person was doing. */
function afterJoin(join: Join) {
  const to = (doing: Doing, target: string) => ({ guard: { type: 'doingIs' as const, params: { doing } }, target, actions: 'setJoin' as const });
  return [
    to('pin-reset', join === 'entra' ? 'pinMessage' : 'outNotEntra'),
    to('on-prem', join === 'entra' ? 'trust' : 'outNotEntra'),
    to('sign-in', join === 'entra' ? 'outEntraSignIn' : 'trust'),
    to('setup', join === 'entra' ? 'outEntraSignIn' : 'trust'),
  ];
}

/** Where a trust answer leads. A key/cert answer that doesn't fit the documented issues ends the triage. */
function afterTrust(trust: Trust) {
  const to = (doing: Doing, target: string) => ({ guard: { type: 'doingIs' as const, params: { doing } }, target, actions: 'setTrust' as const });
  return [
    to('on-prem', trust === 'cert' ? 'outWrongTrust' : 'caIssuer'),
    to('sign-in', trust === 'cert' ? 'outWrongTrust' : 'message'),
    to('setup', trust === 'key' ? 'outWrongTrust' : 'setupEvent'),
  ];
}

export const machine = setup({
  types: {
    context: {} as TriageContext,
    events: {} as TriageEvent,
  },
  guards: {
    doingIs: ({ context }, params: { doing: Doing }) => context.doing === params.doing,
    isHybrid: ({ context }) => context.join === 'hybrid',
    /** Hybrid key trust with a DC build in the key-deletion range. */
    keyDeletionBuilds: ({ context, event }) => {
      const b = enteredBuilds(event);
      return context.join === 'hybrid' && !!b && hasKeyDeletionBuild(b);
    },
    /** A Windows Server 2019 DC below 17763.316. */
    nameMismatchBuilds: ({ event }) => {
      const b = enteredBuilds(event);
      return !!b && hasNameMismatchBuild(b);
    },
    hybridBuildsFixed: ({ context, event }) => context.join === 'hybrid' && !!enteredBuilds(event),
    buildsFixed: ({ event }) => !!enteredBuilds(event),
  },
  actions: {
    setDoing: assign({ doing: ({ event }) => DOING[event.type] }),
    setJoin: assign({ join: ({ event }) => JOIN[event.type] }),
    setTrust: assign({ trust: ({ event }) => (event.type === 'KEY' ? 'key' : event.type === 'CERT' ? 'cert' : 'unknown') }),
    saveBuilds: assign({ builds: ({ event }) => enteredBuilds(event) ?? [] }),
  },
}).createMachine({
  id: 'guided-triage',
  initial: 'doing',
  context: { builds: [] },
  states: {
    doing: {
      on: {
        SIGN_IN: { target: 'join', actions: 'setDoing' },
        PIN_RESET: { target: 'join', actions: 'setDoing' },
        SETUP: { target: 'join', actions: 'setDoing' },
        ON_PREM: { target: 'join', actions: 'setDoing' },
        ERROR_CODE: 'toHelloErrorCodes',
        OTHER: 'outOther',
      },
    },
    join: {
      on: { HYBRID: afterJoin('hybrid'), DOMAIN: afterJoin('domain'), ENTRA: afterJoin('entra'), NOT_SURE: 'joinHowTo' },
    },
    joinHowTo: {
      on: { HYBRID: afterJoin('hybrid'), DOMAIN: afterJoin('domain'), ENTRA: afterJoin('entra'), STILL_NOT_SURE: 'outNeedJoin' },
    },
    trust: {
      on: { KEY: afterTrust('key'), CERT: afterTrust('cert'), CLOUD_KERBEROS: 'toCloudKerberos', NOT_SURE: 'trustHowTo' },
    },
    trustHowTo: {
      on: { KEY: afterTrust('key'), CERT: afterTrust('cert'), CLOUD_KERBEROS: 'toCloudKerberos', STILL_NOT_SURE: afterTrust('unknown') },
    },
    pinMessage: {
      on: { CANT_OPEN: 'toPinReset', OTHER_MESSAGE: 'outOtherMessage', NOT_SURE: 'toPinReset' },
    },
    message: {
      on: { TEMP_UNAVAILABLE: 'dcBuilds', NAME_MISMATCH: 'toNameMismatch', CANT_VERIFY: 'toNtauth', OTHER_MESSAGE: 'outOtherMessage', NOT_SURE: 'dcBuilds' },
    },
    dcBuilds: {
      on: {
        BUILDS_ENTERED: [
          { guard: 'keyDeletionBuilds', target: 'toKeyDeletion', actions: 'saveBuilds' },
          { guard: 'nameMismatchBuilds', target: 'toNameMismatch', actions: 'saveBuilds' },
          { guard: 'hybridBuildsFixed', target: 'justProvisioned', actions: 'saveBuilds' },
          { guard: 'buildsFixed', target: 'outBuildsFixed', actions: 'saveBuilds' },
        ],
        NO_BUILDS: 'buildsHowTo',
      },
    },
    buildsHowTo: {
      on: { READY: 'dcBuilds', CANT_GET: 'outNeedBuilds' },
    },
    justProvisioned: {
      on: { YES: 'outWaitForSync', NOT_SURE: 'outWaitForSync', NO: 'outBuildsFixed' },
    },
    setupEvent: {
      on: {
        STS_NO: 'toUgsScope',
        NEVER_STARTS: 'toProvisioningNotStarting',
        OTHER_EVENT: [{ guard: 'isHybrid', target: 'toCertProvisioning' }, { target: 'outSetupOnPrem' }],
        NOT_SURE: [{ guard: 'isHybrid', target: 'toCertProvisioning' }, { target: 'outSetupOnPrem' }],
      },
    },
    caIssuer: {
      on: { NON_MICROSOFT: 'toKdcCert', EVENT_107: 'toKdcCert', NOT_SURE: 'toKdcCert', MICROSOFT: 'outMicrosoftCa' },
    },
    toPinReset: { type: 'final' },
    toKeyDeletion: { type: 'final' },
    toNameMismatch: { type: 'final' },
    toKdcCert: { type: 'final' },
    toHelloErrorCodes: { type: 'final' },
    toUgsScope: { type: 'final' },
    toNtauth: { type: 'final' },
    toCertProvisioning: { type: 'final' },
    toCloudKerberos: { type: 'final' },
    toProvisioningNotStarting: { type: 'final' },
    outWaitForSync: { type: 'final' },
    outOther: { type: 'final' },
    outNeedJoin: { type: 'final' },
    outNotEntra: { type: 'final' },
    outEntraSignIn: { type: 'final' },
    outWrongTrust: { type: 'final' },
    outOtherMessage: { type: 'final' },
    outBuildsFixed: { type: 'final' },
    outNeedBuilds: { type: 'final' },
    outSetupOnPrem: { type: 'final' },
    outMicrosoftCa: { type: 'final' },
  },
});

import { and, assign, setup } from 'xstate';
import type { UdrCheckKey } from '../../evidence/types';
import { accountName, enrollmentMode } from './enrollment';
import {
  keyCreateFailed,
  keyRegFailed,
  keyRegistered,
  launched,
  notHybridJoined,
  prereqsFailed,
  readoutFrom,
  stsFailed,
  type Readout,
} from './readout';

export interface ProvisioningContext {
  /** Prerequisite checks that said No, from the evidence; [] when not known. */
  failing: UdrCheckKey[];
  /** Where that list came from, e.g. "event 360". */
  failingSource: string | null;
  /** The federation (AD FS) server build, as entered or read. */
  adfsBuild: string | null;
  /** The user's sAMAccountName, when given; fills in commands. */
  user: string | null;
}

export type ProvisioningEvent =
  | { type: 'EVIDENCE_READ'; values: Readout }
  | { type: 'BUILD_ENTERED'; values: { build: string; user?: string } }
  | { type: 'NO_SCREEN' }
  | { type: 'MFA' }
  | { type: 'PIN' }
  | { type: 'AFTER_PIN' }
  | { type: 'NOT_READY' }
  | { type: 'NOT_SURE' }
  | { type: 'WATCH' }
  | { type: 'NOTED' }
  | { type: 'LAUNCHED' }
  | { type: 'STS_FAILED' }
  | { type: 'PREREQ_FAILED' }
  | { type: 'NOT_JOINED' }
  | { type: 'NO_EVENTS' }
  | { type: 'READY' }
  | { type: 'PROVISIONED' }
  | { type: 'KEY_CREATE_FAILED' }
  | { type: 'KEY_REG_FAILED' }
  | { type: 'KEY_REGISTERED' }
  | { type: 'APPEARED' }
  | { type: 'NOT_APPEARED' }
  | { type: 'TPM_READY' }
  | { type: 'TPM_PROBLEM' }
  | { type: 'FOUND' }
  | { type: 'NOT_FOUND' }
  | { type: 'UPDATED' }
  | { type: 'NOT_UPDATED' }
  | { type: 'REACHABLE' }
  | { type: 'BLOCKED' }
  | { type: 'CHANGED' }
  | { type: 'NO_CHANGE' }
  | { type: 'DONE' }
  | { type: 'FINISHED' }
  | { type: 'ELSEWHERE' }
  | { type: 'SAME' }
  | { type: 'STILL' }
  | { type: 'WORKS' }
  | { type: 'FAILS' };

/** Wraps a readout rule as a guard on EVIDENCE_READ. */
const onReadout =
  (rule: (r: Readout) => boolean) =>
  ({ event }: { event: ProvisioningEvent }) => {
    const r = readoutFrom(event);
    return !!r && rule(r);
  };

function enteredBuild(event: ProvisioningEvent): string | null {
  if (event.type !== 'BUILD_ENTERED') return null;
  const b = event.values?.build;
  return typeof b === 'string' && b.trim() ? b.trim().slice(0, 200) : null;
}

/** EVIDENCE_READ transitions, in the order of PLACE_RULES (readout.ts): the furthest stage wins. */
const read = {
  keyCreate: { guard: 'keyCreateFailed', target: 'tpmCheck' },
  keyReg: { guard: 'keyRegFailed', target: 'keyRegFix' },
  keyDone: { guard: 'keyRegistered', target: 'certInStore' },
  notJoined: { guard: 'notHybridJoined', target: 'joinFix' },
  sts: { guard: 'stsFailed', target: 'outAdfsScope' },
  prereqs: { guard: 'prereqsFailed', target: 'prereqFix', actions: 'rememberFailing' },
} as const;

export const machine = setup({
  types: {
    context: {} as ProvisioningContext,
    events: {} as ProvisioningEvent,
  },
  guards: {
    keyCreateFailed: onReadout(keyCreateFailed),
    keyRegFailed: onReadout(keyRegFailed),
    keyRegistered: onReadout(keyRegistered),
    notHybridJoined: onReadout(notHybridJoined),
    stsFailed: onReadout(stsFailed),
    prereqsFailed: onReadout(prereqsFailed),
    launched: onReadout(launched),
    /** The federation servers have KB4088889 (14393.2155) or a newer Windows Server: enrollment is synchronous. */
    /** The optional user is blank or a plain logon name (it fills in commands). */
    userOk: ({ event }) => {
      if (event.type !== 'BUILD_ENTERED') return false;
      const u = event.values?.user;
      return u === undefined || (typeof u === 'string' && (!u.trim() || accountName(u) !== null));
    },
    syncEnrollment: ({ event }) => enrollmentMode(enteredBuild(event)) === 'sync',
  },
  actions: {
    rememberFailing: assign(({ event }) => {
      const r = readoutFrom(event);
      return { failing: r ? [...r.failing] : [], failingSource: r?.source ?? null };
    }),
    forgetFailing: assign({ failing: () => [], failingSource: () => null }),
    setBuild: assign(({ context, event }) => {
      if (event.type !== 'BUILD_ENTERED') return {};
      const u = typeof event.values?.user === 'string' ? event.values.user.trim() : '';
      return { adfsBuild: enteredBuild(event), user: u ? u.slice(0, 100) : context.user };
    }),
  },
}).createMachine({
  id: 'hybrid-cert-trust-provisioning',
  initial: 'whereStopped',
  context: { failing: [], failingSource: null, adfsBuild: null, user: null },
  states: {
    // ---------------------------------------------------------------- where did it stop?
    whereStopped: {
      on: {
        NO_SCREEN: 'prereqEvent',
        MFA: 'mfaFix',
        PIN: 'pinFix',
        AFTER_PIN: 'keyEvents',
        NOT_READY: 'certInStore',
        NOT_SURE: 'placeStage',
      },
    },
    placeStage: {
      on: {
        EVIDENCE_READ: [read.keyCreate, read.keyReg, read.keyDone, read.notJoined, read.sts, read.prereqs, { guard: 'launched', target: 'pinScreen' }],
        KEY_CREATE_FAILED: 'tpmCheck',
        KEY_REG_FAILED: 'keyRegFix',
        KEY_REGISTERED: 'certInStore',
        NOT_JOINED: 'joinFix',
        STS_FAILED: 'outAdfsScope',
        PREREQ_FAILED: { target: 'prereqFix', actions: 'forgetFailing' },
        LAUNCHED: 'pinScreen',
        WATCH: 'watchAttempt',
      },
    },
    watchAttempt: { on: { NOTED: 'whereStopped', FINISHED: 'outResolved' } },

    // ---------------------------------------------------------------- stages 1–3: prerequisites, join, "Set up a PIN"
    prereqEvent: {
      on: {
        EVIDENCE_READ: [read.sts, read.prereqs, { guard: 'launched', target: 'pinScreen' }],
        STS_FAILED: 'outAdfsScope',
        PREREQ_FAILED: { target: 'prereqFix', actions: 'forgetFailing' },
        LAUNCHED: 'pinScreen',
        NO_EVENTS: 'deviceState',
      },
    },
    deviceState: {
      on: {
        EVIDENCE_READ: [read.keyDone, read.notJoined, read.sts, read.prereqs, { guard: 'launched', target: 'noScreenFix' }],
        PROVISIONED: 'certInStore',
        NOT_JOINED: 'joinFix',
        STS_FAILED: 'outAdfsScope',
        PREREQ_FAILED: { target: 'prereqFix', actions: 'forgetFailing' },
        READY: 'noScreenFix',
      },
    },
    prereqFix: { on: { DONE: 'retryClient' } },
    joinFix: { on: { DONE: 'retryClient' } },
    pinScreen: { on: { APPEARED: 'whereStopped', NOT_APPEARED: 'deviceState', NOT_SURE: 'noScreenFix' } },
    noScreenFix: { on: { DONE: 'retryClient' } },

    // ---------------------------------------------------------------- stages 4–7 on the device: MFA, PIN, key pair, key registration
    mfaFix: { on: { DONE: 'retryClient' } },
    pinFix: { on: { DONE: 'retryClient' } },
    keyEvents: {
      on: {
        EVIDENCE_READ: [read.keyCreate, read.keyReg, read.keyDone],
        KEY_CREATE_FAILED: 'tpmCheck',
        KEY_REG_FAILED: 'keyRegFix',
        KEY_REGISTERED: 'certInStore',
        NO_EVENTS: 'tpmCheck',
      },
    },
    tpmCheck: { on: { TPM_PROBLEM: 'tpmFix', TPM_READY: 'outEscalateClient' } },
    tpmFix: { on: { DONE: 'retryClient' } },
    keyRegFix: { on: { DONE: 'retryClient' } },
    // Back at the picker the earlier prerequisite reading is stale: forget it.
    retryClient: { on: { FINISHED: 'outResolved', ELSEWHERE: { target: 'whereStopped', actions: 'forgetFailing' }, SAME: 'outEscalateClient' } },

    // ---------------------------------------------------------------- stages 11–12: the certificate and "PIN is ready"
    certInStore: { on: { FOUND: 'pinReady', NOT_FOUND: 'fedBuild' } },
    pinReady: { on: { WORKS: 'outResolved', FAILS: 'outProvisioned' } },

    // ---------------------------------------------------------------- stages 7–10 on the servers: sync, AD FS, CA
    fedBuild: {
      on: {
        BUILD_ENTERED: [
          { guard: and(['userOk', 'syncEnrollment']), target: 'adfsReach', actions: 'setBuild' },
          { guard: 'userOk', target: 'syncWait', actions: 'setBuild' },
        ],
        UPDATED: 'adfsReach',
        NOT_UPDATED: 'syncWait',
        NOT_SURE: 'syncWait',
      },
    },
    syncWait: { on: { DONE: 'syncRetry' } },
    syncRetry: { on: { FINISHED: 'outResolved', STILL: 'adfsReach' } },
    adfsReach: { on: { REACHABLE: 'enrollAgent', BLOCKED: 'reachFix' } },
    reachFix: { on: { DONE: 'reachRetry' } },
    reachRetry: { on: { FINISHED: 'outResolved', STILL: 'enrollAgent' } },
    enrollAgent: { on: { DONE: 'caRequests' } },
    caRequests: { on: { CHANGED: 'enrollRetry', NO_CHANGE: 'outEscalateEnrollment' } },
    enrollRetry: { on: { FINISHED: 'outResolved', STILL: 'outEscalateEnrollment' } },

    // ---------------------------------------------------------------- outcomes
    outResolved: { type: 'final' },
    outAdfsScope: { type: 'final' },
    outProvisioned: { type: 'final' },
    outEscalateClient: { type: 'final' },
    outEscalateEnrollment: { type: 'final' },
  },
});

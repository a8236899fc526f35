/**
 * provisioning-not-starting: why Windows Hello for Business setup never appears. One state per screen;
 * outcomes are final states; which line is the first blocker is decided by the guards (rules.ts). Pure.
 */
import { assign, setup } from 'xstate';
import { DEVICE_BLOCKERS, firstBlocker, fromAdminPrompt, type Blocker, type Status } from './rules';

export interface ProvisioningNotStartingContext {
  /** What the pasted dsregcmd /status said; null when the person answered by hand. */
  status: Status | null;
}

export type ProvisioningNotStartingEvent =
  | { type: 'EVIDENCE_READ'; values: Status }
  | { type: 'PASTE' }
  | { type: 'TYPED' }
  | { type: 'NOT_SURE' }
  | { type: 'RERUN' }
  | { type: 'CONTINUE' }
  | { type: 'DEVICE_LINES' }
  | { type: 'CHECK_LINES' }
  | { type: 'RESULT_LINES' }
  | { type: 'ON_PREM_DRS' }
  | { type: 'NOT_JOINED' }
  | { type: 'DEVICE_DISABLED' }
  | { type: 'DEVICE_AUTH_ERROR' }
  | { type: 'NO_PRT' }
  | { type: 'PRT_OLD' }
  | { type: 'USER_NOT_ENTRA' }
  | { type: 'POLICY_NO' }
  | { type: 'POST_LOGON_NO' }
  | { type: 'NOT_ELIGIBLE' }
  | { type: 'REMOTE' }
  | { type: 'CERT_TRUST_NO' }
  | { type: 'TGT_NO' }
  | { type: 'WILL_NOT_PROVISION' }
  | { type: 'WILL_PROVISION' }
  | { type: 'DONE' }
  | { type: 'FIXED' }
  | { type: 'NOT_FIXED' }
  | { type: 'APPEARED' }
  | { type: 'NOT_APPEARED' };

type Args = { context: ProvisioningNotStartingContext; event: ProvisioningNotStartingEvent };

/** The paste being read: the event's on EVIDENCE_READ, the one remembered otherwise (CONTINUE). */
function statusFrom({ context, event }: Args): Status | null {
  return event.type === 'EVIDENCE_READ' ? (event.values ?? null) : context.status;
}

const blockerIs = (b: Blocker) => (args: Args) => firstBlocker(statusFrom(args)) === b;

/** Blockers about the device and the user's sign-in token: the deviceReason screen names them. */
const DEVICE_SIDE: ReadonlySet<Blocker> = new Set<Blocker>(['not-joined', 'on-prem-drs', 'device-disabled', 'device-auth-error', 'no-prt', 'prt-stale']);
/** Lines of the Ngc Prerequisite Check that say NO: the checkReason screen names them. */
const CHECK_SIDE: ReadonlySet<Blocker> = new Set<Blocker>(['user-not-entra', 'policy', 'post-logon', 'hardware', 'remote']);

/** The guarded transitions that read a paste; the admin-prompt check comes first when asked. */
const routes = (adminFirst: boolean) => [
  ...(adminFirst ? [{ guard: 'userLinesFromAdmin', target: 'adminPrompt', actions: 'remember' }] : []),
  { guard: 'deviceSide', target: 'deviceReason', actions: 'remember' },
  { guard: 'checkSide', target: 'checkReason', actions: 'remember' },
  { guard: 'noCheckShown', target: 'noCheck', actions: 'remember' },
  { target: 'resultReason', actions: 'remember' },
] as never;

/** From a reason screen to its fix, on the remembered paste. */
const fixes = (pairs: [guard: string, target: string][]) => pairs.map(([guard, target]) => ({ guard, target })) as never;

export const machine = setup({
  types: {
    context: {} as ProvisioningNotStartingContext,
    events: {} as ProvisioningNotStartingEvent,
  },
  guards: {
    /** An administrator or SYSTEM prompt, and the first blocker is about the user (not the device). */
    userLinesFromAdmin: (args: Args) => {
      const s = statusFrom(args);
      return fromAdminPrompt(s) && !DEVICE_BLOCKERS.has(firstBlocker(s));
    },
    deviceSide: (args: Args) => DEVICE_SIDE.has(firstBlocker(statusFrom(args))),
    checkSide: (args: Args) => CHECK_SIDE.has(firstBlocker(statusFrom(args))),
    onPremDrsJoined: blockerIs('on-prem-drs'),
    notJoined: blockerIs('not-joined'),
    deviceDisabled: blockerIs('device-disabled'),
    deviceAuthError: blockerIs('device-auth-error'),
    alreadyProvisioned: blockerIs('provisioned'),
    noPrt: blockerIs('no-prt'),
    prtStale: blockerIs('prt-stale'),
    userNotEntra: blockerIs('user-not-entra'),
    policyOff: blockerIs('policy'),
    postLogonOff: blockerIs('post-logon'),
    notEligible: blockerIs('hardware'),
    remoteSession: blockerIs('remote'),
    certTrustLineNo: blockerIs('cert-trust'),
    cloudTgtNo: blockerIs('cloud-tgt'),
    willNotProvision: blockerIs('will-not-provision'),
    willProvision: blockerIs('will-provision'),
    noCheckShown: blockerIs('no-check'),
  },
  actions: {
    remember: assign({ status: (args: Args) => statusFrom(args) }),
  },
}).createMachine({
  id: 'provisioning-not-starting',
  initial: 'start',
  context: { status: null },
  states: {
    // ------------------------------------------------------------ read the paste
    start: {
      on: { PASTE: 'status', TYPED: 'whichSection', NOT_SURE: 'watchSignIn' },
    },
    status: {
      on: { EVIDENCE_READ: routes(true), TYPED: 'whichSection' },
    },
    adminPrompt: {
      // Back to the paste step for the user's own output (read the same way: an elevated paste asks again).
      on: { RERUN: 'status', CONTINUE: routes(false) },
    },
    noCheck: {
      on: { TYPED: 'whichSection', NOT_SURE: 'watchSignIn' },
    },
    deviceReason: {
      on: {
        CONTINUE: fixes([
          ['notJoined', 'joinFix'],
          ['onPremDrsJoined', 'outOnPremDrs'],
          ['deviceDisabled', 'deviceDisabledFix'],
          ['deviceAuthError', 'deviceAuthErrorFix'],
          ['noPrt', 'prtFix'],
          ['prtStale', 'prtStaleFix'],
        ]),
      },
    },
    checkReason: {
      on: {
        CONTINUE: fixes([
          ['userNotEntra', 'userFix'],
          ['policyOff', 'policyFix'],
          ['postLogonOff', 'postLogonFix'],
          ['notEligible', 'hardwareFix'],
          ['remoteSession', 'remoteFix'],
        ]),
      },
    },
    resultReason: {
      on: {
        CONTINUE: fixes([
          ['certTrustLineNo', 'outCertTrust'],
          ['cloudTgtNo', 'outCloudKerberos'],
          ['alreadyProvisioned', 'outProvisioned'],
          ['willNotProvision', 'outUnexplained'],
          ['willProvision', 'willProvision'],
        ]),
      },
    },
    // ------------------------------------------------------------ typed answers
    whichSection: {
      on: { DEVICE_LINES: 'deviceTyped', CHECK_LINES: 'checkTyped', RESULT_LINES: 'resultTyped', NOT_SURE: 'watchSignIn' },
    },
    resultTyped: {
      on: {
        CERT_TRUST_NO: 'outCertTrust',
        TGT_NO: 'outCloudKerberos',
        WILL_NOT_PROVISION: 'outUnexplained',
        WILL_PROVISION: 'willProvision',
        NOT_SURE: 'watchSignIn',
      },
    },
    deviceTyped: {
      on: {
        NOT_JOINED: 'joinFix',
        ON_PREM_DRS: 'outOnPremDrs',
        DEVICE_DISABLED: 'deviceDisabledFix',
        DEVICE_AUTH_ERROR: 'deviceAuthErrorFix',
        NO_PRT: 'prtFix',
        PRT_OLD: 'prtStaleFix',
        NOT_SURE: 'watchSignIn',
      },
    },
    checkTyped: {
      on: {
        USER_NOT_ENTRA: 'userFix',
        POLICY_NO: 'policyFix',
        POST_LOGON_NO: 'postLogonFix',
        NOT_ELIGIBLE: 'hardwareFix',
        REMOTE: 'remoteFix',
        NOT_SURE: 'watchSignIn',
      },
    },
    // ------------------------------------------------------------ fixes, one per blocker
    joinFix: { on: { DONE: 'retest' } },
    deviceDisabledFix: { on: { DONE: 'retest' } },
    deviceAuthErrorFix: { on: { DONE: 'retest' } },
    prtFix: { on: { DONE: 'retest' } },
    prtStaleFix: { on: { DONE: 'retest' } },
    userFix: { on: { DONE: 'retest' } },
    policyFix: { on: { DONE: 'retest' } },
    postLogonFix: { on: { DONE: 'retest' } },
    hardwareFix: { on: { DONE: 'retest' } },
    remoteFix: { on: { DONE: 'retest' } },
    retest: { on: { FIXED: 'outResolved', NOT_FIXED: 'outEscalate' } },
    willProvision: { on: { APPEARED: 'outResolved', NOT_APPEARED: 'outEscalate' } },
    watchSignIn: { on: { APPEARED: 'outResolved', NOT_APPEARED: 'outEscalate' } },
    // ------------------------------------------------------------ endings
    outResolved: { type: 'final' },
    outEscalate: { type: 'final' },
    outUnexplained: { type: 'final' },
    outOnPremDrs: { type: 'final' },
    outProvisioned: { type: 'final' },
    outCertTrust: { type: 'final' },
    outCloudKerberos: { type: 'final' },
  },
});

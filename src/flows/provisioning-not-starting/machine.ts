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
  | { type: 'TYPED' }
  | { type: 'NOT_SURE' }
  | { type: 'RERUN' }
  | { type: 'CONTINUE' }
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

/** Where each first blocker leads. */
const ROUTES: readonly [guard: string, target: string][] = [
  ['onPremDrsJoined', 'outOnPremDrs'],
  ['notJoined', 'joinFix'],
  ['deviceDisabled', 'deviceDisabledFix'],
  ['deviceAuthError', 'deviceAuthErrorFix'],
  ['alreadyProvisioned', 'outProvisioned'],
  ['noPrt', 'prtFix'],
  ['prtStale', 'prtStaleFix'],
  ['userNotEntra', 'userFix'],
  ['policyOff', 'policyFix'],
  ['postLogonOff', 'postLogonFix'],
  ['notEligible', 'hardwareFix'],
  ['remoteSession', 'remoteFix'],
  ['certTrustLineNo', 'outCertTrust'],
  ['cloudTgtNo', 'outCloudKerberos'],
  ['willNotProvision', 'outUnexplained'],
  ['willProvision', 'willProvision'],
];

/** The guarded transitions that read a paste; the admin-prompt check comes first when asked. */
const routes = (adminFirst: boolean) => [
  ...(adminFirst ? [{ guard: 'userLinesFromAdmin', target: 'adminPrompt', actions: 'remember' }] : []),
  ...ROUTES.map(([guard, target]) => ({ guard, target, actions: 'remember' })),
  { target: 'noCheck', actions: 'remember' },
] as never;

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
  },
  actions: {
    remember: assign({ status: (args: Args) => statusFrom(args) }),
  },
}).createMachine({
  id: 'provisioning-not-starting',
  initial: 'status',
  context: { status: null },
  states: {
    // ------------------------------------------------------------ read the paste
    status: {
      on: { EVIDENCE_READ: routes(true), TYPED: 'whichLine', NOT_SURE: 'watchSignIn' },
    },
    adminPrompt: {
      on: { RERUN: 'statusAsUser', CONTINUE: routes(false) },
    },
    statusAsUser: {
      on: { EVIDENCE_READ: routes(false), TYPED: 'whichLine', NOT_SURE: 'watchSignIn' },
    },
    noCheck: {
      on: { TYPED: 'whichLine', NOT_SURE: 'watchSignIn' },
    },
    whichLine: {
      on: {
        NOT_JOINED: 'joinFix',
        DEVICE_DISABLED: 'deviceDisabledFix',
        DEVICE_AUTH_ERROR: 'deviceAuthErrorFix',
        NO_PRT: 'prtFix',
        PRT_OLD: 'prtStaleFix',
        USER_NOT_ENTRA: 'userFix',
        POLICY_NO: 'policyFix',
        POST_LOGON_NO: 'postLogonFix',
        NOT_ELIGIBLE: 'hardwareFix',
        REMOTE: 'remoteFix',
        CERT_TRUST_NO: 'outCertTrust',
        TGT_NO: 'outCloudKerberos',
        WILL_NOT_PROVISION: 'outUnexplained',
        WILL_PROVISION: 'willProvision',
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

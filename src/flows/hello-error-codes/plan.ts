/**
 * Which screen shows each mitigation step, and which steps can follow which: read from the code
 * table itself, so the machine only draws the moves some documented code can make.
 */
import { GENERAL_ADVICE, HELLO_ERROR_CODES, type MitigationStep } from '../../evidence/hello-error-codes';

/** Mitigation steps this flow walks itself (0xC00000BB's steps are handed to the KDC certificate flow). */
export type WalkStep = Exclude<MitigationStep, 'kdc-certificate' | 'other-sign-in-method'>;

/** The code handed over to the domain controller certificate flow. */
export const KDC_CODE = '0xC00000BB';

/** Mitigation step → the state that shows it. */
export const STEP_STATE = {
  'try-again': 'tryAgain',
  'sign-out-in': 'signOutIn',
  reboot: 'reboot',
  'unjoin-rejoin': 'unjoinRejoin',
  'prepare-tpm': 'prepareTpm',
  'reset-tpm': 'resetTpm',
  'policy-without-tpm': 'policyWithoutTpm',
  'tpm-cleared-or-joined-image': 'tpmKeysetGone',
  'close-programs': 'closePrograms',
  'user-tries-again': 'userTriesAgain',
  'check-enroll-permission': 'enrollPermission',
  'device-quota': 'deviceQuota',
  'join-ad-domain': 'joinAdDomain',
  // One screen for the three FPURL.xml checks: its words name the element the code points at.
  'fpurl-file-not-empty': 'fpurl',
  'fpurl-domain-not-empty': 'fpurl',
  'fpurl-clientconfig-url': 'fpurl',
  'check-token-and-key-permission': 'tokenAndKeyPermission',
  'allow-users-to-join': 'allowUsersToJoin',
  'duplicate-proxy-addresses': 'duplicateProxyAddresses',
  'check-network-and-credentials': 'networkAndCredentials',
} as const satisfies Record<WalkStep, string>;

export type StepState = (typeof STEP_STATE)[WalkStep];

export const WALK_STEPS = Object.keys(STEP_STATE) as WalkStep[];

export function isWalkStep(s: string): s is WalkStep {
  return Object.prototype.hasOwnProperty.call(STEP_STATE, s);
}

/** Every plan the flow can walk: each listed code's own steps, and the general advice. */
export const PLANS: readonly (readonly WalkStep[])[] = [
  GENERAL_ADVICE,
  ...HELLO_ERROR_CODES.filter((e) => e.code !== KDC_CODE && e.category !== 'escalate').map((e) => [
    ...new Set([...(e.uncodedRow?.steps ?? []), ...e.steps].filter(isWalkStep)),
  ]),
];

/** Steps that start some plan. */
export const FIRST_STEPS: readonly WalkStep[] = [...new Set(PLANS.map((p) => p[0]).filter((s): s is WalkStep => s !== undefined))];

/** Step → the steps that come right after it in some plan (in first-seen order). */
export const FOLLOWERS: ReadonlyMap<WalkStep, readonly WalkStep[]> = (() => {
  const m = new Map<WalkStep, WalkStep[]>(WALK_STEPS.map((s) => [s, []]));
  for (const plan of PLANS)
    for (let i = 0; i + 1 < plan.length; i++) {
      const list = m.get(plan[i]!)!;
      if (!list.includes(plan[i + 1]!)) list.push(plan[i + 1]!);
    }
  return m;
})();

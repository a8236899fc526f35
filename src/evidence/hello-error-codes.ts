/**
 * Windows Hello error codes as data: every code of the two tables in "Windows Hello errors during PIN
 * creation" (29 with a mitigation, 21 "contact support"), plus 0x80090016 from the hybrid join
 * troubleshooting page. Mitigations are step ids the flow turns into words; the sources' cause texts are words too,
 * in src/flows/hello-error-codes/causes.yaml (by code). Not imported by the analyzers: it loads with the flow that
 * uses it.
 *
 * Sources:
 * - https://learn.microsoft.com/en-us/troubleshoot/windows-client/user-profiles-and-logon/windows-hello-errors-during-pin-creation-in-windows-10
 * - https://learn.microsoft.com/en-us/entra/identity/devices/troubleshoot-hybrid-join-windows-current
 */

/** The PIN-creation page's general advice, in the documented order. */
export type GeneralStep = 'try-again' | 'sign-out-in' | 'reboot' | 'unjoin-rejoin';

export const GENERAL_ADVICE: readonly GeneralStep[] = ['try-again', 'sign-out-in', 'reboot', 'unjoin-rejoin'];

/** TPM actions the sources name. */
export type TpmAction =
  /** tpm.msc as an administrator, Actions > Prepare the TPM. */
  | 'prepare-tpm'
  /** Reset the TPM or run Clear-TPM (after a reboot did not help). */
  | 'reset-tpm'
  /** The policy requires a TPM the device lacks: change the policy so it does not require one. */
  | 'policy-without-tpm'
  /** The keyset is gone: the TPM was cleared, or the image came from a joined machine (hybrid join page). */
  | 'tpm-cleared-or-joined-image';

/** Code-specific fixes. */
export type SpecificFix =
  | 'close-programs'
  | 'user-tries-again'
  | 'check-enroll-permission'
  | 'device-quota'
  | 'join-ad-domain'
  | 'fpurl-file-not-empty'
  | 'fpurl-domain-not-empty'
  | 'fpurl-clientconfig-url'
  | 'check-token-and-key-permission'
  | 'allow-users-to-join'
  | 'duplicate-proxy-addresses'
  | 'check-network-and-credentials'
  | 'kdc-certificate'
  | 'other-sign-in-method';

export type MitigationStep = GeneralStep | TpmAction | SpecificFix;

/**
 * general: only steps of the general advice; tpm: a TPM action; specific: a fix for this code
 * (possibly after some general steps); escalate: the source lists no mitigation (contact support).
 */
export type MitigationCategory = 'general' | 'tpm' | 'specific' | 'escalate';

export interface HelloErrorCode {
  /** Normalised: '0x' + eight upper-case hex digits. */
  code: string;
  category: MitigationCategory;
  /** Mitigation steps in the source's order; [] for escalate. */
  steps: readonly MitigationStep[];
  /**
   * The PIN-creation table has one row with an empty Hex cell right after 0x801C044D
   * ("Unable to obtain user token."); it is kept with the row above it (its cause: causes.yaml `uncodedRow`).
   */
  uncodedRow?: { steps: readonly MitigationStep[] };
  /** Which table: 'pin-creation' (mitigations), 'pin-creation-support' (contact support), 'hybrid-join'. */
  table: 'pin-creation' | 'pin-creation-support' | 'hybrid-join';
}

const GENERAL = new Set<string>(GENERAL_ADVICE);
const TPM = new Set<string>(['prepare-tpm', 'reset-tpm', 'policy-without-tpm', 'tpm-cleared-or-joined-image']);

/** The category a list of steps falls in (a TPM action wins, then a specific fix). */
export function categoryOf(steps: readonly MitigationStep[]): MitigationCategory {
  if (steps.length === 0) return 'escalate';
  if (steps.some((s) => TPM.has(s))) return 'tpm';
  if (steps.some((s) => !GENERAL.has(s))) return 'specific';
  return 'general';
}

function fix(code: string, steps: MitigationStep[], uncodedRow?: HelloErrorCode['uncodedRow']): HelloErrorCode {
  const entry: HelloErrorCode = { code, category: categoryOf(steps), steps, table: 'pin-creation' };
  if (uncodedRow) entry.uncodedRow = uncodedRow;
  return entry;
}

function support(code: string): HelloErrorCode {
  return { code, category: 'escalate', steps: [], table: 'pin-creation-support' };
}

const REJOIN: MitigationStep[] = ['unjoin-rejoin'];
const SIGN_OUT_IN: MitigationStep[] = ['sign-out-in'];

export const HELLO_ERROR_CODES: readonly HelloErrorCode[] = [
  // "Error mitigations" table (29 codes)
  fix('0x80090005', REJOIN),
  fix('0x8009000F', REJOIN),
  fix('0x80090011', REJOIN),
  fix('0x80090029', ['prepare-tpm']),
  fix('0x8009002A', ['close-programs']),
  fix('0x80090031', ['reboot', 'reset-tpm']),
  fix('0x80090035', ['policy-without-tpm']),
  fix('0x80090036', ['user-tries-again']),
  fix('0x801C0003', ['check-enroll-permission']),
  fix('0x801C000E', ['device-quota']),
  fix('0x801C000F', ['reboot']),
  fix('0x801C0010', SIGN_OUT_IN),
  fix('0x801C0011', SIGN_OUT_IN),
  fix('0x801C0012', SIGN_OUT_IN),
  fix('0x801C0015', ['join-ad-domain']),
  fix('0x801C0016', ['fpurl-file-not-empty']),
  fix('0x801C0017', ['fpurl-domain-not-empty']),
  fix('0x801C0018', ['fpurl-clientconfig-url']),
  fix('0x801C03E9', SIGN_OUT_IN),
  fix('0x801C03EA', ['check-token-and-key-permission']),
  fix('0x801C03EB', SIGN_OUT_IN),
  fix('0x801C03EC', SIGN_OUT_IN),
  fix('0x801C03ED', ['sign-out-in', 'unjoin-rejoin', 'allow-users-to-join']),
  fix('0x801C03EE', SIGN_OUT_IN),
  fix('0x801C03EF', SIGN_OUT_IN),
  fix('0x801C03F2', ['duplicate-proxy-addresses']),
  fix('0x801C044D', REJOIN, { steps: ['sign-out-in', 'check-network-and-credentials'] }),
  fix('0x801C044E', SIGN_OUT_IN),
  fix('0xC00000BB', ['kdc-certificate', 'other-sign-in-method']),

  // "Errors with unknown mitigation" table (21 codes): contact support
  support('0x80070057'),
  support('0x80072F0C'),
  support('0x80072F8F'),
  support('0x80090010'),
  support('0x80090020'),
  support('0x80090027'),
  support('0x8009002D'),
  support('0x801C0001'),
  support('0x801C0002'),
  support('0x801C0006'),
  support('0x801C000B'),
  support('0x801C000C'),
  support('0x801C0013'),
  support('0x801C0014'),
  support('0x801C0019'),
  support('0x801C001A'),
  support('0x801C001B'),
  support('0x801C03F0'),
  support('0x801C03F1'),
  support('0x801C044C'),
  support('0x801C004D'),

  // Hybrid join troubleshooting page, TPM errors
  {
    code: '0x80090016',
    category: 'tpm',
    steps: ['tpm-cleared-or-joined-image'],
    table: 'hybrid-join',
  },
];

const BY_CODE: ReadonlyMap<string, HelloErrorCode> = new Map(HELLO_ERROR_CODES.map((e) => [e.code, e]));

/** The entry for a normalised code ('0x801C03ED'), or undefined when no source lists it. */
export function helloErrorCode(code: string): HelloErrorCode | undefined {
  return BY_CODE.get(code);
}

/**
 * Windows Hello error codes as data: every code of the two tables in "Windows Hello errors during PIN
 * creation" (29 with a mitigation, 21 "contact support"), plus 0x80090016 from the hybrid join
 * troubleshooting page. Meanings are the sources' own cause texts; mitigations are step ids the
 * flow turns into words. Not imported by the analyzers: it loads with the flow that uses it.
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
  /** The source's cause text; several when the source separates them with "-or-". */
  meanings: readonly string[];
  category: MitigationCategory;
  /** Mitigation steps in the source's order; [] for escalate. */
  steps: readonly MitigationStep[];
  /**
   * The PIN-creation table has one row with an empty Hex cell right after 0x801C044D
   * ("Unable to obtain user token."); it is kept with the row above it.
   */
  uncodedRow?: { meaning: string; steps: readonly MitigationStep[] };
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

function fix(code: string, meanings: string | string[], steps: MitigationStep[], uncodedRow?: HelloErrorCode['uncodedRow']): HelloErrorCode {
  const entry: HelloErrorCode = { code, meanings: typeof meanings === 'string' ? [meanings] : meanings, category: categoryOf(steps), steps, table: 'pin-creation' };
  if (uncodedRow) entry.uncodedRow = uncodedRow;
  return entry;
}

function support(code: string, meaning: string): HelloErrorCode {
  return { code, meanings: [meaning], category: 'escalate', steps: [], table: 'pin-creation-support' };
}

const REJOIN: MitigationStep[] = ['unjoin-rejoin'];
const SIGN_OUT_IN: MitigationStep[] = ['sign-out-in'];

export const HELLO_ERROR_CODES: readonly HelloErrorCode[] = [
  // "Error mitigations" table (29 codes)
  fix('0x80090005', 'NTE_BAD_DATA', REJOIN),
  fix('0x8009000F', 'The container or key already exists.', REJOIN),
  fix('0x80090011', 'The container or key was not found.', REJOIN),
  fix('0x80090029', 'TPM is not set up.', ['prepare-tpm']),
  fix('0x8009002A', 'NTE_NO_MEMORY', ['close-programs']),
  fix('0x80090031', 'NTE_AUTHENTICATION_IGNORED', ['reboot', 'reset-tpm']),
  fix('0x80090035', 'Policy requires TPM and the device does not have TPM.', ['policy-without-tpm']),
  fix('0x80090036', 'User canceled an interactive dialog.', ['user-tries-again']),
  fix('0x801C0003', 'User is not authorized to enroll.', ['check-enroll-permission']),
  fix('0x801C000E', 'Registration quota reached.', ['device-quota']),
  fix('0x801C000F', 'Operation successful, but the device requires a reboot.', ['reboot']),
  fix('0x801C0010', 'The AIK certificate is not valid or trusted.', SIGN_OUT_IN),
  fix('0x801C0011', 'The attestation statement of the transport key is invalid.', SIGN_OUT_IN),
  fix('0x801C0012', 'Discovery request is not in a valid format.', SIGN_OUT_IN),
  fix('0x801C0015', 'The device is required to be joined to an Active Directory domain.', ['join-ad-domain']),
  fix('0x801C0016', 'The federation provider configuration is empty', ['fpurl-file-not-empty']),
  fix('0x801C0017', 'The federation provider domain is empty', ['fpurl-domain-not-empty']),
  fix('0x801C0018', 'The federation provider client configuration URL is empty', ['fpurl-clientconfig-url']),
  fix('0x801C03E9', 'Server response message is invalid', SIGN_OUT_IN),
  fix('0x801C03EA', 'Server failed to authorize user or device.', ['check-token-and-key-permission']),
  fix('0x801C03EB', 'Server response http status is not valid', SIGN_OUT_IN),
  fix('0x801C03EC', 'Unhandled exception from server.', SIGN_OUT_IN),
  fix(
    '0x801C03ED',
    [
      "Multi-factor authentication is required for a 'ProvisionKey' operation, but was not performed.",
      'Token was not found in the Authorization header.',
      'Failed to read one or more objects.',
      'The request sent to the server was invalid.',
      'User does not have permissions to join to Microsoft Entra ID.',
    ],
    ['sign-out-in', 'unjoin-rejoin', 'allow-users-to-join'],
  ),
  fix('0x801C03EE', 'Attestation failed.', SIGN_OUT_IN),
  fix('0x801C03EF', 'The AIK certificate is no longer valid.', SIGN_OUT_IN),
  fix('0x801C03F2', 'Windows Hello key registration failed.', ['duplicate-proxy-addresses']),
  fix('0x801C044D', 'Authorization token does not contain device ID.', REJOIN, {
    meaning: 'Unable to obtain user token.',
    steps: ['sign-out-in', 'check-network-and-credentials'],
  }),
  fix('0x801C044E', 'Failed to receive user credentials input.', SIGN_OUT_IN),
  fix('0xC00000BB', 'Your PIN or this option is temporarily unavailable.', ['kdc-certificate', 'other-sign-in-method']),

  // "Errors with unknown mitigation" table (21 codes): contact support
  support('0x80070057', 'Invalid parameter or argument is passed.'),
  support('0x80072F0C', 'Unknown'),
  support('0x80072F8F', "A mismatch happens between the system's clock and the activation server's clock when attempting to activate Windows."),
  support('0x80090010', 'NTE_PERM'),
  support('0x80090020', 'NTE_FAIL'),
  support('0x80090027', 'Caller provided a wrong parameter. If third-party code receives this error, they must change their code.'),
  support('0x8009002D', 'NTE_INTERNAL_ERROR'),
  support('0x801C0001', 'ADRS server response is not in a valid format.'),
  support('0x801C0002', 'Server failed to authenticate the user.'),
  support('0x801C0006', 'Unhandled exception from server.'),
  support('0x801C000B', 'Redirection is needed and redirected location is not a well known server.'),
  support('0x801C000C', 'Discovery failed.'),
  support('0x801C0013', 'Tenant ID is not found in the token.'),
  support('0x801C0014', 'User SID is not found in the token.'),
  support('0x801C0019', 'The federation provider client configuration is empty'),
  support('0x801C001A', 'The DRS endpoint in the federation provider client configuration is empty.'),
  support('0x801C001B', 'The device certificate is not found.'),
  support('0x801C03F0', 'There is no key registered for the user.'),
  support('0x801C03F1', 'There is no UPN in the token.'),
  support('0x801C044C', 'There is no core window for the current thread.'),
  support(
    '0x801C004D',
    'DSREG_NO_DEFAULT_ACCOUNT: NGC provisioning is unable to find the default WAM account to use to request Microsoft Entra token for provisioning. Unable to enroll a device to use a PIN for login.',
  ),

  // Hybrid join troubleshooting page, TPM errors
  {
    code: '0x80090016',
    meanings: ['NTE_BAD_KEYSET: The Trusted Platform Module (TPM) operation failed or was invalid.'],
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

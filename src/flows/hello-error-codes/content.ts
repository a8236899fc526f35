/** The words of hello-error-codes: one entry per state of its machine. */
import type { AnyFinding } from '../../evidence/types';
import { HELLO_ERROR_CODES, helloErrorCode } from '../../evidence/hello-error-codes';
import { findingOf } from '../shared/findings';
import type { ActionStep, Answer, FlowContent } from '../shared/types';
import type { HelloErrorCodesContext as C } from './machine';
import { readTypedCode } from './code';
import { KDC_CODE, STEP_STATE, type WalkStep } from './plan';

const PIN_PAGE = 'https://learn.microsoft.com/troubleshoot/windows-client/user-profiles-and-logon/windows-hello-errors-during-pin-creation-in-windows-10';
const HYBRID_PAGE = 'https://learn.microsoft.com/entra/identity/devices/troubleshoot-hybrid-join-windows-current';

const UDR_LOG = 'Microsoft-Windows-User Device Registration/Admin';
const UDR_COMMAND = `Get-WinEvent -LogName '${UDR_LOG}' -MaxEvents 50 | Format-List TimeCreated, Id, LevelDisplayName, Message`;
const FPURL = 'http://clientconfig.microsoftonline-p.net/FPURL.xml';
/** What each FPURL.xml code asks to check. */
const FPURL_CHECK: Record<string, string> = {
  '0x801C0016': 'that the file is not empty',
  '0x801C0017': 'that the FPDOMAINNAME element is not empty',
  '0x801C0018': 'that the CLIENTCONFIG element holds a valid URL',
};

/** The source's cause text(s) for the case's code, in one line. */
function cause(c: C): string {
  const e = c.code ? helloErrorCode(c.code) : undefined;
  return e ? [...e.meanings, ...(e.uncodedRow ? [e.uncodedRow.meaning] : [])].join(' Or: ') : '';
}

/** Where the walk stands, shown above each step's own words. */
function position(c: C): string {
  const total = c.plan.length;
  const head = c.code
    ? helloErrorCode(c.code)
      ? `Code ${c.code}: ${cause(c)}`
      : `Code ${c.code} is not in Microsoft's list, so this is the general advice.`
    : 'No code: this is the general advice every Windows Hello setup error starts with.';
  return total > 1 ? `${head}\n\nStep ${c.at + 1} of ${total}.` : head;
}

const RESULT: Answer[] = [
  { event: 'FIXED', label: 'That fixed it: the PIN was created' },
  { event: 'NOT_FIXED', label: 'It still fails', hint: 'Go on to the next step, or to support when none is left' },
];

/** An action step of the walk: the case's position, then this step's own words. */
function walkStep(id: WalkStep, title: string, body: string, steps: ActionStep<C>['steps'], detail?: string): ActionStep<C> {
  const codes = HELLO_ERROR_CODES.filter((e) => e.steps.includes(id) || e.uncodedRow?.steps.includes(id)).map((e) => `${e.code} (${e.meanings[0]})`);
  const listed = codes.length ? `Microsoft documents this step for: ${codes.join('; ')}.` : '';
  const more = [detail, listed].filter(Boolean).join('\n\n');
  const step: ActionStep<C> = { kind: 'action', title, body: (c) => `${position(c)}\n\n${body}`, steps, answers: RESULT };
  if (more) step.detail = more;
  return step;
}

/** The codes Microsoft lists with no fix of their own. */
const SUPPORT_CODES = HELLO_ERROR_CODES.filter((e) => e.category === 'escalate').map((e) => `${e.code} (${e.meanings[0]})`).join('; ');

/** What support needs, whatever the code. */
const collect = (c: C): string[] => [
  c.code ? `The error code: ${c.code}${cause(c) ? ` (${cause(c)})` : ''}` : 'The exact words of the error screen (no code was shown)',
  'The date and time the error appeared, and the time zone',
  'The output of dsregcmd /status, run in a command prompt as the user who saw the error',
  `The User Device Registration events from around that time: Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin, or: ${UDR_COMMAND}`,
];

/** The code the pasted text shows: the first one the code table lists, else the first one found. */
function readCode(findings: AnyFinding[]) {
  const f = findingOf(findings, 'error-code');
  if (!f || f.facts.codes.length === 0) return undefined;
  const pick = f.facts.codes.find((x) => helloErrorCode(x.code)) ?? f.facts.codes[0]!;
  const others = f.facts.codes.length > 1 ? ` (${f.facts.codes.length} codes in the paste; this is the first one Microsoft's list has)` : '';
  const printed = pick.printed.toLowerCase() === pick.code.toLowerCase() ? '' : `, printed as ${pick.printed}`;
  return { event: { type: 'CODE_ENTERED', values: { code: pick.code } }, because: `The paste shows ${pick.code}${printed}${others}.` };
}

/** A step's title, for the hand-over (read when an outcome is shown, after `content` exists). */
function stepTitle(s: WalkStep): string {
  const t = content.steps[STEP_STATE[s]]?.title;
  return typeof t === 'string' ? t : s;
}

export const content: FlowContent<C, typeof import('./machine').machine> = {
  references: [
    { title: 'Windows Hello errors during PIN creation (general advice, and the two code tables)', source: PIN_PAGE },
    { title: 'Troubleshoot Microsoft Entra hybrid joined devices (TPM errors: 0x80090016)', source: HYBRID_PAGE },
  ],
  describe: (e) => (e.type === 'CODE_ENTERED' ? `Code ${readTypedCode((e as { values?: { code?: string } }).values?.code) ?? 'not readable'}` : undefined),
  steps: {
    code: {
      kind: 'evidence',
      title: 'What code do you see?',
      needs: 'the error code, or the text of the error screen',
      body: 'When Windows Hello setup fails (for example at "Create a PIN"), Windows shows a code such as 0x801C03ED. Type it in any form, or paste the screen text or a log and the app picks the code out.',
      howTo: [
        { text: 'The code is under the error message on the setup screen, or in the User Device Registration events (Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin).' },
      ],
      fields: [
        {
          name: 'code',
          label: 'Error code',
          type: 'text',
          required: true,
          placeholder: '0x801C03ED',
          help: '0x801C03ED, 801c03ed or -2145647635 all work.',
          validate: (raw) => (readTypedCode(raw) ? undefined : 'That is not an error code. Type eight hex digits (0x801C03ED or 801C03ED) or the negative number (-2145647635), or paste the whole screen in the evidence box.'),
        },
      ],
      submit: { event: 'CODE_ENTERED', label: 'Look up the code' },
      answers: [{ event: 'NO_CODE', label: "I can't see a code", hint: 'Walk the general advice' }],
      read: readCode,
      sample: "Something went wrong\nWe weren't able to set up your PIN. Try again later.\nError code: 0x801c03ed",
    },
    generalCause: {
      kind: 'action',
      title: (c) => `What ${c.code ?? 'the code'} means`,
      body: (c) => `${cause(c)}\n\nMicrosoft's fix for this code starts with the general advice (sign out and in, restart, or join again). The next screens walk it one step at a time.`,
      steps: [{ text: 'Note the code and the time it appeared: if the fix does not work, support will ask for them.' }],
      answers: [{ event: 'CONTINUE', label: 'Show the fix' }],
    },
    unlistedCode: {
      kind: 'action',
      title: (c) => (c.code ? `${c.code} is not in Microsoft's list` : 'No code: start with the general advice'),
      body: (c) =>
        c.code
          ? "Microsoft's page of Windows Hello setup errors doesn't list this code. A code that isn't listed usually means a service Windows Hello relies on (device registration, sign-in, the TPM, the network) failed for a moment. The general advice clears most of these, so walk it first; if it still fails, the last step hands the case to support."
          : 'Without a code, start with the general advice: it clears most Windows Hello setup errors, many of which are passing failures of a service Windows Hello relies on. If it still fails after the last step, the case goes to support.',
      steps: [{ text: (c) => (c.code ? 'Check the code is copied exactly (eight hex digits after 0x). A mistyped digit gives a different code.' : 'If the code appears later, start a new case with it: it may have a fix of its own.') }],
      answers: [{ event: 'CONTINUE', label: 'Walk the general advice' }],
    },
    keyCause: {
      kind: 'action',
      title: (c) => `What ${c.code ?? 'the code'} means`,
      body: (c) => `${cause(c)}\n\nThis code comes from the part of Windows that creates and keeps the Windows Hello keys (the key storage provider, and the TPM where there is one). Microsoft documents a fix for it: the next screen walks it.`,
      steps: [{ text: 'Note the code and the time it appeared: if the fix does not work, support will ask for them.' }],
      answers: [{ event: 'CONTINUE', label: 'Show the fix' }],
    },
    serviceCause: {
      kind: 'action',
      title: (c) => `What ${c.code ?? 'the code'} means`,
      body: (c) => `${cause(c)}\n\nThis code comes from device registration: the service that registers the device and the user's Windows Hello key, its configuration, or the user's account in the directory. Microsoft documents a fix for it: the next screen walks it.`,
      steps: [{ text: 'Note the code and the time it appeared: if the fix does not work, support will ask for them.' }],
      answers: [{ event: 'CONTINUE', label: 'Show the fix' }],
    },
    tryAgain: walkStep(
      'try-again',
      'Try to create the PIN again',
      'Some failures are passing and clear up on their own.',
      [{ text: 'Start Windows Hello setup again (Settings > Accounts > Sign-in options > PIN (Windows Hello) > Set up), or wait for the setup screen after the next sign-in.' }],
      `The general advice comes first for every code. Microsoft lists these codes with no fix of their own, so they go to support: ${SUPPORT_CODES}.`,
    ),
    signOutIn: walkStep('sign-out-in', 'Sign out, sign back in, and try again', 'Signing in again gets the user fresh sign-in tokens, which many of these errors need.', [
      { text: 'Sign out of Windows (Start > the user\'s picture > Sign out). Don\'t just lock the screen.' },
      { text: 'Sign back in with the password, then set up the PIN again.' },
    ]),
    reboot: walkStep('reboot', 'Restart the device and try again', 'A restart clears a device-side state that signing out does not.', [
      { text: 'Restart the device (Start > Power > Restart), sign in, and set up the PIN again.' },
    ]),
    unjoinRejoin: walkStep(
      'unjoin-rejoin',
      'Disconnect the device from Microsoft Entra ID, join it again, and try again',
      'This gives the device a fresh registration and fresh keys. Make sure you have a local administrator account (or another way in) and the user\'s Entra credentials before you start: after disconnecting, work accounts can no longer sign in until the device is joined again.',
      [
        { text: 'Go to Settings > System > About > Disconnect from organization, confirm, and restart.' },
        { text: 'Sign in with a local administrator account, then join again: Settings > Accounts > Access work or school > Connect > Join this device to Microsoft Entra ID.' },
        { text: 'Restart, sign in as the user, and set up the PIN again. Check the join with:', code: { language: 'cmd', code: 'dsregcmd /status' } },
      ],
      'Devices joined by your organisation\'s deployment (Autopilot, or hybrid join through Active Directory) may need that process to join them again: ask whoever manages the devices before you disconnect one.',
    ),
    prepareTpm: walkStep('prepare-tpm', 'Prepare the TPM', 'The TPM (the security chip that holds the Windows Hello keys) is not set up yet.', [
      { text: 'Sign in with an administrator account.' },
      { text: 'Select Start, type tpm.msc and open "tpm.msc Microsoft Common Console Document".', code: { language: 'cmd', code: 'tpm.msc' } },
      { text: 'In the Actions pane select "Prepare the TPM" and follow the prompts (a restart may be asked for). Then set up the PIN again.' },
    ]),
    resetTpm: walkStep(
      'reset-tpm',
      'Reset (clear) the TPM',
      'The restart did not help, so the source says to reset the TPM. Clearing it deletes every key it holds: BitLocker, Windows Hello and any other key in the TPM.',
      [
        { text: 'Before you start: make sure the BitLocker recovery key is backed up (or suspend BitLocker), and that the user can sign in with a password.' },
        { text: 'Reset the TPM from tpm.msc (Actions > Clear TPM), or run this in PowerShell as an administrator, then restart:', code: { language: 'powershell', code: 'Clear-TPM' } },
        { text: 'Sign in and set up the PIN again. On an Entra joined device the device key lived in the TPM too: if device sign-in fails afterwards, disconnect and join again.' },
      ],
    ),
    policyWithoutTpm: walkStep(
      'policy-without-tpm',
      'Stop the policy from requiring a TPM',
      'The Windows Hello for Business policy asks for a hardware security device (a TPM) and this device has none.',
      [
        { text: 'In the policy that turns on Windows Hello for Business, set "Use a hardware security device" (Group Policy) or RequireSecurityDevice (Intune / the PassportForWork CSP) so that a TPM is not required, or move the device out of that policy.' },
        { text: 'Let the policy reach the device (Group Policy: gpupdate /force and sign out; Intune: sync), then set up the PIN again.' },
      ],
      'The alternative is to give the device a TPM (enable it in the firmware, if it has one) and leave the policy as it is.',
    ),
    tpmKeysetGone: walkStep(
      'tpm-cleared-or-joined-image',
      'The device key is missing from the TPM',
      'NTE_BAD_KEYSET: the key the device registered with can no longer be used. The hybrid join troubleshooting page ties it to a cleared TPM, or to a Windows image captured from a machine that was already joined.',
      [
        { text: 'Ask whether the TPM was cleared recently, or whether the device was installed from an image. Images must be captured from a machine that was never joined or registered to Microsoft Entra ID.' },
        { text: 'Join the device again so it creates a new key in its own TPM (hybrid joined: dsregcmd /leave as an administrator, restart, and let the join run again; Entra joined: Settings > System > About > Disconnect from organization, then join).', code: { language: 'cmd', code: 'dsregcmd /leave' } },
        { text: 'Restart, sign in, and set up the PIN again.' },
      ],
    ),
    closePrograms: walkStep('close-programs', 'Close programs and try again', 'The device ran out of memory while creating the key.', [
      { text: 'Close the programs using the most memory (Task Manager > Processes, sort by Memory), then set up the PIN again.' },
    ]),
    userTriesAgain: walkStep('user-tries-again', 'Set up the PIN again and finish every screen', 'The user cancelled one of the setup windows, so setup stopped.', [
      { text: 'Start setup again and complete every prompt, including the multifactor sign-in, without closing a window.' },
    ]),
    enrollPermission: walkStep('check-enroll-permission', 'Check the user may set up Windows Hello', 'The service says this user is not allowed to enrol.', [
      { text: 'Check the user is in the groups your Windows Hello for Business policy and device registration settings allow, and that their account is enabled.' },
    ]),
    deviceQuota: walkStep('device-quota', 'Make room under the device limit', 'The user has reached the maximum number of devices they may join or register.', [
      { text: "In the Microsoft Entra admin center, under the user's devices, remove a device they no longer use." },
      { text: 'Or raise "Maximum number of devices per user" in Entra ID > Devices > Device settings. Then set up the PIN again.' },
    ]),
    joinAdDomain: walkStep('join-ad-domain', 'Join the device to the Active Directory domain', 'The policy the device has expects a device joined to an Active Directory domain.', [
      { text: 'Join the device to the domain (Settings > Accounts > Access work or school > Connect > Join this device to a local Active Directory domain), or move it out of a policy meant for domain joined devices. Then set up the PIN again.' },
    ]),
    fpurl: {
      ...walkStep('fpurl-file-not-empty', 'Check the federation provider file (FPURL.xml)', 'The federation provider configuration the device downloads is incomplete.', [
        { text: (c) => `From the device, open ${FPURL} and check ${FPURL_CHECK[c.code ?? ''] ?? 'that the file is not empty, that the FPDOMAINNAME element is not empty, and that the CLIENTCONFIG element holds a valid URL'}.` },
      ]),
      detail: `Microsoft documents this check for: ${HELLO_ERROR_CODES.filter((e) => e.steps.some((x) => x.startsWith('fpurl'))).map((e) => `${e.code} (${e.meanings[0]})`).join('; ')}.`,
    },
    tokenAndKeyPermission: walkStep('check-token-and-key-permission', 'Check the token and the right to register keys', 'The service could not authorise the user or the device.', [
      { text: 'Sign out and in so the user gets a new token, and check in dsregcmd /status that AzureAdPrt is YES.', code: { language: 'cmd', code: 'dsregcmd /status' } },
      { text: 'Check the user is allowed to register Windows Hello for Business keys (the policy and groups that enable Windows Hello for Business for them).' },
    ]),
    allowUsersToJoin: walkStep('allow-users-to-join', 'Allow the user to join devices to Microsoft Entra ID', 'The user may not be allowed to join devices, or multifactor sign-in was not done for the key.', [
      { text: 'In the Microsoft Entra admin center go to Entra ID > Devices > Device settings and check that "Users may join devices to Microsoft Entra ID" includes this user (All, or a group they are in).' },
      { text: 'Make sure the user can complete multifactor authentication, then sign out, sign in and set up the PIN again.' },
    ]),
    duplicateProxyAddresses: walkStep(
      'duplicate-proxy-addresses',
      'Fix the duplicate proxyAddresses value',
      'Key registration failed because another object already has the same proxyAddresses value (a directory sync conflict).',
      [
        { text: 'Look for a sync error on this user in Microsoft Entra Connect Health or the sync errors report, and fix the duplicate attribute on the object that should not have it, on-premises.' },
        { text: 'If there is no sync conflict, check that the user\'s Mail (email address) in Microsoft Entra ID matches the primary SMTP address in proxyAddresses.' },
        { text: 'After the next sync, sign out, sign in and set up the PIN again.' },
      ],
    ),
    networkAndCredentials: walkStep('check-network-and-credentials', 'Check the network and the user\'s credentials', 'The device could not get a token for the user.', [
      { text: 'Check the device reaches the internet (and any proxy lets it reach the Microsoft sign-in addresses), and that the user\'s password is current and the account is not locked.' },
    ]),
    outResolved: { kind: 'outcome', result: 'resolved', title: 'Windows Hello is set up', body: 'The PIN was created. If the same code comes back on other devices, note which step fixed it here.' },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to support',
      body: (c) =>
        c.code && helloErrorCode(c.code)
          ? `Every documented step for ${c.code} has been tried and setup still fails. Support (or Microsoft Support) needs the evidence below.`
          : 'The general advice did not clear the error. Errors Microsoft does not list need a closer look at the device\'s registration events: hand the case to support with the evidence below.',
      handOver: [0, 1, 2, 3].map((i) => (c: C) => collect(c)[i]!).concat((c: C) => `Steps already tried: ${c.plan.slice(0, c.at + 1).map(stepTitle).join('; ') || 'none'}`),
    },
    outSupport: {
      kind: 'outcome',
      result: 'escalate',
      title: (c) => `Hand ${c.code ?? 'this code'} to support`,
      body: (c) => `${c.code}: ${cause(c)}\n\nMicrosoft lists this code with no fix of its own: the answer is to contact support (your own team, then Microsoft Support) with the evidence below. If the user hasn't yet tried again, signed out and in, and restarted, those are worth a minute first.`,
      handOver: [0, 1, 2, 3].map((i) => (c: C) => collect(c)[i]!),
    },
    outKdcCertificate: {
      kind: 'outcome',
      result: 'not-this',
      related: 'non-microsoft-ca-kdc-cert',
      title: 'Check the domain controllers\' certificates',
      verdict: 'Another flow covers this code: open it below.',
      body: `${KDC_CODE} ("Your PIN or this option is temporarily unavailable") means the domain controller that answered can't support this sign-in: most often its KDC service has no suitable certificate. Until that is fixed the user can sign in another way (a password). The domain controller certificate flow below checks the certificate. If the domain controllers' certificates are fine but the issuing CA is missing from the forest's NTAuth store, the NTAuth flow below covers that.`,
      also: [{ flow: 'ntauth-ca-missing', when: 'the domain controllers\' certificates are fine, or the message reads "Your credentials could not be verified"' }],
    },
  },
};

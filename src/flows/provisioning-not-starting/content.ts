/** The words of provisioning-not-starting: one entry per state of its machine. */
import type { AnyFinding } from '../../evidence/types';
import type { EvidenceStep, FlowContent, Reading } from '../shared/types';
import type { ProvisioningNotStartingContext as C } from './machine';
import { BLOCKER_LINES, explain, firstBlocker, fromAdminPrompt, PRT_STALE_HOURS, statusOf, type Blocker, type Status } from './rules';
import { SAMPLE_POLICY_OFF } from './samples';

const DSREGCMD = 'dsregcmd /status';
const SOURCE = 'https://learn.microsoft.com/entra/identity/devices/troubleshoot-device-dsregcmd';
const GPO = 'Computer Configuration > Administrative Templates > Windows Components > Windows Hello for Business';
const SIGN_IN_AGAIN = 'Have the user sign out completely and sign in again at the device itself (not over Remote Desktop), so Windows checks the prerequisites again.';

const read: EvidenceStep<C>['read'] = (findings: AnyFinding[]): Reading | undefined => {
  const s = statusOf(findings);
  if (!s) return undefined;
  const event = { type: 'EVIDENCE_READ', values: s };
  return { event, because: explain(s) };
};

const runAsUser = {
  text: 'Sign in to the device as the affected user, open a command prompt WITHOUT "Run as administrator", run this and paste everything it prints:',
  code: { language: 'cmd' as const, code: DSREGCMD },
};

/** What the paste said, for the hand-over lists. */
const pasted = (c: C) =>
  c.status ? `What the dsregcmd /status paste showed first: ${BLOCKER_LINES[firstBlocker(c.status)]}` : 'The line of dsregcmd /status the person reported (see the answers in this report)';

const HAND_OVER = [
  'The whole dsregcmd /status output, run as the affected user from a command prompt that is not elevated',
  pasted,
  'The User Device Registration events (Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin), especially 358, 360 and 362, from the time of the sign-in',
  'The date and time of the sign-in, and the Windows version and build of the device (winver)',
];

const OVERRIDE = '\n\nIf the output says something else, go Back and choose "I can\'t paste it, or I\'m not sure" to pick the line yourself.';

const adminWarning = (c: C) =>
  fromAdminPrompt(c.status as Status | null)
    ? `\n\nThe paste came from an administrator or SYSTEM prompt (User Context ${c.status?.userContext}). The device lines are right, but the user lines describe that account, not the affected user.`
    : '';

/** What each first reason means (dsregcmd troubleshooting article), in plain words. */
const MEANING: Readonly<Record<Blocker, string>> = {
  'not-joined': 'Windows Hello for Business setup starts only on a device that is Microsoft Entra joined (AzureAdJoined YES, DomainJoined NO) or Microsoft Entra hybrid joined (AzureAdJoined YES, DomainJoined YES). A device that is only domain joined (AzureAdJoined NO, DomainJoined YES) has not finished its hybrid join.',
  'on-prem-drs': 'EnterpriseJoined YES with DomainJoined YES means the device is joined to an on-premises device registration service, not to Microsoft Entra ID. A device cannot be both EnterpriseJoined and AzureAdJoined.',
  'device-disabled': 'DeviceAuthStatus checks the device\'s health in Microsoft Entra ID. "FAILED. Device is either disabled or deleted" means the device object was disabled or deleted, so the device cannot authenticate.',
  'device-auth-error': 'DeviceAuthStatus "FAILED. ERROR" means the health test could not run at all. It needs a network connection to Microsoft Entra ID in the SYSTEM context.',
  'no-prt': 'AzureAdPrt NO: the signed-in user has no primary refresh token (PRT) from Microsoft Entra ID on this device. Setup needs it.',
  'prt-stale': `AzureAdPrtUpdateTime is when the primary refresh token was last renewed. Windows renews it about every ${PRT_STALE_HOURS} hours while the device is used, so an older one has stopped renewing.`,
  'user-not-entra': 'IsUserAzureAD NO: the signed-in user was not found in Microsoft Entra ID.',
  policy: 'PolicyEnabled NO: no policy enables Windows Hello for Business on this device.',
  'post-logon': 'PostLogonEnabled NO: Windows does not start setup by itself after sign-in; a custom mechanism is expected to start it.',
  hardware: 'DeviceEligible NO: the device does not meet the hardware requirement for Windows Hello for Business.',
  remote: 'SessionIsNotRemote NO: the user is signed in remotely, not directly at the device.',
  'cert-trust': 'AdfsRefreshToken, AdfsRaIsReady and LogonCertTemplateReady are certificate trust lines, shown only when CertEnrollment says "enrollment authority". One of them says NO.',
  'cloud-tgt': 'OnPremTGT (CloudTGT before Windows 11 23H2) is the cloud Kerberos trust line, shown when CertEnrollment says none. NO: the device has no cloud Kerberos ticket for on-premises resources.',
  'will-not-provision': 'PreReqResult WillNotProvision with no line above it saying NO.',
  'will-provision': 'PreReqResult WillProvision: setup starts at the next sign-in.',
  provisioned: 'NgcSet YES: Windows Hello is already set up for this user.',
  'no-check': 'No Ngc Prerequisite Check section to read.',
};

export const content: FlowContent<C, typeof import('./machine').machine> = {
  steps: {
    // ---------------------------------------------------------------- read the paste
    start: {
      kind: 'question',
      title: 'Windows Hello setup never starts: can you get dsregcmd /status?',
      body: 'After a user signs in, Windows checks a list of prerequisites before it offers to set up Windows Hello for Business. If one fails, the "Set up a PIN" screen never appears and nothing tells the user why. The command dsregcmd /status prints those checks; this flow reads its output and names the first one that fails.',
      howTo: [runAsUser],
      answers: [
        { event: 'PASTE', label: 'Yes, I can paste the output', hint: 'Best: the app reads every line' },
        { event: 'TYPED', label: 'I can read it, but not paste it', hint: 'Say which line is wrong' },
        { event: 'NOT_SURE', label: "I'm not sure / I can't run it", hint: 'Watch a sign-in instead' },
      ],
      // dsregcmd output pasted on the home page goes straight to the step that reads it.
      read: (findings) => (statusOf(findings) ? { event: { type: 'PASTE' }, because: 'dsregcmd /status output was pasted.' } : undefined),
    },
    status: {
      kind: 'evidence',
      title: 'Why does Windows Hello setup not start? Paste dsregcmd /status',
      needs: 'dsregcmd /status output, run as the affected user',
      body:
        'After a user signs in, Windows checks a list of prerequisites before it offers to set up Windows Hello for Business. If any of them fails, the "Set up a PIN" screen never appears and nothing tells the user why.\n\ndsregcmd /status prints those checks. The app reads the whole output and names the first thing that stops setup: the join state, the device\'s health in Microsoft Entra ID, the user\'s primary refresh token, then each line of the Ngc Prerequisite Check.',
      howTo: [
        runAsUser,
        { text: 'Run it as the user: an administrator prompt shows the administrator\'s own user state and sign-in tokens, not the affected user\'s.' },
      ],
      detail:
        'Lines that an older Windows build does not print count as "not shown", never as NO. DeviceAuthStatus appeared in Windows 10 21H1; OnPremTGT was called CloudTGT before Windows 11 23H2. After a successful setup the Ngc Prerequisite Check section may not be printed at all.',
      submit: { event: 'EVIDENCE_READ', label: 'Use what the output says' },
      answers: [{ event: 'TYPED', label: "I can't paste it, or I'm not sure", hint: 'Say which line is wrong, or watch a sign-in' }],
      read,
      sample: SAMPLE_POLICY_OFF,
    },
    adminPrompt: {
      kind: 'question',
      title: 'This output came from an administrator prompt',
      body: (c) =>
        `The Diagnostic Data section says User Context ${c.status?.userContext ?? 'SYSTEM or ELEVATED User'}: dsregcmd ran elevated. The device lines (join state, DeviceAuthStatus) are right for the device, but the user lines (AzureAdPrt, NgcSet, IsUserAzureAD and the other prerequisites) describe the account that ran the prompt, not the user whose setup does not start.\n\nThe first line that says NO here is: ${BLOCKER_LINES[firstBlocker(c.status)]}. That may not be true for the affected user.`,
      howTo: [runAsUser],
      answers: [
        { event: 'RERUN', label: 'Paste the output from the user\'s own prompt instead', hint: 'Best: the checks are then the user\'s' },
        { event: 'CONTINUE', label: 'Continue with this output', hint: 'For example, the administrator is the affected user' },
      ],
    },
    noCheck: {
      kind: 'question',
      title: 'The output has no prerequisite check to read',
      body: (c) =>
        `The paste shows no Ngc Prerequisite Check section and no other line that stops setup. Older Windows builds print fewer lines (they are "not shown", not NO), and the section is also left out once a user has set up Windows Hello.${adminWarning(c)}\n\nYou can read the lines on the device yourself, or watch a sign-in.`,
      answers: [
        { event: 'TYPED', label: 'I can see a line that says NO', hint: 'Choose it on the next screen' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Watch a sign-in instead' },
      ],
    },
    deviceReason: {
      kind: 'question',
      title: (c) => `First reason: ${BLOCKER_LINES[firstBlocker(c.status)]}`,
      body: (c) => `${MEANING[firstBlocker(c.status)]}\n\nThe device and its sign-in token come before the prerequisite lines: until this is right, the lines below it cannot pass either.${adminWarning(c)}${OVERRIDE}`,
      answers: [{ event: 'CONTINUE', label: 'Show the fix' }],
    },
    checkReason: {
      kind: 'question',
      title: (c) => `First reason: ${BLOCKER_LINES[firstBlocker(c.status)]}`,
      body: (c) => `${MEANING[firstBlocker(c.status)]}\n\nThe device is joined, healthy in Microsoft Entra ID and the user has a current primary refresh token; this is the first line of the Ngc Prerequisite Check that says NO.${adminWarning(c)}${OVERRIDE}`,
      answers: [{ event: 'CONTINUE', label: 'Show the fix' }],
    },
    resultReason: {
      kind: 'question',
      title: (c) => `The output says: ${BLOCKER_LINES[firstBlocker(c.status)]}`,
      body: (c) => `${MEANING[firstBlocker(c.status)]}\n\nThe device, its sign-in token and the general prerequisite lines pass (or are not shown on this build).${adminWarning(c)}${OVERRIDE}`,
      answers: [{ event: 'CONTINUE', label: 'Show what to do' }],
    },
    whichSection: {
      kind: 'question',
      title: 'Where is the first line that is wrong?',
      body: 'Read the dsregcmd /status output from the top (run it as the user, without "Run as administrator"). The device and sign-in lines come first: until they are right, the prerequisite lines cannot pass.',
      howTo: [runAsUser],
      answers: [
        { event: 'DEVICE_LINES', label: 'Device State, Device Details or SSO State', hint: 'AzureAdJoined, DeviceAuthStatus, AzureAdPrt…' },
        { event: 'CHECK_LINES', label: 'Ngc Prerequisite Check: a general line says NO', hint: 'IsUserAzureAD, PolicyEnabled, DeviceEligible…' },
        { event: 'RESULT_LINES', label: 'Ngc Prerequisite Check: a trust line, or only PreReqResult', hint: 'AdfsRefreshToken, OnPremTGT, PreReqResult…' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Watch a sign-in instead' },
      ],
    },
    resultTyped: {
      kind: 'question',
      title: 'What do the trust lines and PreReqResult say?',
      body: 'Choose the first that fits, from the top of the Ngc Prerequisite Check section. A line your build does not print is not a NO.',
      answers: [
        { event: 'CERT_TRUST_NO', label: 'AdfsRefreshToken, AdfsRaIsReady or LogonCertTemplateReady NO', hint: 'Certificate trust deployments' },
        { event: 'TGT_NO', label: 'OnPremTGT NO (CloudTGT NO before Windows 11 23H2)', hint: 'Cloud Kerberos trust deployments' },
        { event: 'WILL_NOT_PROVISION', label: 'Only PreReqResult says WillNotProvision', hint: 'No line above it says NO' },
        { event: 'WILL_PROVISION', label: 'PreReqResult says WillProvision' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Watch a sign-in instead' },
      ],
    },
    deviceTyped: {
      kind: 'question',
      title: 'Which device or sign-in line is wrong?',
      body: 'Choose the first one, from the top of the output.',
      answers: [
        { event: 'NOT_JOINED', label: 'AzureAdJoined NO (or IsDeviceJoined NO)' },
        { event: 'ON_PREM_DRS', label: 'EnterpriseJoined YES', hint: 'On-premises DRS joined' },
        { event: 'DEVICE_DISABLED', label: 'DeviceAuthStatus: FAILED. Device is either disabled or deleted' },
        { event: 'DEVICE_AUTH_ERROR', label: 'DeviceAuthStatus: FAILED. ERROR' },
        { event: 'NO_PRT', label: 'AzureAdPrt NO' },
        { event: 'PRT_OLD', label: `AzureAdPrtUpdateTime is more than ${PRT_STALE_HOURS} hours ago` },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Watch a sign-in instead' },
      ],
    },
    checkTyped: {
      kind: 'question',
      title: 'Which prerequisite line says NO?',
      body: 'Choose the first one in the Ngc Prerequisite Check section. A line your build does not print is not a NO.',
      answers: [
        { event: 'USER_NOT_ENTRA', label: 'IsUserAzureAD NO' },
        { event: 'POLICY_NO', label: 'PolicyEnabled NO' },
        { event: 'POST_LOGON_NO', label: 'PostLogonEnabled NO' },
        { event: 'NOT_ELIGIBLE', label: 'DeviceEligible NO' },
        { event: 'REMOTE', label: 'SessionIsNotRemote NO' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Watch a sign-in instead' },
      ],
    },

    // ---------------------------------------------------------------- fixes
    joinFix: {
      kind: 'action',
      title: 'Finish joining the device to Microsoft Entra ID',
      body: (c) =>
        `Windows Hello for Business starts only on a device that is Microsoft Entra joined (AzureAdJoined YES, DomainJoined NO) or Microsoft Entra hybrid joined (AzureAdJoined YES, DomainJoined YES). ${
          c.status?.join === 'domain'
            ? 'This device is only domain joined (AzureAdJoined NO, DomainJoined YES): its hybrid join has not finished.'
            : c.status?.join === 'none'
              ? 'This device is not joined at all (all three lines say NO).'
              : 'IsDeviceJoined NO means the check did not find the device joined to Microsoft Entra ID.'
        }${adminWarning(c)}`,
      steps: [
        { text: 'A device that should be Microsoft Entra joined: join it from Settings > Accounts > Access work or school > Connect > "Join this device to Microsoft Entra ID", signing in with a work account.' },
        {
          text: 'A domain-joined device that should be hybrid joined: run dsregcmd /status from an elevated prompt and read the Diagnostic Data section (User Context SYSTEM is closest to the real join). The failing test, Error Phase (pre-check, discover, auth or join) and Client ErrorCode say where the join stops; the hybrid join troubleshooting article explains each one.',
          code: { language: 'cmd', code: DSREGCMD },
        },
        { text: 'Check that Microsoft Entra Connect syncs the computer object (its OU is in the sync scope) and that the service connection point (AD Configuration Test) is set for the forest. A sync-joined device can only finish after the next Entra Connect sync.' },
        { text: 'Restart the device and have the user sign in, then run dsregcmd /status again as the user: AzureAdJoined must say YES.' },
      ],
      answers: [{ event: 'DONE', label: 'The device is joined now' }],
    },
    deviceDisabledFix: {
      kind: 'action',
      title: 'Enable or re-register the device in Microsoft Entra ID',
      body: 'DeviceAuthStatus "FAILED. Device is either disabled or deleted" means the device object in Microsoft Entra ID is disabled, or was deleted, so the device cannot authenticate and setup cannot start.',
      steps: [
        { text: 'In the Microsoft Entra admin center, open Devices > All devices and search for the device (the DeviceId line of dsregcmd /status). If it is there and disabled, enable it, then have the user sign out and in.' },
        { text: 'If it was deleted, the device must register again. Microsoft Entra joined: a local administrator disconnects it (Settings > Accounts > Access work or school > Disconnect) and joins it again.' },
        {
          text: 'Microsoft Entra hybrid joined: from an elevated prompt on the device, leave the join, then restart and sign in so the device joins again (it needs the next Microsoft Entra Connect sync of the computer object).',
          code: { language: 'cmd', code: 'dsregcmd /leave' },
        },
        { text: 'Run dsregcmd /status again as the user: DeviceAuthStatus must say SUCCESS.' },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    deviceAuthErrorFix: {
      kind: 'action',
      title: 'Let the device reach Microsoft Entra ID',
      body: 'DeviceAuthStatus "FAILED. ERROR" means the health test could not run. The test needs a network connection to Microsoft Entra ID in the SYSTEM context, the same one Windows uses to start setup.',
      steps: [
        { text: 'Check that the device is online and can reach login.microsoftonline.com and enterpriseregistration.windows.net.' },
        {
          text: 'The SYSTEM context uses the WinHTTP proxy, not the user\'s browser proxy. Read it (this only shows the setting) and make sure it lets these addresses through, or that they are reachable directly:',
          code: { language: 'cmd', code: 'netsh winhttp show proxy' },
        },
        { text: 'Run dsregcmd /status again: DeviceAuthStatus must say SUCCESS.' },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    prtFix: {
      kind: 'action',
      title: 'Get the user a primary refresh token',
      body: (c) =>
        `AzureAdPrt NO: the user has no primary refresh token (PRT) from Microsoft Entra ID on this device, and Windows Hello for Business setup needs one.${adminWarning(c)}`,
      steps: [
        { text: 'Make sure the user signs in to Windows with their work account (the one in Microsoft Entra ID), not a local account.' },
        { text: 'Look at the SSO State section: when AcquirePrtDiagnostics says PRESENT, the Attempt Status, Server Error Code and Server Error Description lines say why the last try failed (for example AADSTS50126 for a wrong password).' },
        { text: 'Check that the device can reach Microsoft Entra ID (login.microsoftonline.com), then have the user lock and unlock the device, or sign out and in, while online.' },
        { text: 'Run dsregcmd /status again as the user: AzureAdPrt must say YES.', code: { language: 'cmd', code: DSREGCMD } },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    prtStaleFix: {
      kind: 'action',
      title: 'Get the primary refresh token renewed',
      body: (c) =>
        `Windows renews the user's primary refresh token about every ${PRT_STALE_HOURS} hours while the device is in use. ${
          c.status?.prtAgeHours != null ? `This one was last updated ${c.status.prtAgeHours} hours before the output was taken (AzureAdPrtUpdateTime ${c.status.prtUpdated ?? 'as printed'}).` : 'An AzureAdPrtUpdateTime far in the past means it is not renewing.'
        } A token that stopped renewing usually means the device cannot reach Microsoft Entra ID or the renewal fails.${adminWarning(c)}`,
      steps: [
        { text: 'Look at the SSO State section: when RefreshPrtDiagnostics says PRESENT, the Attempt Status, Server Error Code and Server Error Description lines say why the last renewal failed.' },
        { text: 'Check that the device can reach login.microsoftonline.com, then have the user lock and unlock the device, or sign out and in, while online.' },
        { text: 'Run dsregcmd /status again as the user: AzureAdPrtUpdateTime must be recent.', code: { language: 'cmd', code: DSREGCMD } },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    userFix: {
      kind: 'action',
      title: 'Sign in with a Microsoft Entra user',
      body: (c) => `IsUserAzureAD NO: the signed-in user was not found in Microsoft Entra ID. Setup starts only for Microsoft Entra users.${adminWarning(c)}`,
      steps: [
        { text: 'Check who is signed in (whoami). A local account, or an account from another directory, cannot set up Windows Hello for Business.' },
        { text: 'For an on-premises user on a hybrid joined device: check that Microsoft Entra Connect syncs the user (their OU is in the sync scope) and that the account appears under Users in the Microsoft Entra admin center.' },
        { text: SIGN_IN_AGAIN },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    policyFix: {
      kind: 'action',
      title: 'Turn on the Windows Hello for Business policy',
      body: 'PolicyEnabled NO: no policy enables Windows Hello for Business on this device, so Windows never offers setup.',
      steps: [
        { text: 'Intune: assign a Windows Hello for Business policy to the device or the user (Devices > Enrollment > Windows Hello for Business, or an Identity protection / settings catalog profile) and check that it applied on the device.' },
        { text: `Group Policy: set "Use Windows Hello for Business" to Enabled (${GPO}, or the same path under User Configuration) in a GPO that applies to the device or the user.` },
        {
          text: 'On the device, refresh Group Policy and see whether the policy arrived (Group Policy writes it under this key):',
          code: { language: 'cmd', code: 'gpupdate /force\nreg query "HKLM\\SOFTWARE\\Policies\\Microsoft\\PassportForWork"' },
        },
        { text: SIGN_IN_AGAIN },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    postLogonFix: {
      kind: 'action',
      title: 'Let Windows start setup after sign-in',
      body: 'PostLogonEnabled NO: Windows does not start Windows Hello for Business setup by itself after sign-in; something else is expected to start it (a custom mechanism).',
      steps: [
        { text: `If that is on purpose, use your own way of starting setup. If not, set "Do not start Windows Hello provisioning after sign-in" to Not configured or Disabled (${GPO}), or remove the matching setting from your MDM policy.` },
        { text: 'Refresh the policy on the device (gpupdate /force for Group Policy, or sync the device in Settings > Accounts > Access work or school for MDM).', code: { language: 'cmd', code: 'gpupdate /force' } },
        { text: SIGN_IN_AGAIN },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    hardwareFix: {
      kind: 'action',
      title: 'Meet the hardware requirement',
      body: 'DeviceEligible NO: the device does not meet the hardware requirement for Windows Hello for Business. Most often the policy requires a hardware security device (a TPM) and the device has none that works.',
      steps: [
        { text: 'Check the TPM: run tpm.msc and look for "The TPM is ready for use", or run this in PowerShell (it only reads):', code: { language: 'powershell', code: 'Get-Tpm' } },
        { text: 'If the TPM is off or missing, turn it on in the device firmware (UEFI/BIOS) or update its firmware, with the hardware vendor\'s guidance.' },
        { text: `If your organisation allows software keys on such devices, review "Use a hardware security device" (${GPO}, or the MDM setting that requires a TPM).` },
        { text: SIGN_IN_AGAIN },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    remoteFix: {
      kind: 'action',
      title: 'Sign in at the device, not remotely',
      body: 'SessionIsNotRemote NO: the user is signed in over a remote session (for example Remote Desktop). Setup only starts when the user signs in at the device itself.',
      steps: [
        { text: 'Have the user sign out of the remote session and sign in at the device\'s own keyboard and screen.' },
        { text: 'Run dsregcmd /status again there as the user: SessionIsNotRemote must say YES.', code: { language: 'cmd', code: DSREGCMD } },
      ],
      answers: [{ event: 'DONE', label: 'Done' }],
    },
    retest: {
      kind: 'check',
      title: 'Does the "Set up a PIN" screen appear now?',
      body: 'Have the user sign out and sign in again at the device. If a line still says NO, run dsregcmd /status again as the user: a later line may be the next thing to fix.',
      answers: [
        { event: 'FIXED', label: 'Yes, setup started' },
        { event: 'NOT_FIXED', label: 'No, it still does not start' },
      ],
    },
    willProvision: {
      kind: 'check',
      title: 'Every prerequisite passes: sign in again',
      body: 'PreReqResult WillProvision: Windows will start Windows Hello for Business setup as a task the next time the user signs in. Have the user sign out and sign in at the device (not remotely).',
      answers: [
        { event: 'APPEARED', label: 'The "Set up a PIN" screen appeared' },
        { event: 'NOT_APPEARED', label: 'It did not appear' },
      ],
    },
    watchSignIn: {
      kind: 'check',
      title: 'Watch one sign-in',
      body: 'Without dsregcmd output, a sign-in still tells you a lot. Have the user sign out, then sign in at the device itself with their work account and wait on the desktop for a minute.',
      howTo: [{ text: 'If someone can run commands on the device later, the output of dsregcmd /status run as the user is what support will ask for first.', code: { language: 'cmd', code: DSREGCMD } }],
      answers: [
        { event: 'APPEARED', label: 'The "Set up a PIN" screen appeared' },
        { event: 'NOT_APPEARED', label: 'Nothing appeared' },
      ],
    },

    // ---------------------------------------------------------------- endings
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Setup starts now',
      body: 'Windows now offers Windows Hello for Business setup. If an error code appears during setup, the error codes flow explains it.',
      also: [{ flow: 'hello-error-codes', when: 'An error code appears while the user creates the PIN' }],
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to support',
      body: 'Setup still does not start after the checks this flow knows. Support needs what Windows recorded at the sign-in.',
      handOver: HAND_OVER,
    },
    outUnexplained: {
      kind: 'outcome',
      result: 'escalate',
      title: 'PreReqResult says WillNotProvision, but no line says why',
      body: 'Every line of the prerequisite check that the output shows passes (or is not shown on this build), yet Windows will not start setup. The User Device Registration log has the full list of checks Windows made.',
      handOver: HAND_OVER,
      also: [{ flow: 'hybrid-cert-trust-provisioning', when: 'Hybrid certificate trust: it reads events 358, 360 and 362 line by line' }],
    },
    outOnPremDrs: {
      kind: 'outcome',
      result: 'escalate',
      title: 'An on-premises DRS joined device',
      body: 'EnterpriseJoined YES: the device is joined to an on-premises device registration service (AD FS), not to Microsoft Entra ID. The checks in this flow are about Microsoft Entra joined and hybrid joined devices, so support has to take the on-premises deployment from here.',
      handOver: HAND_OVER,
    },
    outProvisioned: {
      kind: 'outcome',
      result: 'not-this',
      verdict: 'Setup already ran for this user.',
      related: 'hello-error-codes',
      title: 'Windows Hello is already set up',
      body: 'NgcSet YES: the user in that prompt already has a Windows Hello key, and dsregcmd leaves the prerequisite check out once setup has succeeded. If the output came from another account (an administrator prompt), run it again as the affected user. If the PIN exists but fails with an error code, open the error codes flow.',
    },
    outCertTrust: {
      kind: 'outcome',
      result: 'not-this',
      verdict: 'The hybrid certificate trust provisioning flow fits better.',
      related: 'hybrid-cert-trust-provisioning',
      title: 'A certificate trust prerequisite fails',
      body: 'AdfsRefreshToken, AdfsRaIsReady and LogonCertTemplateReady appear only when CertEnrollment says "enrollment authority" (certificate trust through AD FS). AdfsRefreshToken NO: the device has no enterprise PRT from AD FS for the user. AdfsRaIsReady NO: the AD FS discovery data does not say it supports Windows Hello for Business, or the logon certificate template is not available. LogonCertTemplateReady NO: the logon certificate template is not in a valid state.\n\nThe hybrid certificate trust provisioning flow walks these stages with the events Windows writes.',
      also: [{ flow: 'adfs2019-ugs-scope', when: 'AD FS on Windows Server 2019 and only AdfsRefreshToken says NO' }],
      carry: () => ({ answers: { whereStopped: 'NO_SCREEN' } }),
    },
    outCloudKerberos: {
      kind: 'outcome',
      result: 'not-this',
      verdict: 'The cloud Kerberos trust flow fits better.',
      related: 'cloud-kerberos-trust',
      title: 'Cloud Kerberos trust has no on-premises ticket',
      body: 'OnPremTGT (CloudTGT before Windows 11 23H2) appears when CertEnrollment says none and the deployment uses cloud Kerberos trust. NO means the device has no cloud Kerberos ticket for on-premises resources for the user, so setup waits. The usual causes are the Microsoft Entra Kerberos server object in Active Directory and the device\'s line of sight to a domain controller: the cloud Kerberos trust flow checks both.',
    },
  },
  references: [
    { title: 'Troubleshoot devices by using the dsregcmd command (Microsoft Entra ID)', source: SOURCE },
    { title: 'Troubleshoot Microsoft Entra hybrid joined devices', source: 'https://learn.microsoft.com/entra/identity/devices/troubleshoot-hybrid-join-windows-current' },
    { title: 'Primary Refresh Token (PRT) and Microsoft Entra ID', source: 'https://learn.microsoft.com/entra/identity/devices/concept-primary-refresh-token' },
  ],
  describe: (e) => {
    if (e.type !== 'EVIDENCE_READ') return undefined;
    const s = (e as { values?: Status }).values;
    return s ? `dsregcmd /status: ${BLOCKER_LINES[firstBlocker(s)]}` : undefined;
  },
};

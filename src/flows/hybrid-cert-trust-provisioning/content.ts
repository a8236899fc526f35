import type { AnyFinding } from '../../evidence/types';
import { compareBuilds, formatBuild, parseBuild } from '../../evidence/build-numbers';
import { findingOf } from '../shared/findings';
import type { EvidenceStep, FlowContent, Reading } from '../shared/types';
import {
  ADFS_CA_SETTINGS,
  CA_TEMPLATES,
  DSREGCMD,
  GET_TPM,
  PIN_RULES_QUERY,
  REQUIRE_DEVICE_QUERY,
  RESTART_ADFS,
  SET_ADFS_CA,
  UDR_EVENTS_COMMAND,
  UDR_LOG_PATH,
  USER_CERTS,
  WINHTTP_PROXY,
} from './commands';
import {
  accountName,
  DELTA_SYNC_COMMAND,
  enrollmentMode,
  enrollmentNote,
  keyLinkCommand,
  REGISTRATION_HOST,
  shownBuild,
  SYNC_ENROLLMENT_BUILD,
  SYNC_ENROLLMENT_KB,
  SYNC_SCHEDULER_COMMAND,
  TCP_TEST_COMMAND,
  WEB_TEST_COMMAND,
} from './enrollment';
import type { ProvisioningContext as C } from './machine';
import { checksToExplain, PREREQ_HELP, PREREQ_LABELS } from './prereqs';
import { explain, placeOf, readoutFrom, readoutOf, type Place } from './readout';
import { SAMPLE_311, SAMPLE_360, SAMPLE_362_STS, SAMPLE_ADFS_VER, SAMPLE_DSREG_DOMAIN_ONLY } from './samples';

/** Which evidence rules each evidence step routes on; the machine has the same transitions in the same order. */
export const STEP_PLACES: Readonly<Record<'placeStage' | 'prereqEvent' | 'deviceState' | 'keyEvents', readonly Place[]>> = {
  placeStage: ['keyCreate', 'keyReg', 'keyDone', 'notJoined', 'sts', 'prereqs', 'launched'],
  prereqEvent: ['sts', 'prereqs', 'launched'],
  deviceState: ['keyDone', 'notJoined', 'sts', 'prereqs', 'launched'],
  keyEvents: ['keyCreate', 'keyReg', 'keyDone'],
};

function readFor(places: readonly Place[]): EvidenceStep<C>['read'] {
  return (findings: AnyFinding[]): Reading | undefined => {
    const r = readoutOf(findings);
    const place = r && placeOf(r, places);
    if (!r || !place) return undefined;
    const event = { type: 'EVIDENCE_READ', values: r };
    return { event, because: explain(r, place, PREREQ_LABELS) };
  };
}

const GPO = 'Administrative Templates > Windows Components > Windows Hello for Business';
const SIGN_OUT_IN = 'Have the user sign out completely and sign back in at the device itself, so Windows runs provisioning again.';

const udrHowTo = (ids: string) => [
  {
    text: `On the affected device, open ${UDR_LOG_PATH}. Select the newest event with ID ${ids}, choose Copy > Copy details as text, and paste it here. Several events in one paste are fine.`,
  },
  {
    text: 'Or print the recent provisioning events in PowerShell on the device and paste the output:',
    code: { language: 'powershell' as const, code: UDR_EVENTS_COMMAND },
  },
];

const failingText = (c: C) => checksToExplain(c.failing).map((k) => PREREQ_HELP[k]);

function lowestBuild(findings: AnyFinding[]): string | undefined {
  const f = findingOf(findings, 'os-builds');
  const machines = f ? [...f.facts.machines].sort(compareBuilds) : [];
  return machines[0] ? formatBuild(machines[0].major, machines[0].revision) : undefined;
}

export const content: FlowContent<C, typeof import('./machine').machine> = {
  steps: {
    // ------------------------------------------------------------------ where did it stop?
    whereStopped: {
      kind: 'question',
      title: 'Where did Windows Hello provisioning stop?',
      body:
        'Provisioning starts right after the user signs in, before the desktop appears. Windows first checks its prerequisites, then shows a full-screen "Set up a PIN" page, asks for a second sign-in factor (MFA), lets the user choose a PIN, creates and registers a key, and finally gets a sign-in certificate through AD FS.\n\nChoose the last point the user reached.',
      howTo: [{ text: 'Ask the user what they last saw on screen, and for the exact wording of any error (a photo is fine).' }],
      detail:
        'Hybrid certificate trust: the public key is registered with Microsoft Entra ID and synced to on-premises AD by Microsoft Entra Connect; the certificate request goes to the AD FS registration authority, which checks the key against the registered one, signs the request with its enrollment agent certificate and sends it to the CA.',
      answers: [
        { event: 'NO_SCREEN', label: 'The "Set up a PIN" page never appeared', hint: 'Windows did not start provisioning' },
        { event: 'MFA', label: 'The verification (MFA) step failed or timed out' },
        { event: 'PIN', label: 'The PIN was not accepted', hint: 'It did not meet the PIN rules' },
        { event: 'AFTER_PIN', label: 'An error came after choosing the PIN', hint: 'While Windows created or registered the key' },
        { event: 'NOT_READY', label: 'Setup finished, but the PIN is not ready or does not work', hint: 'For example, no sign-in certificate' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Paste the event log or dsregcmd output and let the app place it' },
      ],
      // Evidence pasted before the flow opened goes to the step that reads it.
      read: (findings) => {
        const r = readoutOf(findings);
        return r && placeOf(r, STEP_PLACES.placeStage)
          ? { event: { type: 'NOT_SURE' }, because: 'The pasted evidence shows where provisioning stopped; the next step reads it.' }
          : undefined;
      },
    },
    placeStage: {
      kind: 'evidence',
      title: 'Find where provisioning stopped from the logs',
      needs: 'User Device Registration events (358, 360, 362, 300, 301, 311) or dsregcmd /status output',
      body: 'Windows records each provisioning attempt in the User Device Registration log. Paste the events from the time the user signed in, dsregcmd /status output, or both. The app reads them and tells you which stage stopped.',
      howTo: [
        ...udrHowTo('358, 360 or 362, and any 300, 301 or 311 after it'),
        { text: 'For dsregcmd, sign in as the affected user, open a command prompt (no admin rights needed) and run:', code: { language: 'cmd', code: DSREGCMD } },
      ],
      detail: 'When the paste shows several stages, the furthest one wins: 311, then 301, then 300 (or NgcSet YES), then the join state, the enterprise STS line, other failed prerequisites, and finally 358 (or PreReqResult WillProvision).',
      submit: { event: 'EVIDENCE_READ', label: 'Use what the evidence says' },
      answers: [
        { event: 'LAUNCHED', label: 'Event 358: provisioning will be launched' },
        { event: 'PREREQ_FAILED', label: 'Event 360 or 362: a check says No' },
        { event: 'STS_FAILED', label: 'Event 362: "authenticated to the enterprise STS: No"', hint: 'It is the only line that says No (template and enrollment lines aside)' },
        { event: 'NOT_JOINED', label: 'dsregcmd: AzureAdJoined or DomainJoined says NO' },
        { event: 'KEY_CREATE_FAILED', label: 'Event 311: the key container could not be created' },
        { event: 'KEY_REG_FAILED', label: 'Event 301: the key could not be registered' },
        { event: 'KEY_REGISTERED', label: 'Event 300, or NgcSet YES: the key is registered' },
        { event: 'WATCH', label: "I can't get the logs", hint: 'Watch a sign-in instead' },
      ],
      read: readFor(STEP_PLACES.placeStage),
      sample: SAMPLE_360,
    },
    watchAttempt: {
      kind: 'action',
      title: 'Watch a sign-in to see where it stops',
      body: 'Without the logs, one sign-in watched from start to end tells you the stage. The stages always come in the same order, so note the last one you see.',
      steps: [
        { text: 'Have the user sign out completely, then sign in at the device itself (not through Remote Desktop) with their domain account.' },
        {
          text: 'Watch for, in order: a full-screen "Set up a PIN" page before the desktop; after selecting its button, a request to verify with the second factor (MFA); then the PIN and confirm PIN boxes; then a short wait while Windows creates the key and gets the certificate, and a notification that the PIN is ready.',
        },
        { text: 'Note the last thing that appeared, and the exact text of any error.' },
      ],
      answers: [
        { event: 'NOTED', label: 'I know where it stopped', hint: 'Choose it on the first screen' },
        { event: 'FINISHED', label: 'It finished this time' },
      ],
    },

    // ------------------------------------------------------------------ stages 1–3
    prereqEvent: {
      kind: 'evidence',
      title: 'What do the prerequisite checks say?',
      needs: 'User Device Registration event 358, 360 or 362',
      body:
        'Before it shows "Set up a PIN", Windows checks its prerequisites and logs the result: event 358 when provisioning will be launched, event 360 (a warning) when it will not, and event 362 when a certificate trust check stops it.\n\nEach line of the event ends in Yes, No or Not Tested. The lines that say No are the cause.',
      howTo: udrHowTo('358, 360 or 362'),
      detail:
        'Older Windows versions leave out the post-logon line; newer ones add cloud Kerberos trust lines, which a certificate trust deployment does not need. Real events say "AAD joined ( AADJ or DJ++ )"; newer documentation says "Azure Active Directory-joined".',
      submit: { event: 'EVIDENCE_READ', label: 'Use what the event says' },
      answers: [
        { event: 'LAUNCHED', label: 'Event 358: provisioning will be launched' },
        { event: 'PREREQ_FAILED', label: 'Event 360 or 362: a line says No', hint: 'You will get the fix for each check' },
        { event: 'STS_FAILED', label: 'Event 362: "User has successfully authenticated to the enterprise STS: No"', hint: 'It is the only line that says No (template and enrollment lines aside)' },
        { event: 'NO_EVENTS', label: 'None of these events are there', hint: 'Check the device with dsregcmd instead' },
      ],
      read: readFor(STEP_PLACES.prereqEvent),
      sample: SAMPLE_362_STS,
    },
    deviceState: {
      kind: 'evidence',
      title: 'Check the device with dsregcmd /status',
      needs: 'dsregcmd /status output',
      body: 'dsregcmd /status shows whether the device is hybrid joined and, in its Ngc Prerequisite Check section, the same checks Windows runs before it offers "Set up a PIN".',
      howTo: [
        { text: 'Sign in as the affected user, open a command prompt (no admin rights needed), run this and paste everything it prints:', code: { language: 'cmd', code: DSREGCMD } },
        {
          text: 'Device State: AzureAdJoined and DomainJoined should both say YES. Ngc Prerequisite Check: PreReqResult says WillProvision or WillNotProvision, and any line that says NO is blocking. That section is missing once the user has a PIN (User State: NgcSet : YES).',
        },
      ],
      detail: 'Ngc Prerequisite Check keys: IsDeviceJoined, IsUserAzureAD, PolicyEnabled, PostLogonEnabled, DeviceEligible, SessionIsNotRemote, CertEnrollment, AdfsRefreshToken, AdfsRaIsReady, LogonCertTemplateReady, PreReqResult.',
      submit: { event: 'EVIDENCE_READ', label: 'Use what dsregcmd says' },
      answers: [
        { event: 'NOT_JOINED', label: 'Not hybrid joined', hint: 'AzureAdJoined or DomainJoined says NO' },
        { event: 'PREREQ_FAILED', label: 'A prerequisite line says NO' },
        { event: 'STS_FAILED', label: 'Only AdfsRefreshToken says NO', hint: 'The device could not authenticate to AD FS' },
        { event: 'PROVISIONED', label: 'NgcSet says YES', hint: 'The user already has a Windows Hello key' },
        { event: 'READY', label: 'Joined, and PreReqResult says WillProvision' },
      ],
      read: readFor(STEP_PLACES.deviceState),
      sample: SAMPLE_DSREG_DOMAIN_ONLY,
    },
    prereqFix: {
      kind: 'action',
      title: (c) => (c.failing.length === 1 ? 'Fix the prerequisite check that said No' : 'Fix the prerequisite checks that said No'),
      body: (c) =>
        c.failing.length
          ? `${c.failingSource ? `In ${c.failingSource}` : 'In your evidence'}, ${c.failing.length === 1 ? 'this check says' : 'these checks say'} No. Each one below comes with its likely cause and the fix.`
          : 'Find the lines that say No in event 360 or 362 (or NO in dsregcmd\'s Ngc Prerequisite Check). Every check is listed below with its likely cause and fix: follow the ones that apply.',
      steps: [
        { text: (c) => failingText(c).map((h) => `${h.label}: ${h.cause} ${h.fix}`).join('\n\n') },
        {
          text: 'Commands for the checks above. Run each where its comment says:',
          code: {
            language: 'powershell',
            code: (c) => {
              const lines: string[] = [];
              for (const h of failingText(c)) {
                if (h.code && !lines.includes(h.code.code)) lines.push(`# ${h.label}`, h.code.code);
              }
              lines.push('# Afterwards, as the user on the device, check again', DSREGCMD);
              return lines.join('\n');
            },
          },
        },
        { text: SIGN_OUT_IN },
      ],
      detail: 'Event 358 means every check passed; 360 means one failed; 362 is the certificate trust variant with the enterprise STS and certificate lines. "Not Tested" means Windows stopped before it got to that check.',
      answers: [{ event: 'DONE', label: 'Done, the user signed in again' }],
    },
    joinFix: {
      kind: 'action',
      title: 'Finish the hybrid join',
      body: 'Hybrid certificate trust needs the device joined to both the on-premises domain and Microsoft Entra ID: dsregcmd /status must show AzureAdJoined : YES and DomainJoined : YES.',
      steps: [
        { text: 'If DomainJoined says NO, join the computer to the Active Directory domain first. Hybrid join builds on the domain join.' },
        { text: 'Check that Microsoft Entra Connect syncs the organisational unit that holds this computer, and that device registration (the service connection point) is set up for hybrid join. After a change, wait for the next sync cycle.' },
        { text: `On the device, look in ${UDR_LOG_PATH} for events 304 and 305: automatic registration failed in the join or the authentication phase. Their error codes say why.` },
        { text: 'Restart the device, sign in with the user\'s domain account, and run this again:', code: { language: 'cmd', code: DSREGCMD } },
      ],
      detail:
        'At sign-in, the scheduled task Microsoft > Windows > Workplace Join > Automatic-Device-Join registers a domain joined computer with Microsoft Entra ID. A device that is Microsoft Entra joined only (DomainJoined NO) is not a hybrid deployment and does not follow this guide.',
      answers: [{ event: 'DONE', label: 'Done, the device shows AzureAdJoined YES and DomainJoined YES' }],
    },
    pinScreen: {
      kind: 'question',
      title: 'Did the full-screen "Set up a PIN" page appear?',
      body: 'The prerequisite checks passed, so right after sign-in, before the desktop, Windows should show a full-screen page titled "Set up a PIN" with a button of the same name.',
      answers: [
        { event: 'APPEARED', label: 'Yes, it appeared', hint: 'Then choose where it stopped after that' },
        { event: 'NOT_APPEARED', label: 'No, the desktop came straight up', hint: 'Check the device with dsregcmd' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to bring it up and watch' },
      ],
    },
    noScreenFix: {
      kind: 'action',
      title: 'Bring up the "Set up a PIN" page',
      body: 'The page shows once, right after sign-in, after the user profile loads and before the desktop. A locked and unlocked session, or a Remote Desktop session, never shows it.',
      steps: [
        { text: 'Make sure the device has the current policies, in a command prompt:', code: { language: 'cmd', code: 'gpupdate /force' } },
        { text: 'Have the user sign out completely (not lock), then sign in at the device itself with their domain account, and watch for the page.' },
        { text: 'If the user closed the page before, they can start setup themselves from Settings > Accounts > Sign-in options > PIN.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, the user signed in again' }],
    },

    // ------------------------------------------------------------------ stages 4–7 on the device
    mfaFix: {
      kind: 'action',
      title: 'Get the verification (MFA) step through',
      body: 'During provisioning Windows asks for a fresh second-factor sign-in and waits until it succeeds, fails or times out. A failure or a time-out ends in an error that asks the user to try again.',
      steps: [
        { text: 'Check the user has a verification method registered: they can sign in at https://aka.ms/mysecurityinfo and see their methods (for example Microsoft Authenticator or a phone number). If the list is empty, register one.' },
        { text: 'Make sure the method can reach the user right now: the phone is on, has signal or data, and allows notifications from Microsoft Authenticator. The user should have it in hand before starting, because the prompt times out.' },
        { text: 'In the Microsoft Entra admin center, open the user\'s Sign-in logs, find the failed sign-in at the time of the attempt and read its failure reason. Its Conditional Access tab shows any policy that blocked the sign-in or asked for something the device could not give.' },
        { text: 'If MFA is done by AD FS or another provider, check that server\'s logs for the same time.' },
        { text: `${SIGN_OUT_IN} When the MFA prompt appears, the user answers it or chooses to try again.` },
      ],
      answers: [{ event: 'DONE', label: 'Done, the user tried again' }],
    },
    pinFix: {
      kind: 'action',
      title: 'Choose a PIN that meets the PIN rules',
      body: 'The PIN must follow the PIN complexity rules your organisation deployed. Setup refuses a PIN that does not.',
      steps: [
        { text: 'On the PIN screen, read the requirements Windows lists (length, letters, special characters) and have the user choose a PIN that meets all of them.' },
        { text: 'To see the rules this device received from Group Policy, run this in a command prompt:', code: { language: 'cmd', code: PIN_RULES_QUERY } },
        {
          text: 'The rules are set in Group Policy (Computer Configuration > Administrative Templates > System > PIN Complexity) or in Intune. Check that they make sense together: for example, a minimum length above the maximum length rejects every PIN.',
        },
        { text: `${SIGN_OUT_IN} Then set up the PIN again.` },
      ],
      answers: [{ event: 'DONE', label: 'Done, the user tried again' }],
    },
    keyEvents: {
      kind: 'evidence',
      title: 'What did Windows log after the PIN?',
      needs: 'User Device Registration events 300, 301 or 311',
      body: 'After the PIN, Windows creates a key pair (from the TPM when it can), registers the public key with Microsoft Entra ID, then asks AD FS for a certificate. The certificate request is made and signed with that same key pair, the Windows Hello key: no second key is created for the certificate. Event 311 (creating the key container failed), 301 (key registration failed) and 300 (key registered) show how far it got.',
      howTo: udrHowTo('300, 301 or 311'),
      submit: { event: 'EVIDENCE_READ', label: 'Use what the events say' },
      answers: [
        { event: 'KEY_CREATE_FAILED', label: 'Event 311: the key container could not be created' },
        { event: 'KEY_REG_FAILED', label: 'Event 301: the key could not be registered' },
        { event: 'KEY_REGISTERED', label: 'Event 300: the key was registered' },
        { event: 'NO_EVENTS', label: 'None of these', hint: 'Start with the key pair: check the TPM' },
      ],
      read: readFor(STEP_PLACES.keyEvents),
      sample: SAMPLE_311,
    },
    tpmCheck: {
      kind: 'action',
      title: 'Check the TPM and the hardware policy',
      body: 'Windows Hello asks for a key pair, from the TPM when the device has a usable one. If the policy "Use a hardware security device" is enabled and there is no usable TPM, provisioning fails.',
      steps: [
        { text: 'On the device, run tpm.msc. Its Status box should say "The TPM is ready for use". "Compatible TPM cannot be found" means there is none, or it is turned off in the firmware.' },
        { text: 'Or, in PowerShell as an administrator, run this: TpmPresent and TpmReady should both say True.', code: { language: 'powershell', code: GET_TPM } },
        {
          text: `Check whether a hardware security device is required. A value of 0x1 means it is. The setting is "Use a hardware security device" under Computer Configuration > ${GPO}.`,
          code: { language: 'cmd', code: REQUIRE_DEVICE_QUERY },
        },
      ],
      answers: [
        { event: 'TPM_PROBLEM', label: 'No usable TPM (missing, turned off or not ready)' },
        { event: 'TPM_READY', label: 'The TPM is ready', hint: 'The key pair is not the problem' },
      ],
    },
    tpmFix: {
      kind: 'action',
      title: 'Make the TPM usable',
      steps: [
        { text: 'If tpm.msc finds no TPM, turn it on in the device\'s firmware (UEFI or BIOS) settings, where it may be called TPM, Security Chip, PTT (Intel) or fTPM (AMD). Then restart.' },
        { text: 'If the TPM is there but not ready, install the device maker\'s firmware and TPM updates. Clearing the TPM (tpm.msc > Clear TPM) also resets it, but it erases every key the TPM holds: back up the BitLocker recovery key and agree it with your support team first.' },
        { text: 'If the device has no TPM at all and the policy requires a hardware security device, it cannot provision as it is: use a device with a TPM, or ask the policy owner whether software keys are acceptable.' },
        { text: `${SIGN_OUT_IN} Then set up the PIN again.` },
      ],
      answers: [{ event: 'DONE', label: 'Done, the user tried again' }],
    },
    keyRegFix: {
      kind: 'action',
      title: 'Fix the key registration with Microsoft Entra ID',
      body: 'Event 301 means Windows created the key but could not register its public key with Microsoft Entra ID.',
      steps: [
        { text: 'As the user, run dsregcmd /status. Device State should show AzureAdJoined : YES, and SSO State AzureAdPrt : YES. If not, sign out and in with the domain account while the device can reach the internet.', code: { language: 'cmd', code: DSREGCMD } },
        {
          text: 'Check the device reaches Microsoft Entra ID over HTTPS (through your proxy, if you use one):',
          code: { language: 'powershell', code: `Test-NetConnection ${REGISTRATION_HOST} -Port 443\nTest-NetConnection login.microsoftonline.com -Port 443` },
        },
        { text: 'In the Microsoft Entra admin center, under Devices > All devices, find the device (by name, or by the DeviceId dsregcmd shows) and check it is enabled.' },
        { text: `${SIGN_OUT_IN} Then set up the PIN again. If it fails again, keep the error code from the new event 301.` },
      ],
      answers: [{ event: 'DONE', label: 'Done, the user tried again' }],
    },
    retryClient: {
      kind: 'check',
      title: 'Did provisioning finish this time?',
      body: 'After the user signed out and in again, did Windows go through "Set up a PIN" to the end, with a notification that the PIN is ready?',
      answers: [
        { event: 'FINISHED', label: 'Yes, it finished' },
        { event: 'ELSEWHERE', label: 'It got further, but stopped at another point', hint: 'Choose the new point' },
        { event: 'SAME', label: 'It stopped at the same point again' },
      ],
    },

    // ------------------------------------------------------------------ stages 11–12
    certInStore: {
      kind: 'action',
      title: "Look for the user's sign-in certificate",
      body: 'In certificate trust, the last stages enroll a sign-in certificate for the user through AD FS and install it in the user\'s certificate store. If it is there, enrollment worked.',
      steps: [
        { text: 'Signed in as the user, run certmgr.msc and open Personal > Certificates. Look for a certificate issued to the user by your certificate authority, from your Windows Hello for Business template, dated at the time of provisioning.' },
        { text: 'Or list the user\'s certificates in a command prompt (no admin rights needed). The Windows Hello certificate shows Provider = Microsoft Passport Key Storage Provider.', code: { language: 'cmd', code: USER_CERTS } },
      ],
      answers: [
        { event: 'FOUND', label: 'The certificate is there' },
        { event: 'NOT_FOUND', label: 'There is no such certificate' },
      ],
    },
    pinReady: {
      kind: 'check',
      title: 'Is the PIN ready to use?',
      body: 'Once the certificate is installed, Windows tells the user in a notification that they can sign in with their PIN. Lock the device, unlock it with the PIN, then open something on-premises, such as a file share.',
      answers: [
        { event: 'WORKS', label: 'The PIN works' },
        { event: 'FAILS', label: 'Signing in with the PIN fails' },
      ],
    },

    // ------------------------------------------------------------------ stages 7–10 on the servers
    fedBuild: {
      kind: 'evidence',
      title: 'Which build are the federation (AD FS) servers on?',
      needs: 'the Windows build of the AD FS servers (ver or winver output)',
      body: `Windows Server 2016 update ${SYNC_ENROLLMENT_KB} (build ${SYNC_ENROLLMENT_BUILD}) on the federation servers makes the certificate enrollment happen during provisioning, so the user can sign in right after. Without it, the user's public key has to sync to Active Directory through Microsoft Entra Connect first, which takes at least 30 minutes, and the PIN does not work on-premises until then.`,
      howTo: [
        { text: 'On each AD FS server, run this in a command prompt (or run winver) and paste the result, or type the build. If the servers differ, give the lowest.', code: { language: 'cmd', code: 'ver' } },
      ],
      detail: 'ver prints, for example, Microsoft Windows [Version 10.0.14393.2155]: the part after 14393 is the revision. systeminfo leaves the revision out.',
      fields: [
        {
          name: 'build',
          label: 'AD FS server build',
          type: 'text',
          required: true,
          placeholder: SYNC_ENROLLMENT_BUILD,
          help: 'For example 10.0.14393.2155 or 14393.2155',
          validate: (raw) => (parseBuild(raw) ? undefined : 'Type a Windows build such as 14393.2155, as ver or winver prints it.'),
        },
        {
          name: 'user',
          label: "The user's logon name (optional)",
          type: 'text',
          placeholder: 'jdoe',
          help: 'The sAMAccountName, such as jdoe. It fills in the commands that follow.',
          validate: (raw) => (accountName(raw) ? undefined : 'Type the logon name only, such as jdoe or CONTOSO\\jdoe (not an email address).'),
        },
      ],
      submit: { event: 'BUILD_ENTERED', label: 'Check the build' },
      answers: [
        { event: 'UPDATED', label: `${SYNC_ENROLLMENT_BUILD} or later`, hint: `${SYNC_ENROLLMENT_KB} or a later update, or Windows Server 2019 and later` },
        { event: 'NOT_UPDATED', label: `Older than ${SYNC_ENROLLMENT_BUILD}` },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Check the key sync first' },
      ],
      read: (findings) => {
        const build = lowestBuild(findings);
        if (!build) return undefined;
        return { event: { type: 'BUILD_ENTERED', values: { build } }, because: enrollmentNote(build) };
      },
      sample: SAMPLE_ADFS_VER,
    },
    syncWait: {
      kind: 'action',
      title: "Let the user's key sync to Active Directory",
      body: (c) =>
        `${c.adfsBuild ? enrollmentNote(c.adfsBuild) : `Without ${SYNC_ENROLLMENT_KB} (build ${SYNC_ENROLLMENT_BUILD}) on the federation servers, the user's key has to sync to Active Directory before the certificate can be issued: 30 minutes at the least.`}\n\nThe Microsoft Entra Connect schedule decides when the key arrives.`,
      steps: [
        { text: 'On the Microsoft Entra Connect server, in PowerShell as an administrator, look at the schedule: SyncCycleEnabled must be True, and NextSyncCycleStartTimeInUTC says when the next cycle runs.', code: { language: 'powershell', code: SYNC_SCHEDULER_COMMAND } },
        { text: 'Rather than wait, start a delta sync now:', code: { language: 'powershell', code: DELTA_SYNC_COMMAND } },
        {
          text: (c) =>
            `After the sync, check that the key reached ${accountName(c.user) ?? 'the user'} in Active Directory (on a computer with the Active Directory PowerShell module). An empty result means it has not synced yet.`,
          code: { language: 'powershell', code: (c) => keyLinkCommand(c.user) },
        },
        { text: `To stop the wait for good, install ${SYNC_ENROLLMENT_KB} (build ${SYNC_ENROLLMENT_BUILD}) or a later update on every federation server.` },
        { text: 'Once the key is there, have the user sign out and back in so Windows can get the certificate.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, the key has synced' }],
    },
    syncRetry: {
      kind: 'check',
      title: 'Is the certificate there now?',
      body: 'Look again in certmgr.msc > Personal > Certificates (or certutil -user -store my), and try signing in with the PIN.',
      answers: [
        { event: 'FINISHED', label: 'Yes, the certificate is there and the PIN works' },
        { event: 'STILL', label: 'Still no certificate', hint: 'Check AD FS next' },
      ],
    },
    adfsReach: {
      kind: 'action',
      title: `Check that AD FS can reach ${REGISTRATION_HOST}`,
      body: `The device signs its certificate request with the same key pair as its Windows Hello key. AD FS, as the registration authority, checks that the key in the certificate request is the key the device registered with Microsoft Entra ID. For that, every AD FS server must reach https://${REGISTRATION_HOST}.`,
      steps: [
        { text: 'On each AD FS server, in PowerShell, test the connection. TcpTestSucceeded : True means port 443 is open.', code: { language: 'powershell', code: TCP_TEST_COMMAND } },
        {
          text: 'Then test HTTPS, which goes through the proxy set for your account. Any answer from the server, even an HTTP error such as 404, means it is reachable; a time-out or "could not be resolved" means it is blocked.',
          code: { language: 'powershell', code: WEB_TEST_COMMAND },
        },
        { text: 'Look at the proxy set for the whole server, which services normally use:', code: { language: 'cmd', code: WINHTTP_PROXY } },
      ],
      answers: [
        { event: 'REACHABLE', label: 'Every AD FS server reaches it' },
        { event: 'BLOCKED', label: 'At least one server cannot reach it' },
      ],
    },
    reachFix: {
      kind: 'action',
      title: `Open the way to ${REGISTRATION_HOST}`,
      steps: [
        { text: `Allow outbound HTTPS (TCP 443) from every AD FS server to ${REGISTRATION_HOST} in your firewalls.` },
        {
          text: 'If the servers go out through a proxy, allow that address on the proxy, and make sure the server itself uses the proxy. Setting the server-wide (WinHTTP) proxy replaces whatever is set now, for every service on the server, so first record the current setting on each server and keep the file:',
          code: { language: 'cmd', code: 'netsh winhttp show proxy > C:\\Temp\\winhttp-proxy-before.txt\ntype C:\\Temp\\winhttp-proxy-before.txt' },
        },
        {
          text: 'Then set the proxy, with your own proxy address and bypass list:',
          code: { language: 'cmd', code: 'netsh winhttp set proxy proxy-server="http://proxy.contoso.com:8080" bypass-list="<local>;*.contoso.com"' },
        },
        {
          text: 'To undo it: if the recorded file says "Direct access (no proxy server)", reset the proxy; otherwise set the proxy server and bypass list the file shows again.',
          code: { language: 'cmd', code: 'netsh winhttp reset proxy\nrem or: netsh winhttp set proxy proxy-server="<proxy from the file>" bypass-list="<bypass list from the file>"' },
        },
        { text: 'Restart AD FS on each server you changed, one server at a time, in a maintenance window: take the server out of the load balancer, restart it, check that the service is running again (Get-Service adfssrv) and that sign-in works through it, put it back, then move on to the next. Never restart every server of the farm at once: sign-ins through AD FS stop for everyone while it restarts.', code: { language: 'powershell', code: RESTART_ADFS } },
        { text: `Run both tests again, then: ${SIGN_OUT_IN}` },
      ],
      answers: [{ event: 'DONE', label: 'Done, the user tried again' }],
    },
    reachRetry: {
      kind: 'check',
      title: 'Did provisioning finish this time?',
      body: "Is the sign-in certificate in the user's store now, and does the PIN work?",
      answers: [
        { event: 'FINISHED', label: 'Yes, it finished' },
        { event: 'STILL', label: 'Still no certificate', hint: 'Check the enrollment agent next' },
      ],
    },
    enrollAgent: {
      kind: 'action',
      title: 'Check the AD FS enrollment agent',
      body: 'When the key matches, AD FS signs the certificate request with its enrollment agent certificate and sends it to the certificate authority. AD FS enrolls that enrollment agent certificate for itself, using its service account.',
      steps: [
        { text: 'On an AD FS server, in PowerShell as an administrator, show the registration authority settings. The enrollment agent template and the Windows Hello certificate template should be the ones you created for Windows Hello for Business.', code: { language: 'powershell', code: ADFS_CA_SETTINGS } },
        { text: 'In Event Viewer on each AD FS server, open Applications and Services Logs > AD FS > Admin and look for errors about the enrollment agent certificate or certificate requests at the time of the attempt.' },
        { text: 'On the certificate authority, check that the AD FS service account (or group managed service account) has Read and Enroll on the enrollment agent template, and that the CA issues that template.' },
        {
          text: 'If a setting was wrong, set it again with your own template names (the deployment guide uses WHFBEnrollmentAgent and WHFBAuthentication), then restart AD FS one server at a time, in a maintenance window: take the server out of the load balancer, restart it, check that the service is running again (Get-Service adfssrv) and that sign-in works through it, put it back, then move on to the next. Never restart every server of the farm at once: sign-ins through AD FS stop for everyone while it restarts.',
          code: { language: 'powershell', code: `${SET_ADFS_CA}\n${RESTART_ADFS}` },
        },
      ],
      answers: [{ event: 'DONE', label: 'Checked, go on to the certificate authority' }],
    },
    caRequests: {
      kind: 'action',
      title: "Check the certificate authority's requests",
      body: 'The certificate authority checks that the request is signed by the registration authority (AD FS), then issues the certificate from the Windows Hello template. Its database shows what happened to each request.',
      steps: [
        {
          text: (c) =>
            `On the issuing CA, open the Certification Authority console (certsrv.msc). Under Issued Certificates, look for a certificate for ${accountName(c.user) ?? 'the user'} from the Windows Hello template at the time of the attempt. Under Failed Requests, find the request from that time and read its Request Status Code and Request Disposition Message.`,
        },
        { text: 'Check that the CA issues the Windows Hello template; it must be in this list:', code: { language: 'cmd', code: CA_TEMPLATES } },
        {
          text: 'Open the template in the Certificate Templates console (certtmpl.msc). Issuance Requirements must ask for one authorized signature with the application policy Certificate Request Agent, and Security must give the Windows Hello users (or a group they are in) Read and Enroll.',
        },
        { text: 'Fix what the disposition message points to, or what the template is missing.' },
      ],
      answers: [
        { event: 'CHANGED', label: 'I fixed something (here or on AD FS)' },
        { event: 'NO_CHANGE', label: 'Nothing to fix: no failed request, and the settings look right' },
      ],
    },
    enrollRetry: {
      kind: 'check',
      title: 'Did provisioning finish this time?',
      body: `${SIGN_OUT_IN} If the user already has a PIN but no certificate, remove the PIN first (Settings > Accounts > Sign-in options > PIN > Remove) so setup runs from the start. Is the certificate there now, and does the PIN work?`,
      answers: [
        { event: 'FINISHED', label: 'Yes, it finished' },
        { event: 'STILL', label: 'Still no certificate' },
      ],
    },

    // ------------------------------------------------------------------ outcomes
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Provisioning finished',
      body: 'Windows Hello for Business is set up: the user has a PIN and a sign-in certificate. If the fix was a policy or a server change, other users with the same problem should get through at their next sign-in.',
    },
    outAdfsScope: {
      kind: 'outcome',
      result: 'not-this',
      related: 'adfs2019-ugs-scope',
      title: 'The device cannot authenticate to AD FS',
      body:
        'Event 362 says "User has successfully authenticated to the enterprise STS: No" and no other check blocks provisioning. A likely cause, not yet confirmed, is a documented issue of AD FS on Windows Server 2019: it refuses the device\'s request for the ugs scope. Whether it applies depends on the AD FS version, which is not known yet. The AD FS guide checks AD FS event 1021 and the AD FS version before it changes anything, and adds the scope only when both match.\n\nIf the device joined the domain only recently, wait a while and sign in again first: device authentication can lag behind the join.',
    },
    outProvisioned: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Provisioning finished; the problem is at sign-in',
      body: 'The user has the Windows Hello certificate, so provisioning completed. A PIN that still does not sign in points at sign-in itself (domain controllers, their certificates, the network), which this guide does not cover. Go back to the list of issues and choose the one that matches the error the user sees, or hand the case to your support team.',
    },
    outEscalateClient: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The checks on the device did not get provisioning through. Pass on what you collected so the next person does not start again.',
      handOver: [
        `The User Device Registration events from the attempt, full text: 358, 360 or 362, and any 300, 301, 311 or 363 (${UDR_LOG_PATH})`,
        'dsregcmd /status output, run as the affected user',
        (c) =>
          c.failing.length
            ? `The prerequisite checks that said No (${c.failingSource ?? 'from the evidence'}): ${c.failing.map((k) => PREREQ_LABELS[k]).join('; ')}`
            : 'Which prerequisite lines, if any, said No',
        'Where provisioning stopped, and the exact error text or code on screen (a photo is fine)',
        'Get-Tpm output, and the applied policies from gpresult /h gpresult.html',
        'This report',
      ],
    },
    outEscalateEnrollment: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your AD FS and certificate authority administrators',
      body: 'The device got through its part, but the certificate was not issued. The people who run AD FS and the certificate authority need to look at it.',
      handOver: [
        'Events 300 or 301 from the device\'s User Device Registration log, and dsregcmd /status output',
        (c) =>
          `The federation server build: ${shownBuild(c.adfsBuild) ?? 'not checked'} (${SYNC_ENROLLMENT_KB} is build ${SYNC_ENROLLMENT_BUILD}${c.adfsBuild && enrollmentMode(c.adfsBuild) === 'async' ? '; these servers do not have it yet' : ''})`,
        'The AD FS/Admin events from every AD FS server at the time of the attempt',
        `Get-AdfsCertificateAuthority output, and the result of ${TCP_TEST_COMMAND} from every AD FS server`,
        (c) => `The CA's failed requests for ${accountName(c.user) ?? 'the user'} at that time: request ID, status code and disposition message, and the template names`,
        `Get-ADSyncScheduler output, if the federation servers are older than ${SYNC_ENROLLMENT_BUILD}`,
        'This report',
      ],
    },
  },
  references: [
    { title: 'Hybrid Azure AD joined Windows Hello for Business Certificate Trust Provisioning', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-hybrid-cert-whfb-provision' },
    { title: 'Windows Hello for Business known deployment issues: Certificate trust provisioning with AD FS broken on Windows Server 2019', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues' },
    { title: 'KB4088889 (14393.2155): synchronous certificate enrollment during hybrid certificate trust provisioning', source: 'https://support.microsoft.com/help/4088889' },
    { title: 'Microsoft Entra Connect sync: Scheduler', source: 'https://learn.microsoft.com/azure/active-directory/connect/active-directory-aadconnectsync-feature-scheduler' },
    { title: 'Hybrid certificate trust deployment guide: prerequisites, device registration, policy settings, sign-in and provisioning', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-hybrid-cert-trust' },
  ],
  describe: (e) => {
    if (e.type === 'EVIDENCE_READ') {
      const r = readoutFrom(e as { type: string; values?: unknown });
      if (!r) return undefined;
      const parts: string[] = [];
      if (r.events.length) parts.push(`${r.events.length === 1 ? 'event' : 'events'} ${r.events.join(', ')}`);
      if (r.joinType) parts.push(`join state ${r.joinType}`);
      if (r.ngcSet !== null) parts.push(`NgcSet ${r.ngcSet ? 'YES' : 'NO'}`);
      if (r.preReqResult) parts.push(`PreReqResult ${r.preReqResult}`);
      if (r.failing.length) parts.push(`No on: ${r.failing.map((k) => PREREQ_LABELS[k]).join('; ')}`);
      const text = parts.join(', ') || 'nothing decisive';
      return text[0].toUpperCase() + text.slice(1);
    }
    if (e.type === 'BUILD_ENTERED') {
      const v = (e as { values?: { build?: unknown; user?: unknown } }).values;
      const build = typeof v?.build === 'string' ? shownBuild(v.build) : null;
      const user = typeof v?.user === 'string' && v.user.trim() ? `, user ${v.user.trim()}` : '';
      return build ? `AD FS server build ${build}${user}` : undefined;
    }
    return undefined;
  },
};

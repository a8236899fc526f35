import type { CodeBlock, FlowContent } from '../shared/types';
import { USER_HINT, userFromPaste } from './user';
import { DC_BUILDS_SCRIPT, DELTA_SYNC, getAdUserCommand, userLabel } from './commands';
import { isUserName } from '../shared/values';
import { buildOf, hasNameMismatchBuild, needsKeyDeletionFix, updateList, updatedList, verdictLine, verdictTable, type Dc } from './dcs';
import { parseDcLines } from '../shared/dcs';
import { EVENT_358_KEY_TRUST, readDeployment } from '../shared/deployment';
import { dcBuildSteps } from '../shared/dcSteps';
import { SAMPLE_EMPTY, SAMPLE_WITH_KEY, readKeys } from './keys';
import type { KeyDeletionContext } from './machine';

const MESSAGE = 'That option is temporarily unavailable. For now, please use a different method to sign in.';

const names = (dcs: readonly Dc[]) => dcs.map((dc) => dc.name).join(', ');

const keyCommand: CodeBlock<KeyDeletionContext> = { label: 'PowerShell (RSAT Active Directory module)', language: 'powershell', code: (c) => getAdUserCommand(c.user) };

const dcLines = (c: KeyDeletionContext) => c.dcs.map((dc) => `${dc.name} ${buildOf(dc)}`).join('\n');

const keyHowTo = [
  {
    text: 'Run it on a domain controller or any computer with the Active Directory PowerShell module, then copy everything it prints. An empty value looks like "msDS-KeyCredentialLink : {}"; a value with keys shows one or more entries starting with "B:" inside the braces.',
  },
  {
    text: 'No PowerShell? In Active Directory Users and Computers, turn on View > Advanced Features, open the user, go to the Attribute Editor tab and look at msDS-KeyCredentialLink: "<not set>" means empty.',
  },
];

export const content: FlowContent<KeyDeletionContext, typeof import('./machine').machine> = {
  steps: {
    deployment: {
      kind: 'question',
      title: 'Which Windows Hello for Business deployment do you have?',
      body: 'This issue only happens with hybrid key trust: devices are hybrid joined, and each user\'s Hello key is registered in Microsoft Entra ID and then copied to on-premises Active Directory by Microsoft Entra Connect.',
      howTo: [
        { text: 'Look at the Windows Hello for Business policy (Group Policy or Intune). "Use certificate for on-premises authentication" turned on means certificate trust. "Use cloud trust for on-premises authentication" turned on means cloud Kerberos trust. Neither, on hybrid joined devices, means hybrid key trust.' },
      ],
      answers: [
        { event: 'HYBRID_KEY_TRUST', label: 'Hybrid key trust' },
        { event: 'ON_PREM_KEY_TRUST', label: 'On-premises key trust (no Microsoft Entra ID)' },
        { event: 'OTHER_TRUST', label: 'Certificate trust or cloud Kerberos trust' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Paste an event from the device and the app will tell you' },
      ],
      // Evidence pasted before the flow opened (event 358) can answer this straight away.
      read: (findings) => readDeployment(findings),
    },
    findDeployment: {
      kind: 'evidence',
      title: 'Find the deployment type from the device',
      needs: 'User Device Registration event 358 (or 360) from the device',
      body: 'When a user sets up Windows Hello, the device logs which policies were on. Paste that event and the app reads the deployment type from it.',
      howTo: [
        { text: 'On the affected device, open Event Viewer and go to Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin. Select the latest event 358 (or 360), then copy it with Copy > Copy Details as Text.' },
        { text: 'Or in PowerShell:', code: { language: 'powershell', code: "Get-WinEvent -LogName 'Microsoft-Windows-User Device Registration/Admin' | Where-Object Id -in 358,360 | Select-Object -First 1 | Format-List TimeCreated, Id, Message" } },
      ],
      detail: 'Event 358 lists the prerequisite checks. "User certificate for on premise auth policy is enabled: Yes" means certificate trust; "Cloud trust for on premise auth policy is enabled: Yes" (newer Windows) means cloud Kerberos trust. With both No on a hybrid joined device, the deployment is hybrid key trust.',
      answers: [
        { event: 'HYBRID_KEY_TRUST', label: 'Hybrid key trust' },
        { event: 'ON_PREM_KEY_TRUST', label: 'On-premises key trust' },
        { event: 'OTHER_TRUST', label: 'Certificate trust or cloud Kerberos trust' },
        { event: 'STILL_NOT_SURE', label: 'Still not sure: carry on', hint: 'The next checks are safe in any deployment' },
      ],
      read: (findings) => readDeployment(findings),
      sample: EVENT_358_KEY_TRUST,
    },
    symptom: {
      kind: 'question',
      title: 'How does Windows Hello sign-in fail?',
      body: `The error on the sign-in screen for this issue reads: "${MESSAGE}"\n\nWhich of these matches what the user sees?`,
      detail: 'With an affected domain controller, the first sign-in after setting up Hello works and the DC then deletes the user\'s public key from msDS-KeyCredentialLink, so the next sign-ins fail until Microsoft Entra Connect syncs the key back. With a mix of DC builds the failure is intermittent. A key that has not synced yet after provisioning gives the same message from the very first sign-in.',
      answers: [
        { event: 'AFTER_FIRST', label: 'The first sign-in after setup worked, later ones fail with that message' },
        { event: 'INTERMITTENT', label: 'It fails with that message now and then' },
        { event: 'NEVER_WORKED', label: 'It has failed with that message since setup' },
        { event: 'OTHER_MESSAGE', label: 'A different message' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Try signing in twice and watch' },
      ],
    },
    reproduce: {
      kind: 'action',
      title: 'Sign in with Windows Hello twice and watch',
      body: 'Two sign-ins in a row show the pattern. Do this on the affected device with the affected user.',
      steps: [
        { text: 'Lock the device (Windows logo key + L) and sign in with the PIN or biometrics.' },
        { text: 'Lock it again and sign in with Windows Hello a second time.' },
        { text: `Note whether each sign-in worked, and the exact message if one failed. The message for this issue is "${MESSAGE}"` },
      ],
      answers: [
        { event: 'FIRST_OK_THEN_FAILS', label: 'The first worked, the second failed with that message' },
        { event: 'BOTH_FAIL', label: 'Both failed with that message' },
        { event: 'BOTH_WORK', label: 'Both worked' },
        { event: 'OTHER_MESSAGE', label: 'A different message' },
      ],
    },
    ...dcBuildSteps<KeyDeletionContext>({
      why: 'The issue depends on the exact Windows build of each domain controller (DC), including the number after the dot.',
      example: '17763.1613',
      second: 'DC2 14393.4104',
      detail: 'Affected: Windows Server 2016 14393.3930 to 14393.4048 (fixed in 14393.4104, KB4593226) and Windows Server 2019 17763.1457 to 17763.1613 (fixed in 17763.1637, KB4592440). A Windows Server 2019 DC below 17763.316 has a different, older issue (KDC_ERR_CLIENT_NAME_MISMATCH, fixed by KB4487044).',
      sample: 'DC1 17763.1613\nDC2 14393.4104',
    }),
    userName: {
      kind: 'evidence',
      title: 'Which user is affected?',
      needs: "the affected user's sAMAccountName or UPN",
      body: (c) =>
        `${verdictTable(c.dcs, c.unread)}\n\nNext, check what happens to one affected user's key in Active Directory. Enter that user's sign-in name (sAMAccountName, like alexw) or UPN (like alexw@contoso.com).`,
      howTo: [{ text: 'On the user\'s device, whoami in a command prompt prints DOMAIN\\name; the part after the backslash is the sAMAccountName.' }],
      fields: [
        {
          name: 'user',
          label: 'User (sAMAccountName or UPN)',
          type: 'text',
          multiline: true,
          required: true,
          placeholder: 'alexw',
          help: 'A name, or what whoami or whoami /upn prints (the prompt line may come along).',
          validate: (raw) => {
            const user = userFromPaste(raw);
            return user && isUserName(user) ? undefined : USER_HINT;
          },
        },
      ],
      submit: { event: 'USER_ENTERED', label: 'Use this user' },
      answers: [{ event: 'NOT_SURE', label: "I'm not sure of the user's sign-in name", hint: 'Ways to look it up' }],
    },
    findUser: {
      kind: 'action',
      title: "Look up the user's sign-in name",
      body: 'Any one user who gets the message will do. You need the name Active Directory knows them by.',
      steps: [
        { text: 'On the user\'s device, signed in as that user, run whoami in a command prompt. It prints DOMAIN\\name; the part after the backslash is the sAMAccountName.', code: { language: 'cmd', code: 'whoami' } },
        { text: 'Or search Active Directory by display name (change the name in quotes) and read SamAccountName and UserPrincipalName:', code: { language: 'powershell', code: "Get-ADUser -Filter \"Name -like '*Wilber*'\" | Select-Object Name, SamAccountName, UserPrincipalName" } },
        { text: 'The UPN is also what the user types to sign in to Microsoft 365, for example alexw@contoso.com.' },
      ],
      answers: [{ event: 'READY', label: 'I have the name' }],
    },
    keyBefore: {
      kind: 'evidence',
      title: (c) => `Is ${userLabel(c.user)}'s key in Active Directory?`,
      needs: 'Get-ADUser output with msDS-KeyCredentialLink',
      body: (c) =>
        `Before anyone signs in again, read the Windows Hello keys stored on ${userLabel(c.user)}'s user object. Run the command below and paste what it prints, or choose the answer that matches.`,
      howTo: [{ text: 'The command, with the user filled in:', code: keyCommand }, ...keyHowTo],
      detail: 'After provisioning, the public key is registered in Microsoft Entra ID and Microsoft Entra Connect writes it to msDS-KeyCredentialLink on the on-premises user object. Until that has happened, key trust sign-in fails with the same message.',
      answers: [
        { event: 'KEYS_PRESENT', label: 'It holds one or more keys' },
        { event: 'KEYS_EMPTY', label: 'It is empty' },
      ],
      read: (findings, c) => readKeys(findings, c.user),
      sample: SAMPLE_WITH_KEY,
    },
    syncKey: {
      kind: 'action',
      title: 'Let Microsoft Entra Connect sync the key',
      body: (c) =>
        `${userLabel(c.user)} has no key in Active Directory. Right after provisioning that is normal: the key reaches Active Directory on the next Microsoft Entra Connect delta sync (every 30 minutes by default). It is also what an affected DC leaves behind after deleting the key. Either way, sync it now.`,
      steps: [
        { text: 'Wait for the next delta sync cycle, or start one now: on the Microsoft Entra Connect server, open PowerShell as administrator and run:', code: { language: 'powershell', code: DELTA_SYNC } },
        { text: 'Wait a few minutes for the cycle to finish. In Synchronization Service Manager (on the same server) the latest Delta Synchronization runs should show "success".' },
        { text: 'Do not sign in with Windows Hello yet; the next step reads the attribute again.' },
      ],
      answers: [{ event: 'DONE', label: 'The sync has run' }],
    },
    keySynced: {
      kind: 'evidence',
      title: (c) => `Has ${userLabel(c.user)}'s key arrived?`,
      needs: 'Get-ADUser output with msDS-KeyCredentialLink',
      body: 'Run the same command again and paste what it prints.',
      howTo: [{ text: 'The command, with the user filled in:', code: keyCommand }, ...keyHowTo],
      answers: [
        { event: 'KEYS_PRESENT', label: 'Yes, it holds a key now' },
        { event: 'KEYS_EMPTY', label: 'No, still empty' },
      ],
      read: (findings, c) => readKeys(findings, c.user),
      sample: SAMPLE_WITH_KEY,
    },
    keyAfter: {
      kind: 'evidence',
      title: 'Sign in once, then read the key again',
      needs: 'Get-ADUser output with msDS-KeyCredentialLink, after a sign-in',
      body: (c) =>
        `The key is in Active Directory now. Have ${userLabel(c.user)} lock the device (Windows logo key + L) and sign in once with Windows Hello. Then run the command again and paste what it prints. If the key has gone, a DC deleted it during that sign-in.`,
      howTo: [{ text: 'The same command, run after the sign-in:', code: keyCommand }, ...keyHowTo],
      detail: 'Comparing the attribute before and after one sign-in is the documented way to confirm the deletion. A sign-in that happens to reach a fixed DC leaves the key in place, so with mixed builds one try may not show it.',
      answers: [
        { event: 'KEYS_EMPTY', label: 'The key is gone (empty now)' },
        { event: 'KEYS_PRESENT', label: 'The key is still there' },
      ],
      read: (findings, c) => readKeys(findings, c.user),
      sample: SAMPLE_EMPTY,
    },
    signInWorks: {
      kind: 'check',
      title: 'Does Windows Hello sign-in work now?',
      body: (c) => `No DC you listed deletes keys, and ${userLabel(c.user)}'s key stays in Active Directory. Sign in with Windows Hello twice (lock the device between). Did both work?`,
      answers: [
        { event: 'WORKS', label: 'Yes, both worked' },
        { event: 'FAILS', label: `No, it still fails` },
      ],
    },
    updateDcs: {
      kind: 'action',
      title: 'Update the affected domain controllers',
      body: (c) =>
        `These DCs run builds that delete Windows Hello keys (or can't be ruled out): ${names(c.dcs.filter(needsKeyDeletionFix))}. Install the update that fixes it on each one. Any later cumulative update contains the fix too.`,
      steps: [
        { text: 'Update these DCs:', code: { label: 'DCs to update', language: 'text', code: (c) => updateList(c.dcs) } },
        { text: 'On each of them, install the update through Windows Update, WSUS or your usual patching, then restart it. Do one DC at a time so the others keep answering sign-ins.' },
        {
          text: 'Confirm the new build on each DC: run ver in a command prompt. Windows Server 2019 must show 10.0.17763.1637 or higher; Windows Server 2016 must show 10.0.14393.4104 or higher. winver shows the same as "OS Build".',
          code: { language: 'cmd', code: 'ver' },
        },
        { text: 'Or confirm them all at once; every line should now be at or above the fix build:', code: { language: 'powershell', code: DC_BUILDS_SCRIPT } },
        {
          text: "Put the deleted key back: on the Microsoft Entra Connect server, start a delta sync, then check the user's key is back.",
          code: { language: 'powershell', code: DELTA_SYNC },
        },
        { text: 'Check the key is there again:', code: { language: 'powershell', code: (c) => getAdUserCommand(c.user) } },
      ],
      detail: 'Fixes: Windows Server 2016 14393.4104 (KB4593226), Windows Server 2019 17763.1637 (KB4592440). Builds between the last affected build and the fix are not documented either way, so they are updated too.',
      answers: [{ event: 'DONE', label: 'Done: all updated and the key is back' }],
    },
    checkTwice: {
      kind: 'check',
      title: 'Sign in with Windows Hello twice',
      body: (c) =>
        `The key deletion showed on the second sign-in, so test two. Have ${userLabel(c.user)} lock the device and sign in with Windows Hello, then lock it again and sign in a second time. What happened?`,
      answers: [
        { event: 'BOTH_WORK', label: 'Both sign-ins worked' },
        { event: 'FIRST_FAILS', label: 'The first sign-in failed' },
        { event: 'SECOND_FAILS', label: 'The first worked, the second failed' },
      ],
    },
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Windows Hello sign-in works again',
      body: 'The domain controllers no longer delete the user\'s key, and two sign-ins in a row work. Other users who lost their key get it back on the next Microsoft Entra Connect delta sync. Keep every DC on the fixed builds or later.',
    },
    outWorksNow: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Both sign-ins worked',
      body: 'Nothing fails right now. This issue can come and go when DCs run a mix of builds, so if the message comes back, start this flow again and check every DC\'s build.',
    },
    outWasNotSynced: {
      kind: 'outcome',
      result: 'resolved',
      title: 'The key just had not synced yet',
      body: 'The failures came from the key not yet being in Active Directory, which is normal in the first minutes after setting up Windows Hello. Now that Microsoft Entra Connect has synced it and no DC deletes it, sign-in works. New users may see the same message until the next delta sync after they set up Hello.',
    },
    outNameMismatch: {
      kind: 'outcome',
      result: 'not-this',
      related: 'ws2019-key-trust-name-mismatch',
      title: 'Not this issue: early Windows Server 2019 DCs',
      body: (c) => {
        const early = c.dcs.filter(hasNameMismatchBuild);
        const alsoRange = c.dcs.filter(needsKeyDeletionFix);
        return (
          `${names(early)} ${early.length === 1 ? 'runs a Windows Server 2019 build' : 'run Windows Server 2019 builds'} below 17763.316. Those builds break key trust sign-in in a different way (KDC_ERR_CLIENT_NAME_MISMATCH), with the same message on screen. Follow the issue linked below; it is fixed by 17763.316 (KB4487044) or later.` +
          (alsoRange.length ? `\n\nAlso update ${names(alsoRange)}: ${alsoRange.length === 1 ? 'its build is' : 'their builds are'} in the key deletion range (or can't be ruled out).` : '')
        );
      },
    },
    outOnPremKeyTrust: {
      kind: 'outcome',
      result: 'not-this',
      related: 'ws2019-key-trust-name-mismatch',
      title: 'Not this issue: on-premises key trust',
      body: 'Key deletion only happens in hybrid key trust, where Microsoft Entra Connect copies keys to Active Directory. On-premises key trust with the same message on screen fits the Windows Server 2019 name mismatch issue when a DC runs a build below 17763.316. Open it below to check your DC builds.',
    },
    outNotKeyTrust: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: not a key trust deployment',
      body: 'Certificate trust and cloud Kerberos trust do not use the msDS-KeyCredentialLink key for sign-in to domain controllers this way, so DC builds cannot delete it. Go back to the list of issues and choose the one that matches what you see, or hand the case to your support team.',
    },
    outOtherError: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: `This issue shows "${MESSAGE}" on the sign-in screen. A different message points somewhere else.`,
      handOver: [
        'A photo or the exact text of the message on the sign-in screen',
        'dsregcmd /status output from the device',
        'The User Device Registration Admin log from the device (Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin)',
        'This report',
      ],
    },
    outKeyNotSyncing: {
      kind: 'outcome',
      result: 'escalate',
      title: 'The key does not reach Active Directory',
      body: (c) =>
        `${userLabel(c.user)}'s key is still missing from Active Directory after a delta sync. That is a Microsoft Entra Connect problem (for example the user is outside the sync scope, or the connector account may not write msDS-KeyCredentialLink), not the DC builds. Hand it to whoever runs Microsoft Entra Connect.`,
      handOver: [
        (c) => `Output of ${getAdUserCommand(c.user)}, before and after the sync`,
        'The last Delta Import, Delta Synchronization and Export runs in Synchronization Service Manager, with any errors for this user',
        'The Microsoft Entra Connect version',
        'dsregcmd /status from the device (NgcSet and NgcKeyId under User State)',
        'This report',
      ],
    },
    outKeyDeletedUnexplained: {
      kind: 'outcome',
      result: 'escalate',
      title: 'The key was deleted, but no DC build explains it',
      body: (c) =>
        `The key disappeared after a sign-in, yet none of the DCs you listed (${names(c.dcs)}) runs an affected build. First make sure the list holds every DC in the domain (Get-ADDomainController -Filter *); a missed DC on an affected build would explain it. If it is complete, hand the case over.`,
      handOver: [
        (c) => `The DC list with builds:\n${dcLines(c)}`,
        (c) => `Output of ${getAdUserCommand(c.user)} before and after the sign-in`,
        'The time of the sign-in and which DC the device used (nltest /dsgetdc:<domain> on the device)',
        'This report',
      ],
    },
    outNotThisKeyPersists: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: the key stays, yet sign-in fails',
      body: (c) =>
        `No DC you listed is in the affected range and ${userLabel(c.user)}'s key stays in Active Directory, so key deletion is not the cause. Something else stops key trust sign-in; hand the case over with the items below.`,
      handOver: [
        (c) => `The DC list with builds:\n${dcLines(c)}`,
        (c) => `Output of ${getAdUserCommand(c.user)}`,
        'dsregcmd /status from the device',
        'The User Device Registration Admin log and the System log from the device around the failed sign-in',
        'A network trace of a failed sign-in, if you can capture one (taken on the device, or on a domain controller with its built-in netsh trace or pktmon, never with Wireshark installed on the DC)',
        'This report',
      ],
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The DCs are updated but Windows Hello sign-in still fails. Pass on what you collected.',
      handOver: [
        (c) => `The DCs that were updated:\n${updatedList(c.dcs)}`,
        'The output of ver from every DC after the update',
        (c) => `Output of ${getAdUserCommand(c.user)} before and after each test sign-in`,
        'Which of the two sign-ins failed, with the time and the exact message',
        'dsregcmd /status from the device',
        'This report',
      ],
    },
  },
  references: [
    { title: 'Windows Hello for Business known deployment issues: Hybrid key trust sign in broken due to user public key deletion', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues' },
    { title: 'KB4593226: Windows Server 2016 build 14393.4104', source: 'https://support.microsoft.com/help/4593226' },
    { title: 'KB4592440: Windows Server 2019 build 17763.1637', source: 'https://support.microsoft.com/help/4592440' },
    { title: 'Get-ADUser', source: 'https://learn.microsoft.com/powershell/module/activedirectory/get-aduser' },
    { title: 'Microsoft Entra Connect Sync: scheduler (Start-ADSyncSyncCycle)', source: 'https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler' },
  ],
  describe: (e) => {
    const values = (e as { values?: { dcs?: unknown; user?: unknown } }).values;
    // Each DC with its verdict, so the report and the review say what every DC means here.
    if (e.type === 'BUILDS_ENTERED') return Array.isArray(values?.dcs) ? `DC builds:\n${parseDcLines(values.dcs).dcs.map(verdictLine).join('\n')}` : undefined;
    if (e.type === 'USER_ENTERED') return typeof values?.user === 'string' ? `User: ${values.user}` : undefined;
    return undefined;
  },
};

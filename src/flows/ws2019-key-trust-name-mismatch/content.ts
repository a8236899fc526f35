import type { FlowContent } from '../shared/types';
import { findingOf } from '../shared/findings';
import { DC_BUILDS_SCRIPT, TRACE_START, TRACE_STOP, WIRESHARK_ERROR_FILTER, WIRESHARK_FILTER } from './commands';
import { buildOf, inKeyDeletionRange, isAffected, isUnknown, updateList, updatedList, verdictLine, verdictTable, type Dc } from './dcs';
import { parseDcLines } from '../shared/dcs';
import { EVENT_358_KEY_TRUST, readDeployment } from '../shared/deployment';
import { dcBuildSteps } from '../shared/dcSteps';
import type { NameMismatchContext } from './machine';

const MESSAGE = 'That option is temporarily unavailable. For now, please use a different method to sign in.';

const names = (dcs: readonly Dc[]) => dcs.map((dc) => dc.name).join(', ');
const dcLines = (c: NameMismatchContext) => c.dcs.map((dc) => `${dc.name} ${buildOf(dc)}`).join('\n');

const WHY_NOT_SYNC =
  'Why this flow does not ask whether the key has synced: the source document says the error shows when the user\'s key "isn\'t synced" while msDS-KeyCredentialLink is already populated, and an earlier version of the same article said the key had synced. Both can\'t be the deciding sign, so the flow decides on what is certain: a Windows Server 2019 DC below 17763.316, and KDC_ERR_CLIENT_NAME_MISMATCH in a network trace.';

export const content: FlowContent<NameMismatchContext, typeof import('./machine').machine> = {
  steps: {
    deployment: {
      kind: 'question',
      title: 'Which Windows Hello for Business deployment do you have?',
      body: 'This issue affects key trust: hybrid key trust (keys registered in Microsoft Entra ID and synced to Active Directory) and on-premises key trust.',
      howTo: [
        { text: 'Look at the Windows Hello for Business policy (Group Policy or Intune). "Use certificate for on-premises authentication" turned on means certificate trust. "Use cloud trust for on-premises authentication" turned on means cloud Kerberos trust. Neither means key trust.' },
      ],
      answers: [
        { event: 'HYBRID_KEY_TRUST', label: 'Hybrid key trust' },
        { event: 'ON_PREM_KEY_TRUST', label: 'On-premises key trust' },
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
      detail: 'Event 358 lists the prerequisite checks. "User certificate for on premise auth policy is enabled: Yes" means certificate trust; "Cloud trust for on premise auth policy is enabled: Yes" (newer Windows) means cloud Kerberos trust. With both No, the deployment is key trust.',
      answers: [
        { event: 'HYBRID_KEY_TRUST', label: 'Hybrid key trust' },
        { event: 'ON_PREM_KEY_TRUST', label: 'On-premises key trust' },
        { event: 'OTHER_TRUST', label: 'Certificate trust or cloud Kerberos trust' },
        { event: 'STILL_NOT_SURE', label: 'Still not sure: carry on', hint: 'The DC builds decide the rest' },
      ],
      read: (findings) => readDeployment(findings),
      sample: EVENT_358_KEY_TRUST,
    },
    symptom: {
      kind: 'question',
      title: 'Does Windows Hello sign-in fail with this message?',
      body: `"${MESSAGE}"\n\nThe user sees it on the sign-in screen after choosing the PIN or biometrics.`,
      answers: [
        { event: 'YES', label: 'Yes, that message' },
        { event: 'OTHER_MESSAGE', label: 'A different message' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Try a sign-in and watch' },
      ],      read: (findings) =>
        findingOf(findings, 'sign-in-error') ? { event: { type: 'YES' }, because: 'The pasted text contains the message "That option is temporarily unavailable".' } : undefined,
    },
    reproduce: {
      kind: 'action',
      title: 'Try a Windows Hello sign-in and watch',
      body: 'Do this on the affected device with the affected user.',
      steps: [
        { text: 'Lock the device (Windows logo key + L).' },
        { text: 'Sign in with the PIN or biometrics.' },
        { text: `Note the exact message if it fails. The message for this issue is "${MESSAGE}"` },
      ],
      answers: [
        { event: 'SAW_MESSAGE', label: 'It failed with that message' },
        { event: 'OTHER_MESSAGE', label: 'It failed with a different message' },
        { event: 'WORKED', label: 'The sign-in worked' },
      ],
    },
    ...dcBuildSteps<NameMismatchContext>({
      why: 'Early Windows Server 2019 builds (below 17763.316) break key trust sign-in.',
      example: '17763.253',
      second: 'DC2 17763.316',
      detail: `Affected: Windows Server 2019 (10.0.17763) below 17763.316; fixed in 17763.316 (KB4487044). Windows Server 2016 DCs are not affected by this issue.\n\n${WHY_NOT_SYNC}`,
      sample: 'DC1 17763.253\nDC2 17763.1637',
    }),
    trace: {
      kind: 'evidence',
      title: 'Confirm with a network trace (optional)',
      needs: 'network trace text showing the Kerberos exchange',
      body: (c) =>
        `${verdictTable(c.dcs, c.unread)}\n\n` +
        (c.dcs.some(isAffected)
          ? 'The builds already point to this issue. A network trace of a failed sign-in can confirm it: the DC answers with the Kerberos error KDC_ERR_CLIENT_NAME_MISMATCH (error 75). You can skip this if you can\'t capture one.'
          : 'The builds can\'t settle it while a revision is missing. A network trace of a failed sign-in can: look for the Kerberos error KDC_ERR_CLIENT_NAME_MISMATCH (error 75).') +
        '\n\nPaste the lines of the trace that show the Kerberos error, or choose an answer.',
      howTo: [
        { text: 'On the affected device, in a command prompt run as administrator, start a capture:', code: { language: 'cmd', code: TRACE_START } },
        { text: 'Lock the device (Windows logo key + L), try to sign in with Windows Hello and let it fail, then sign in with the password. Stop the capture:', code: { language: 'cmd', code: TRACE_STOP } },
        { text: 'Open the trace in a network analyzer (Wireshark needs the .etl converted to .pcapng first, for example with Microsoft\'s etl2pcapng) and filter on Kerberos:', code: { language: 'text', code: WIRESHARK_FILTER } },
        {
          text: 'To capture on a domain controller instead, use its built-in tools and do not install Wireshark on the DC: the same netsh trace commands work on every version, and on Windows Server 2022 and later pktmon can capture and convert the file itself (pktmon start --capture, pktmon stop, pktmon etl2pcap). Keep the capture short (maxsize) and copy the file to a workstation to open it. In the analyzer, this filter shows only the error:',
          code: { language: 'text', code: WIRESHARK_ERROR_FILTER },
        },
      ],
      detail: `KDC_ERR_CLIENT_NAME_MISMATCH is Kerberos error code 75 (0x4B). Wireshark shows it as "KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH" in reply to the AS-REQ of the key trust sign-in.\n\nThe builds decide when they are known: a DC below 17763.316 is updated whether or not one trace caught it, because a sign-in can reach a different DC each time.\n\n${WHY_NOT_SYNC}`,
      answers: [
        { event: 'MISMATCH_SEEN', label: 'The trace shows KDC_ERR_CLIENT_NAME_MISMATCH' },
        { event: 'NO_MISMATCH', label: 'The trace shows no such error' },
        { event: 'NOT_SURE', label: "I'm not sure / I can't capture a trace", hint: 'Carry on with the DC builds alone' },
      ],
      read: (findings) => {
        const f = findingOf(findings, 'kdc-name-mismatch');
        if (!f) return undefined;
        return { event: { type: 'MISMATCH_SEEN' }, because: `${f.summary}: the DC rejected the key trust sign-in with Kerberos error 75.` };
      },
      sample: [
        'No.   Time       Source       Destination  Protocol Length Info',
        '412   3.218731   10.0.0.57    10.0.0.10    KRB5     1582   AS-REQ',
        '415   3.221904   10.0.0.10    10.0.0.57    KRB5     214    KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH',
      ].join('\n'),
    },
    readRevision: {
      kind: 'action',
      title: 'Read the missing revisions',
      body: (c) => `The revision decides whether ${names(c.dcs.filter(isUnknown))} ${c.dcs.filter(isUnknown).length === 1 ? 'has' : 'have'} this issue, and the trace didn't settle it.`,
      steps: [
        { text: (c) => `Sign in to each of these DCs: ${names(c.dcs.filter(isUnknown))}.` },
        { text: 'Open a command prompt and run ver. "Microsoft Windows [Version 10.0.17763.253]" means build 17763.253, which is below 17763.316 and affected.', code: { language: 'cmd', code: 'ver' } },
        { text: 'Then enter the builds again with the revisions. If you can\'t read them, installing the latest cumulative update on those DCs is safe and includes the fix.' },
      ],
      answers: [
        { event: 'RETRY', label: 'Enter the builds again' },
        { event: 'UPDATE_ANYWAY', label: 'Update those DCs anyway' },
      ],
    },
    updateDcs: {
      kind: 'action',
      title: 'Update the early Windows Server 2019 domain controllers',
      body: (c) =>
        `Every Windows Server 2019 DC must run 17763.316 (KB4487044) or later. In your list: ${names(c.dcs.filter((dc) => isAffected(dc) || isUnknown(dc)))}. Any later cumulative update contains the fix too.`,
      steps: [
        { text: 'Update these DCs:', code: { label: 'DCs to update', language: 'text', code: (c) => updateList(c.dcs) } },
        { text: 'On each of them, install the update through Windows Update, WSUS or your usual patching, then restart it. Do one DC at a time so the others keep answering sign-ins.' },
        {
          text: 'Confirm the new build on each DC: run ver in a command prompt. It must show 10.0.17763.316 or higher. winver shows the same as "OS Build".',
          code: { language: 'cmd', code: 'ver' },
        },
        { text: 'Or confirm them all at once; every Windows Server 2019 line should now be 17763.316 or higher:', code: { language: 'powershell', code: DC_BUILDS_SCRIPT } },
      ],
      detail: 'The fix is in Windows Server 2019 build 17763.316 (KB4487044). Windows Server 2016 DCs do not need it for this issue.',
      answers: [{ event: 'DONE', label: 'Done: all updated' }],
    },
    checkSignIn: {
      kind: 'check',
      title: 'Sign in with Windows Hello again',
      body: 'Lock the affected device (Windows logo key + L) and sign in with the PIN or biometrics. Did it work?',
      answers: [
        { event: 'WORKS', label: 'Yes, sign-in works' },
        { event: 'FAILS', label: 'No, it still fails' },
      ],
    },
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Windows Hello sign-in works again',
      body: 'Every Windows Server 2019 DC now runs 17763.316 or later, and key trust sign-in works. Keep new DCs on a current build too.',
    },
    outWorksNow: {
      kind: 'outcome',
      result: 'resolved',
      title: 'The sign-in worked',
      body: 'Nothing fails right now. If the message comes back, start this flow again and check every DC\'s build: a sign-in can reach a different DC each time.',
    },
    outNotKeyTrust: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: not a key trust deployment',
      body: 'This issue only breaks key trust sign-in. For certificate trust or cloud Kerberos trust, go back to the list of issues and choose the one that matches what you see, or hand the case to your support team.',
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
    outKeyDeletion: {
      kind: 'outcome',
      result: 'not-this',
      related: 'hybrid-key-deletion',
      title: 'Not this issue: look at key deletion instead',
      body: (c) =>
        `Every Windows Server 2019 DC you listed is at 17763.316 or later, so the name mismatch issue is fixed here. But ${names(c.dcs.filter(inKeyDeletionRange))} ${c.dcs.filter(inKeyDeletionRange).length === 1 ? 'runs a build' : 'run builds'} where hybrid key trust keys get deleted after sign-in (or can't be ruled out), with the same message on screen. Follow the issue linked below.`,
    },
    outBuildsFixed: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: no early Windows Server 2019 DC',
      body: (c) =>
        `No DC you listed runs a Windows Server 2019 build below 17763.316, so this issue can't happen here (Windows Server 2016 DCs don't have it). First make sure the list holds every DC in the domain (Get-ADDomainController -Filter * lists them): one missed early DC would be enough.` +
        (c.deployment === 'on-prem' && c.dcs.some(inKeyDeletionRange) ? ' The key deletion issue only applies to hybrid key trust, so it does not fit either.' : '') +
        ' If the list is complete, hand the case over with the items below.',
      handOver: [
        (c) => `The DC list with builds:\n${dcLines(c)}`,
        'A network trace of a failed sign-in, if you can capture one (taken on the device, or on a domain controller with its built-in netsh trace or pktmon, never with Wireshark installed on the DC): look for Kerberos errors',
        'dsregcmd /status from the device',
        "Get-ADUser <user> -Properties msDS-KeyCredentialLink for the affected user",
        'This report',
      ],
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The early Windows Server 2019 DCs are updated but Windows Hello sign-in still fails. Pass on what you collected.',
      handOver: [
        (c) => `The DCs that were updated:\n${updatedList(c.dcs)}`,
        'The output of ver from every DC after the update',
        'A network trace of a failed sign-in after the update (taken on the device, or on a domain controller with its built-in netsh trace or pktmon, never with Wireshark installed on the DC): look for KDC_ERR_CLIENT_NAME_MISMATCH or other Kerberos errors',
        "Get-ADUser <user> -Properties msDS-KeyCredentialLink for the affected user",
        'dsregcmd /status from the device',
        'This report',
      ],
    },
  },
  references: [
    { title: 'Windows Hello for Business known deployment issues: Key trust authentication broken for Windows Server 2019', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues' },
    { title: 'KB4487044: Windows Server 2019 build 17763.316', source: 'https://support.microsoft.com/help/4487044' },
  ],
  describe: (e) => {
    const values = (e as { values?: { dcs?: unknown } }).values;
    // Each DC with its verdict, so the report and the review say what every DC means here.
    if (e.type === 'BUILDS_ENTERED') return Array.isArray(values?.dcs) ? `DC builds:\n${parseDcLines(values.dcs).dcs.map(verdictLine).join('\n')}` : undefined;
    return undefined;
  },
};

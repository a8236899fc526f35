import type { AnyFinding } from '../../evidence/types';
import { UDR_CHECK_LABELS } from '../../evidence/udr-event';
import { formatBuild } from '../../evidence/build-numbers';
import { findingOf, findingsOf } from '../shared/findings';
import type { FlowContent, Reading } from '../shared/types';
import {
  ADFS_1021_QUERY,
  DRS_CLIENT_ID,
  GET_OBJECT_ID,
  OBJECT_ID_PLACEHOLDER,
  RESTART_ADFS,
  SELFSCOPE,
  SHOW_PERMISSION,
  UDR_EVENTS_QUERY,
  objectIdentifierOf,
  setPermissionCommand,
} from './commands';
import type { UgsContext } from './machine';

const ENROLLMENT_AUTHORITY = 'enrollment authority';

/** Triage: the enrollment method says whether certificates come through AD FS. */
function readDeployment(findings: AnyFinding[]): Reading | undefined {
  const method = (findingOf(findings, 'udr-event')?.facts.certEnrollmentMethod ?? findingOf(findings, 'dsregcmd')?.facts.certEnrollment ?? '').trim().toLowerCase();
  if (method === ENROLLMENT_AUTHORITY) {
    return { event: { type: 'ADFS_CERT' }, because: 'The evidence shows the certificate enrollment method "enrollment authority": Windows Hello certificates are enrolled through AD FS.' };
  }
  if (method === 'mobile device management') {
    return { event: { type: 'OTHER' }, because: 'The evidence shows the certificate enrollment method "mobile device management": certificates come through Intune, not AD FS.' };
  }
  return undefined;
}

function udrLabel(key: string): string {
  return (UDR_CHECK_LABELS as Record<string, string>)[key] ?? key;
}

const objectIdShown = (c: UgsContext) => c.objectId || OBJECT_ID_PLACEHOLDER;

const OS_WORDS = { ws2019: 'Windows Server 2019', newer: 'Windows Server, version 1903 or later', older: 'a Windows Server release older than 2019' } as const;

const SAMPLE_362 = [
  'Log Name:      Microsoft-Windows-User Device Registration/Admin',
  'Source:        Microsoft-Windows-User Device Registration',
  'Date:          5/21/2024 8:41:09 AM',
  'Event ID:      362',
  'Task Category: None',
  'Level:         Warning',
  'Keywords:',
  'User:          S-1-5-21-1004336348-1177238915-682003330-1120',
  'Computer:      PC-0193.ad.contoso.com',
  'Description:',
  'Windows Hello for Business provisioning will not be launched.',
  'Device is AAD joined ( AADJ or DJ++ ): Yes',
  'User has logged on with AAD credentials: Yes',
  'Windows Hello for Business policy is enabled: Yes',
  'Windows Hello for Business post-logon provisioning is enabled: Yes',
  'Local computer meets Windows hello for business hardware requirements: Yes',
  'User is not connected to the machine via Remote Desktop: Yes',
  'User certificate for on premise auth policy is enabled: Yes',
  'Enterprise user logon certificate enrollment endpoint is ready: Not Tested',
  'Enterprise user logon certificate template is : No ( 1 : StateNoPolicy )',
  'User has successfully authenticated to the enterprise STS: No',
  'Certificate enrollment method: enrollment authority',
  'See https://go.microsoft.com/fwlink/?linkid=832647 for more details.',
].join('\n');

const SAMPLE_1021 = [
  'Log Name:      AD FS/Admin',
  'Source:        AD FS',
  'Date:          5/21/2024 8:41:07 AM',
  'Event ID:      1021',
  'Task Category: None',
  'Level:         Error',
  'Keywords:      AD FS',
  'User:          CONTOSO\\svc-adfs',
  'Computer:      ADFS01.ad.contoso.com',
  'Description:',
  'Encountered error during OAuth token request.',
  '',
  'Additional Data',
  '',
  'Exception details:',
  `Microsoft.IdentityServer.Web.Protocols.OAuth.Exceptions.OAuthUnauthorizedClientException: MSIS9368: Received invalid OAuth request. The client '${DRS_CLIENT_ID}' is forbidden to access the resource '${SELFSCOPE}' with scope 'ugs'.`,
  '   at Microsoft.IdentityServer.Web.Protocols.OAuth.OAuthProtocolContext.ValidateScopes(String scopeParameter, String clientId, String relyingPartyId)',
].join('\n');

export const content: FlowContent<UgsContext, typeof import('./machine').machine> = {
  steps: {
    deployment: {
      kind: 'question',
      title: 'Do users get their Windows Hello certificate through AD FS?',
      body: 'This problem is in certificate trust deployments, hybrid or on-premises, where AD FS acts as the enrollment authority: the device has to authenticate to AD FS before Windows Hello for Business can request the user\'s certificate.',
      howTo: [
        { text: 'Ask whoever set up Windows Hello for Business. Or look at event 362 on the device (next step): its line "Certificate enrollment method: enrollment authority" means certificates are enrolled through AD FS.' },
      ],
      answers: [
        { event: 'ADFS_CERT', label: 'Yes, certificate trust through AD FS' },
        { event: 'OTHER', label: 'No: key trust, cloud Kerberos trust, or certificates through Intune' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Event 362 on the device will tell' },
      ],
      read: readDeployment,
    },
    event362: {
      kind: 'evidence',
      title: 'Read event 362 on the device',
      needs: 'User Device Registration event 362 (or 358 / 360)',
      body: (c) =>
        (c.waited ? 'You waited for the device and signed in again. ' : '') +
        'Each time a user signs in, Windows checks whether it can start Windows Hello for Business setup and writes the result to the User Device Registration log. When setup is blocked in a certificate trust deployment, the result is event 362. Paste the latest one, or answer from what it shows.',
      howTo: [
        { text: 'On the affected device, signed in as the user: Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin. Find the latest event 362 and use Copy > Copy Details as Text.' },
        { text: 'Or in PowerShell on the device:', code: { language: 'powershell', code: UDR_EVENTS_QUERY } },
      ],
      detail: 'The line to look at is "User has successfully authenticated to the enterprise STS: No". The enterprise STS is AD FS. When only that line fails, the template and enrollment endpoint lines may also say No or Not Tested, because the device learns them from AD FS after it authenticates; the cloud Kerberos trust lines may say No too, which certificate trust does not need. When any other line says No, the provisioning guide fixes that line first and comes back here only if the STS line is then the last No.',
      submit: { event: 'UDR_EVENT', label: 'Use what the event says' },
      answers: [
        { event: 'STS_NO', label: '"Authenticated to the enterprise STS: No" is the problem', hint: 'It is the only line that says No (template and enrollment lines aside)' },
        { event: 'OTHER_NO', label: 'Another line says No as well', hint: 'For example the policy or the join: that is fixed first' },
        { event: 'NO_362', label: 'There is no event 362' },
      ],
      read: (findings) => {
        const f = findingsOf(findings, 'udr-event').find((x) => [358, 360, 362].includes(x.facts.eventId));
        if (!f) return undefined;
        const { eventId, stsAuthenticated, failing } = f.facts;
        const others = failing.filter((k) => k !== 'stsAuthenticated').map(udrLabel);
        const sts = stsAuthenticated === 'no' ? 'the user has not authenticated to the enterprise STS (AD FS)' : stsAuthenticated === 'yes' ? 'the user has authenticated to the enterprise STS' : 'the enterprise STS line is not tested';
        const because =
          eventId === 358
            ? 'Event 358: the checks passed and Windows Hello for Business setup will start.'
            : `Event ${eventId}: ${sts}` + (others.length ? `; these lines also say No: ${others.join(', ')}.` : '.');
        return { event: { type: 'UDR_EVENT', values: { eventId, sts: stsAuthenticated ?? '', failing: [...failing] } }, because };
      },
      sample: SAMPLE_362,
    },
    recentJoin: {
      kind: 'question',
      title: 'Was the device joined recently?',
      body: 'A device that was joined or registered in the last few hours may not be able to authenticate to AD FS yet: its registration first has to reach the on-premises directory. Until then event 362 says No for the enterprise STS even though nothing is broken.',
      answers: [
        { event: 'RECENT', label: 'Yes, in the last day or so' },
        { event: 'NOT_RECENT', label: 'No, it has been joined for a while' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to see when it joined' },
      ],
    },
    findJoinDate: {
      kind: 'action',
      title: 'See when the device joined',
      steps: [
        { text: 'In the Microsoft Entra admin center, go to Devices > All devices and search for the device name. The Registered column shows when it joined.' },
        { text: 'For an on-premises deployment (devices registered with AD FS), ask when the device was set up, re-imaged or renamed; each of these registers it again.' },
      ],
      answers: [
        { event: 'RECENT', label: 'It joined in the last day or so' },
        { event: 'NOT_RECENT', label: 'It joined earlier than that' },
      ],
    },
    waitRecheck: {
      kind: 'action',
      title: 'Give the new device time, then check again',
      body: 'Nothing needs changing yet. The device\'s registration has to be synchronised to the on-premises directory before AD FS can authenticate it.',
      steps: [
        { text: 'Wait at least one directory synchronisation cycle (Microsoft Entra Connect runs one every 30 minutes by default). Waiting until the next day is safer.' },
        { text: 'Have the user sign out and sign back in (or restart the device). Windows checks again at every sign-in.' },
        { text: 'If the Windows Hello for Business setup screen appears, you are done. If not, read the latest event 362 again.' },
      ],
      answers: [
        { event: 'STARTED', label: 'The Windows Hello setup appeared' },
        { event: 'RECHECK', label: 'Check event 362 again' },
        { event: 'STILL_NO', label: 'It has been long enough and it still says No', hint: 'Look at AD FS next' },
      ],
    },
    event1021: {
      kind: 'evidence',
      title: 'Look for event 1021 on the AD FS servers',
      needs: 'AD FS/Admin event 1021',
      body: 'When AD FS refuses the device\'s authentication because of this problem, it logs event 1021 in its Admin log: the device registration client is forbidden to use the scope ugs. Look at the time the user signed in, on each AD FS server of the farm.',
      howTo: [
        { text: 'On each AD FS server: Event Viewer > Applications and Services Logs > AD FS > Admin. Find event 1021 around the user\'s sign-in and use Copy > Copy Details as Text.' },
        { text: 'Or in PowerShell on each AD FS server:', code: { language: 'powershell', code: ADFS_1021_QUERY } },
      ],
      detail: `The exception to look for is MSIS9368: "Received invalid OAuth request. The client '${DRS_CLIENT_ID}' is forbidden to access the resource '${SELFSCOPE}' with scope 'ugs'."`,
      submit: { event: 'ADFS_1021', label: 'Use what the event says' },
      answers: [
        { event: 'UGS_1021', label: 'Yes: MSIS9368, forbidden to access selfscope with scope ugs' },
        { event: 'OTHER_1021', label: 'Event 1021, but with a different message' },
        { event: 'NO_1021', label: 'No event 1021 on any AD FS server' },
      ],
      read: (findings) => {
        const all = findingsOf(findings, 'adfs-1021');
        const f = all.find((x) => x.facts.isUgsScopeIssue) ?? all[0];
        if (!f) return undefined;
        const { isUgsScopeIssue, msis, clientId, scope } = f.facts;
        const values = { isUgsScopeIssue, ...(msis ? { msis } : {}), ...(clientId ? { clientId } : {}), ...(scope ? { scope } : {}) };
        const because = isUgsScopeIssue
          ? `AD FS refused the device registration client the ugs scope${msis ? ` (${msis})` : ''}.`
          : `The AD FS error${msis ? ` ${msis}` : ''} is not the ugs scope refusal${scope ? ` (scope '${scope}')` : ''}.`;
        return { event: { type: 'ADFS_1021', values }, because };
      },
      sample: SAMPLE_1021,
    },
    adfsVersion: {
      kind: 'question',
      title: 'Which Windows Server do the AD FS servers run?',
      body: 'The scope check that causes this is a fault in AD FS on Windows Server 2019. Windows Server, version 1903 and later have the fix.',
      howTo: [{ text: 'On an AD FS server, run winver, or this in a command prompt. Build 17763 is Windows Server 2019.', code: { language: 'cmd', code: 'ver' } }],
      answers: [
        { event: 'WS2019', label: 'Windows Server 2019' },
        { event: 'NEWER', label: 'Windows Server, version 1903 or later', hint: 'Including Windows Server 2022 and 2025' },
        { event: 'OLDER', label: 'Windows Server 2016 or older' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Paste the build and the app will tell you' },
      ],
    },
    checkAdfsBuild: {
      kind: 'evidence',
      title: 'Check the AD FS server\'s build',
      needs: 'the AD FS server\'s Windows build (ver or winver)',
      body: 'Run ver on an AD FS server and paste what it prints, or type the build number.',
      howTo: [
        { text: 'In a command prompt on the AD FS server:', code: { language: 'cmd', code: 'ver' } },
        { text: 'Or run winver and read "OS Build".' },
      ],
      detail: '17763 is Windows Server 2019 (and version 1809); 18362 is version 1903; 20348 is Windows Server 2022; 26100 is Windows Server 2025; 14393 is Windows Server 2016.',
      fields: [{ name: 'build', label: 'Windows build', type: 'text', required: true, placeholder: '10.0.17763.5696', help: 'For example 17763.5696 or the whole line that ver prints.' }],
      submit: { event: 'BUILD_ENTERED', label: 'Check the build' },
      answers: [
        { event: 'WS2019', label: 'It is Windows Server 2019' },
        { event: 'NEWER', label: 'It is version 1903 or later' },
        { event: 'OLDER', label: 'It is Windows Server 2016 or older' },
      ],
      read: (findings) => {
        const m = findingOf(findings, 'os-builds')?.facts.machines[0];
        if (!m) return undefined;
        const build = formatBuild(m.major, m.revision);
        return { event: { type: 'BUILD_ENTERED', values: { build } }, because: `The paste shows build ${build}${m.name ? ` on ${m.name}` : ''}.` };
      },
      sample: 'Microsoft Windows [Version 10.0.17763.5696]',
    },
    objectId: {
      kind: 'evidence',
      title: 'Get the ObjectIdentifier of the permission to fix',
      needs: 'the ObjectIdentifier printed by Get-AdfsApplicationPermission',
      body: 'The fix adds the ugs scope to the permission AD FS keeps for the device registration client. That permission is named by an ObjectIdentifier: get it now, and the app puts it into the fix command for you.',
      howTo: [
        { text: 'On the primary AD FS server, open PowerShell as administrator (right-click Windows PowerShell > Run as administrator).' },
        { text: 'Run this and copy the identifier it prints:', code: { language: 'powershell', code: GET_OBJECT_ID } },
      ],
      detail: `The permission is the one whose server role identifier is ${SELFSCOPE} and whose client role identifier is ${DRS_CLIENT_ID}. Its ObjectIdentifier is a GUID. The client id ${DRS_CLIENT_ID} itself is not the ObjectIdentifier.`,
      fields: [
        {
          name: 'objectId',
          label: 'ObjectIdentifier',
          type: 'text',
          required: true,
          placeholder: '00000000-0000-0000-0000-000000000000',
          help: 'Paste what the command prints (the GUID under "Guid", with or without the command line), or type the GUID.',
          multiline: true,
          validate: (raw) =>
            objectIdentifierOf(raw)
              ? undefined
              : raw.toLowerCase().includes(DRS_CLIENT_ID)
                ? `That is the client id, not the ObjectIdentifier. Run the command above and copy the GUID it prints.`
                : 'This does not look like a GUID. Copy the whole identifier the command prints, e.g. 1a2b3c4d-0000-1111-2222-333344445555.',
        },
      ],
      submit: { event: 'OBJECT_ID_ENTERED', label: 'Fill in the fix' },
      answers: [{ event: 'SKIP', label: 'Skip: I will run it during the fix', hint: `The command keeps ${OBJECT_ID_PLACEHOLDER} for you to replace` }],
    },
    fixScope: {
      kind: 'action',
      title: 'Add the ugs scope on AD FS',
      body: (c) =>
        'Do this once for the AD FS farm, on the primary AD FS server. It adds the missing ugs scope and allows the device registration client to use it.' +
        (c.objectId ? `\n\nThe ObjectIdentifier you entered (${c.objectId}) is already in step 6.` : `\n\nReplace ${OBJECT_ID_PLACEHOLDER} in step 6 with the identifier step 5 prints.`),
      steps: [
        { text: 'Open the AD FS management console and go to Services > Scope Descriptions.' },
        { text: 'Right-click Scope Descriptions and choose Add Scope Description.' },
        { text: 'Type ugs as the name, then select Apply and OK.' },
        { text: 'Open PowerShell as administrator.' },
        { text: 'Get the ObjectIdentifier of the permission for the device registration client:', code: { language: 'powershell', code: GET_OBJECT_ID } },
        { text: 'Add the ugs scope to that permission:', code: { language: 'powershell', code: (c) => setPermissionCommand(c.objectId || undefined) } },
        {
          text: 'Restart the AD FS service on every server of the farm, one server at a time, in a maintenance window: take the server out of the load balancer, restart it, check that the service is running again (Get-Service adfssrv) and that sign-in works through it, put it back, then move on to the next. Never restart every server of the farm at once: sign-ins through AD FS stop for everyone while it restarts.',
          code: { language: 'powershell', code: RESTART_ADFS },
        },
        { text: 'Restart the affected device and have the user sign in. The Windows Hello for Business setup should now appear.' },
      ],
      detail: (c) =>
        `Steps 1 to 3 can also be done in PowerShell with Add-AdfsScopeDescription -Name 'ugs'. To check the change, run this and look for ugs in ScopeNames:\n\n${SHOW_PERMISSION}\n\nThe identifier used: ${objectIdShown(c)}.`,
      answers: [{ event: 'DONE', label: 'Done, the device has restarted' }],
    },
    retry: {
      kind: 'check',
      title: 'Did Windows Hello for Business setup start?',
      body: 'After the restart, when the user signs in, Windows should offer to set up Windows Hello for Business (a PIN). What happened?',
      answers: [
        { event: 'PROMPTED', label: 'Yes, the setup appeared' },
        { event: 'COMMAND_FAILED', label: 'A command gave an error', hint: 'Check the ObjectIdentifier and try again' },
        { event: 'NO_PROMPT', label: 'No, setup still does not start' },
      ],
    },
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Windows Hello for Business setup starts again',
      body: 'AD FS now allows the ugs scope, so devices authenticate and provisioning starts. The change is in the AD FS configuration, so every device and user benefits; nothing has to be done per device.',
    },
    outResolvedAfterWait: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Setup started after waiting',
      body: 'The device only needed time for its registration to reach the on-premises directory. Nothing was broken, and AD FS needs no change.',
    },
    outNotAdfsCertTrust: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: certificates are not enrolled through AD FS',
      body: 'This problem only affects certificate trust deployments that enroll through AD FS. Go back to the list of issues and pick the one that matches what you see, or hand the case to your support team.',
    },
    outOtherPrereq: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: another provisioning check fails',
      body: 'Event 362 shows another check failing besides the enterprise STS line (for example the policy, the join or the user\'s credentials). That check comes first: the certificate trust provisioning guide fixes it. If the STS line is then the only No left, that guide sends you back here.',
      related: 'hybrid-cert-trust-provisioning',
    },
    outNo362: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: no event 362 blocks provisioning',
      body: 'Without event 362, device authentication to AD FS is not what stops Windows Hello for Business. Follow the certificate trust provisioning stages to see where it does stop.',
      related: 'hybrid-cert-trust-provisioning',
    },
    outOther1021: {
      kind: 'outcome',
      result: 'escalate',
      title: 'A different AD FS error: hand this to your support team',
      body: 'AD FS logs event 1021, but not the ugs scope refusal this fix is for. Support needs the full event to continue.',
      handOver: [
        'The full AD FS/Admin event 1021 text (with the exception details) from each AD FS server',
        'Event 362 from the device',
        'The AD FS servers\' Windows build (ver)',
        'This report',
      ],
    },
    outNo1021: {
      kind: 'outcome',
      result: 'escalate',
      title: 'No AD FS error found: hand this to your support team',
      body: 'The device cannot authenticate to AD FS, yet no AD FS server logs event 1021. The request may not reach AD FS at all, or fail in a different place.',
      handOver: [
        'Event 362 from the device, with the time of the sign-in',
        'The AD FS/Admin log from every AD FS server, covering that time',
        'dsregcmd /status output from the device',
        'This report',
      ],
    },
    outNotWs2019: {
      kind: 'outcome',
      result: 'escalate',
      title: 'AD FS is not on Windows Server 2019: hand this to your support team',
      body: (c) =>
        `The AD FS servers run ${c.adfsOs ? OS_WORDS[c.adfsOs] : 'a release other than Windows Server 2019'}${c.adfsBuild ? ` (build ${c.adfsBuild})` : ''}. ` +
        (c.adfsOs === 'newer'
          ? 'That release already has the fix for the ugs scope check, so this is not the cause.'
          : 'The ugs scope fault belongs to AD FS on Windows Server 2019, so this is not the cause.') +
        ' Support needs to look at why AD FS refuses the device.',
      handOver: ['The AD FS/Admin event 1021 text from each AD FS server', 'Event 362 from the device', 'The AD FS servers\' Windows build (ver)', 'This report'],
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The ugs scope was added but Windows Hello for Business setup still does not start.',
      handOver: [
        'The latest event 362 from the device, after the restart',
        'Any new AD FS/Admin event 1021 from the AD FS servers',
        `The output of: ${SHOW_PERMISSION}`,
        (c) => `The command run in step 6: ${setPermissionCommand(c.objectId || undefined)}`,
        'This report',
      ],
    },
  },
  references: [
    { title: 'Windows Hello for Business known deployment issues: Certificate trust provisioning with AD FS broken on Windows Server 2019', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues' },
    { title: 'Hybrid certificate trust provisioning', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-hybrid-cert-whfb-provision' },
    { title: 'Set-AdfsApplicationPermission', source: 'https://learn.microsoft.com/powershell/module/adfs/set-adfsapplicationpermission' },
    { title: 'Get-AdfsApplicationPermission', source: 'https://learn.microsoft.com/powershell/module/adfs/get-adfsapplicationpermission' },
  ],
  describe: (e) => {
    const v = (e as { values?: Record<string, unknown> }).values ?? {};
    if (e.type === 'UDR_EVENT') {
      const failing = Array.isArray(v.failing) ? v.failing.map((k) => udrLabel(String(k))) : [];
      return `Event ${String(v.eventId ?? '?')}` + (failing.length ? `, failing: ${failing.join(', ')}` : ', no failing line');
    }
    if (e.type === 'ADFS_1021') return v.isUgsScopeIssue === true ? 'AD FS event 1021: ugs scope refused (MSIS9368)' : 'AD FS event 1021: a different error';
    if (e.type === 'BUILD_ENTERED') return `AD FS server build ${String(v.build ?? '')}`;
    if (e.type === 'OBJECT_ID_ENTERED') return `ObjectIdentifier ${String(v.objectId ?? '')}`;
    return undefined;
  },
};

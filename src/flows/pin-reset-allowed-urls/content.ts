import type { AnyFinding } from '../../evidence/types';
import type { FlowContent } from '../shared/types';
import { findingOf } from '../shared/findings';
import { readEntraJoined } from '../shared/join';
import type { PinResetContext } from './machine';
import { OMA_URI, US_GOV_HOST, policyValue } from './policy';

const usGov = (c: PinResetContext) => c.idp === 'usgov' || c.idp === 'both';


/** The PIN reset error text → the hosts it could not open. */
function blockedHosts(findings: AnyFinding[]): string[] {
  return findingOf(findings, 'pin-reset-error')?.facts.hosts ?? [];
}

export const content: FlowContent<PinResetContext, typeof import('./machine').machine> = {
  steps: {
    joined: {
      kind: 'question',
      title: 'Is the device Microsoft Entra joined?',
      body: 'This problem only happens on devices joined straight to Microsoft Entra ID (not hybrid joined to an on-premises domain as well).',
      howTo: [
        { text: 'On the device, open Settings > Accounts > Access work or school. An Entra joined device shows "Connected to <organisation> Azure AD" (or "Microsoft Entra ID").' },
        { text: 'Or run this in a command prompt and look at the Device State section:', code: { language: 'cmd', code: 'dsregcmd /status' } },
      ],
      detail: 'AzureAdJoined YES with DomainJoined NO means Entra joined. AzureAdJoined YES with DomainJoined YES is hybrid joined, which this flow does not cover.',
      answers: [
        { event: 'YES', label: 'Yes, Entra joined' },
        { event: 'NO', label: 'No (hybrid or domain joined)' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Paste dsregcmd /status and the app will tell you' },
      ],
      read: readEntraJoined,
    },
    checkJoin: {
      kind: 'evidence',
      title: 'Check how the device is joined',
      needs: 'dsregcmd /status output',
      body: 'Run the command below on the affected device and paste everything it prints. The app reads the Device State section for you.',
      howTo: [{ text: 'In a command prompt (no admin rights needed):', code: { language: 'cmd', code: 'dsregcmd /status' } }],
      answers: [
        { event: 'YES', label: 'Entra joined' },
        { event: 'NO', label: 'Not Entra joined' },
      ],
      read: readEntraJoined,
      sample: [
        '+----------------------------------------------------------------------+',
        '| Device State                                                         |',
        '+----------------------------------------------------------------------+',
        '',
        '             AzureAdJoined : YES',
        '          EnterpriseJoined : NO',
        '              DomainJoined : NO',
        '               Device Name : LAPTOP-7Q2',
      ].join('\n'),
    },
    whereError: {
      kind: 'question',
      title: 'Did the error appear after choosing "I forgot my PIN"?',
      body: 'The reset starts from the lock screen: under the PIN box the user selects "I forgot my PIN", and a full-screen sign-in page opens. Did "We can\'t open that page right now" appear on that page?',
      detail: 'PIN reset on Entra joined devices runs in web sign-in above the lock screen, which only opens pages on an allowed list of domains.',
      answers: [
        { event: 'YES', label: 'Yes, during PIN reset' },
        { event: 'NO', label: 'No, somewhere else' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Try it once and watch' },
      ],
      read: (findings) => {
        const f = findingOf(findings, 'pin-reset-error');
        return f?.facts.sawMessage ? { event: { type: 'YES' }, because: 'The pasted text is the PIN reset error screen.' } : undefined;
      },
    },
    reproduce: {
      kind: 'action',
      title: 'Try a PIN reset and watch the screen',
      body: 'Reproducing it once tells us exactly what fails. It changes nothing unless the user finishes the reset.',
      steps: [
        { text: 'Lock the device (Windows logo key + L) or sign out.' },
        { text: 'On the sign-in screen choose the PIN option, then select "I forgot my PIN" under the PIN box.' },
        { text: 'Watch the full-screen page that opens. Normally it asks the user to sign in with their Microsoft Entra account and complete multifactor authentication (MFA) before the new PIN can be set. If it says "We can\'t open that page right now" instead, write down the web address shown at the end of the message.' },
      ],
      answers: [
        { event: 'SAW_ERROR', label: 'I saw "We can\'t open that page right now"' },
        { event: 'NO_ERROR', label: 'The reset page opened normally' },
      ],
    },
    signInKind: {
      kind: 'question',
      title: 'Where does the user sign in?',
      body: 'Web sign-in already allows the normal Microsoft sign-in pages. It blocks the page when sign-in is sent to your own federation server (AD FS) or to another identity provider, and in Azure US Government tenants.',
      howTo: [
        { text: 'On another device, open a private browser window, go to https://myapps.microsoft.com and type the user\'s name. If the address bar then moves to a host of your own (for example fs.contoso.com or a third-party sign-in service), sign-in is federated.' },
        { text: 'A tenant in the US Government cloud signs in at login.microsoftonline.us.' },
      ],
      answers: [
        { event: 'FEDERATED', label: 'Federated (AD FS or another identity provider)' },
        { event: 'US_GOV', label: 'Azure US Government tenant' },
        { event: 'BOTH', label: 'Both' },
        { event: 'NEITHER', label: 'Neither: plain Microsoft sign-in, commercial cloud' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'The address on the error screen will tell us' },
      ],
      read: (findings) => {
        const hosts = blockedHosts(findings);
        if (!hosts.length) return undefined;
        const gov = hosts.includes(US_GOV_HOST);
        const own = hosts.filter((h) => h !== US_GOV_HOST);
        if (gov && own.length) return { event: { type: 'BOTH' }, because: `The error names ${US_GOV_HOST} and your own host ${own[0]}.` };
        if (gov) return { event: { type: 'US_GOV' }, because: `The error names ${US_GOV_HOST}, the US Government sign-in host.` };
        return { event: { type: 'FEDERATED' }, because: `The error names ${own[0]}, which is not a Microsoft sign-in host, so sign-in is sent to your own provider.` };
      },
    },
    blockedHost: {
      kind: 'evidence',
      title: 'Which address could not be opened?',
      needs: 'the PIN reset error text or the host names it shows',
      body: (c) =>
        'The error message ends with the web address that was blocked. Type the host name (for example fs.contoso.com), or paste the whole message and the app will pick it out. You can add more than one host, one per line.' +
        (usGov(c) ? `\n\nBecause this is an Azure US Government tenant, ${US_GOV_HOST} is added for you.` : '') +
        (c.hosts.length ? `\n\nAlready on the list: ${c.hosts.join(', ')}.` : ''),
      fields: [
        {
          name: 'hosts',
          label: 'Blocked host names',
          type: 'hosts',
          required: (c) => !usGov(c) && c.hosts.length === 0,
          placeholder: 'fs.contoso.com',
          help: 'Host names only: no https://, path or port. One per line, or separated by ; or commas.',
        },
      ],
      submit: { event: 'HOSTS_ENTERED', label: 'Build the policy value' },
      answers: [{ event: 'NO_ADDRESS', label: "I can't see an address", hint: 'How to find the host another way' }],
      read: (findings) => {
        const hosts = blockedHosts(findings);
        if (!hosts.length) return undefined;
        return { event: { type: 'HOSTS_ENTERED', values: { hosts } }, because: `The error text names ${hosts.join(', ')} as the page it could not open.` };
      },
      sample: "We can't open that page right now.\nhttps://fs.contoso.com/adfs/ls/?client-request-id=6f1c",
    },
    findHost: {
      kind: 'action',
      title: 'Find the sign-in host another way',
      body: 'If the message shows no address, the host is the one your users are sent to when they sign in.',
      steps: [
        { text: 'On another device, open a private browser window and go to https://myapps.microsoft.com.' },
        { text: "Type the affected user's name and continue. Note the host name in the address bar of the page that asks for the password (for example fs.contoso.com)." },
        { text: 'If that page loads pieces from other hosts (for example a separate MFA provider), note those too: web sign-in must be allowed to open each of them.' },
      ],
      answers: [{ event: 'READY', label: 'I have the host names' }],
    },
    configurePolicy: {
      kind: 'action',
      title: 'Allow the sign-in hosts for web sign-in',
      body: 'Set the ConfigureWebSignInAllowedUrls policy on the affected devices to the value below. It needs Windows 10 1803 with KB5001339 (build 17134.2145) or later. Microsoft documents the whole procedure in "Configure allowed URLs for federated identity providers on Microsoft Entra joined devices" (see the references).',
      steps: [
        {
          text: 'This is the policy value, built from the hosts you entered:',
          code: { label: 'Policy value', language: 'text', code: (c) => policyValue(c.hosts, usGov(c)) },
        },
        {
          text: 'In the Intune admin center: Devices > Configuration > Create > New policy, platform Windows 10 and later, profile type Settings catalog. Add the setting Authentication > Configure Web Sign In Allowed Urls and paste the value.',
        },
        {
          text: 'Or use a Custom profile with this OMA-URI, data type String, and the value above:',
          code: { label: 'OMA-URI', language: 'text', code: OMA_URI },
        },
        { text: 'Assign the profile to the affected devices (or a group that contains them) and save.' },
        { text: 'On the device, sync now: Settings > Accounts > Access work or school > select the account > Info > Sync.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, the policy is assigned' }],
    },
    retry: {
      kind: 'check',
      title: 'Try the PIN reset again',
      body: 'Lock the device, select "I forgot my PIN" and go through the reset: the user signs in on the reset page and completes multifactor authentication (MFA), then sets a new PIN. What happens now?',
      answers: [
        { event: 'FIXED', label: 'The reset worked' },
        { event: 'NEW_HOST', label: 'Same error, but a different address', hint: 'Add that host to the list' },
        { event: 'SAME_HOST', label: 'Same error, same address' },
        { event: 'OTHER_ERROR', label: 'A different error' },
      ],
    },
    policyArrived: {
      kind: 'question',
      title: 'Has the device received the policy?',
      body: 'If the same address is still blocked, the policy most likely has not reached the device yet.',
      howTo: [
        { text: 'On the device, run this in PowerShell; it prints the value the device has:', code: { language: 'powershell', code: "Get-ItemProperty -Path 'HKLM:\\SOFTWARE\\Microsoft\\PolicyManager\\current\\device\\Authentication' -Name ConfigureWebSignInAllowedUrls" } },
        { text: 'Or in Intune, open the configuration profile and look at its device status for this device.' },
      ],
      answers: [
        { event: 'YES', label: 'Yes, the value is there and correct' },
        { event: 'NO', label: 'No, it is missing or different' },
        { event: 'NOT_SURE', label: "I'm not sure" },
      ],
    },
    deliverPolicy: {
      kind: 'action',
      title: 'Get the policy onto the device',
      steps: [
        { text: 'Check that the profile is assigned to a group that contains this device (or its user), and that its status for the device is not "Error" or "Conflict".' },
        { text: 'Check the device runs Windows 10 1803 with KB5001339 (build 17134.2145) or later; older builds ignore the setting. Run winver to see the build.' },
        { text: 'Sync the device again: Settings > Accounts > Access work or school > the account > Info > Sync, then wait a few minutes.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, try the reset again' }],
    },
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'PIN reset works again',
      body: 'Web sign-in can now open the sign-in hosts. Keep the policy assigned to every Entra joined device that signs in through the same provider, so other users do not hit the same error.',
    },
    outWorksNow: {
      kind: 'outcome',
      result: 'resolved',
      title: 'PIN reset opened normally',
      body: 'The reset page loads, so this device does not have the allowed-URLs problem right now. If the error comes back, start this flow again and note the address it shows.',
    },
    outNotEntraJoined: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: the device is not Entra joined',
      body: 'This fix is for devices joined only to Microsoft Entra ID. For hybrid or domain joined devices, go back to the list of issues and choose the one that matches what you see, or hand the case to your support team.',
    },
    outNotPinReset: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: the error is not from PIN reset',
      body: '"We can\'t open that page right now" is covered here only when it appears in the PIN reset screen started from "I forgot my PIN". Go back to the list of issues to find the one that matches where you see the error.',
    },
    outNotFederated: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'Without federated sign-in or a US Government tenant, the standard Microsoft sign-in pages are already allowed, so the allow list is not the cause. Your support team needs to look further.',
      handOver: [
        'A photo or the exact text of the error, including the address it shows',
        'dsregcmd /status output from the device',
        'The device build (winver)',
        'This report',
      ],
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The allowed-hosts policy is in place but the reset still fails, so something else is blocking it. Pass on what you collected.',
      handOver: [
        'The exact error text and the address it shows now',
        (c) => `The policy value that was set: ${policyValue(c.hosts, usGov(c)) || '(none)'}`,
        'dsregcmd /status output and the device build (winver)',
        'An MDM diagnostics report: Settings > Accounts > Access work or school > Export your management log files',
        'This report',
      ],
    },
  },
  references: [
    { title: 'Windows Hello for Business known deployment issues: PIN reset on Microsoft Entra join devices fails', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues' },
    { title: 'PIN reset: Configure allowed URLs for federated identity providers on Microsoft Entra joined devices', source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-feature-pin-reset#configure-allowed-urls-for-federated-identity-providers-on-microsoft-entra-joined-devices' },
    { title: 'Policy CSP: Authentication/ConfigureWebSignInAllowedUrls', source: 'https://learn.microsoft.com/windows/client-management/mdm/policy-csp-authentication' },
  ],
  describe: (e) => {
    if (e.type === 'HOSTS_ENTERED') {
      const hosts = (e as { values?: { hosts?: unknown } }).values?.hosts;
      return Array.isArray(hosts) ? `Blocked hosts: ${hosts.join(', ')}` : undefined;
    }
    return undefined;
  },
};

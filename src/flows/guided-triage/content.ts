/** The words of the guided triage, one entry per state of its machine. */
import type { FlowContent } from '../shared/types';
import { describeBuild, readBuildLines, type DcBuild } from './builds';
import type { TriageContext } from './machine';


const DOING_WORDS = { 'sign-in': 'signing in', 'pin-reset': 'resetting a PIN', setup: 'setting up Windows Hello', 'on-prem': 'reaching on-premises resources' } as const;
const JOIN_WORDS = { hybrid: 'hybrid joined', domain: 'joined to the on-premises domain only', entra: 'Microsoft Entra joined' } as const;

const list = (builds: readonly DcBuild[], pick: (b: DcBuild) => boolean) =>
  builds
    .filter(pick)
    .map(describeBuild)
    .join(', ');

/** The builds typed, one per line, as evidence for the DC builds step of the flow it opens. */
const buildLines = (c: TriageContext) => c.builds.map((b) => (b.name ? `${b.name} ${b.build}` : b.build)).join('\n');
/** The key trust deployment answer of the DC-build flows, when the triage knows it. */
const keyTrustDeployment = (c: TriageContext): Record<string, string> =>
  c.trust !== 'key' ? {} : c.join === 'hybrid' ? { deployment: 'HYBRID_KEY_TRUST' } : c.join === 'domain' ? { deployment: 'ON_PREM_KEY_TRUST' } : {};

const DSREGCMD_HOWTO = {
  text: 'On the device, open a command prompt and run the command below. In the Device State section: AzureAdJoined YES and DomainJoined YES means hybrid joined; AzureAdJoined YES and DomainJoined NO means Entra joined; AzureAdJoined NO and DomainJoined YES means joined to the on-premises domain only.',
  code: { language: 'cmd' as const, code: 'dsregcmd /status' },
};

const JOIN_ANSWERS = [
  { event: 'HYBRID', label: 'Hybrid joined', hint: 'Joined to the on-premises domain and registered in Microsoft Entra ID' },
  { event: 'DOMAIN', label: 'On-premises only', hint: 'Joined to the on-premises domain, not to Microsoft Entra ID' },
  { event: 'ENTRA', label: 'Microsoft Entra joined', hint: 'Joined to Microsoft Entra ID only (cloud)' },
];

const TRUST_ANSWERS = [
  { event: 'KEY', label: 'Key trust', hint: 'Users authenticate to the domain with their Windows Hello key' },
  { event: 'CERT', label: 'Certificate trust', hint: 'Users get a sign-in certificate, enrolled through AD FS' },
  { event: 'CLOUD_KERBEROS', label: 'Cloud Kerberos trust', hint: 'Microsoft Entra ID issues a partial Kerberos ticket; no PKI for users' },
];

export const content: FlowContent<TriageContext, typeof import('./machine').machine> = {
  references: [
    { title: 'Known issues with Windows Hello for Business deployments', source: 'Windows Hello for Business known deployment issues (seed: known-deployment-issues.md)' },
    { title: 'Hybrid certificate trust provisioning', source: 'Seed: hybrid-cert-trust-provisioning.md' },
  ],
  describe: (e) => {
    const lines = (e as { values?: { builds?: unknown } }).values?.builds;
    return Array.isArray(lines) ? lines.join(', ') : undefined;
  },
  steps: {
  doing: {
    kind: 'question',
    title: 'What were you doing when it went wrong?',
    body: 'Pick the closest match. A few questions later you will get the troubleshooting flow that fits, or a plain answer that none does.',
    answers: [
      { event: 'SIGN_IN', label: 'Signing in or unlocking with Windows Hello', hint: 'PIN, fingerprint or face on the sign-in screen' },
      { event: 'PIN_RESET', label: 'Resetting a forgotten PIN', hint: '"I forgot my PIN" on the sign-in screen' },
      { event: 'SETUP', label: 'Setting up Windows Hello', hint: 'The PIN setup never starts, or stops part way' },
      { event: 'ON_PREM', label: 'Reaching on-premises resources', hint: 'File shares or internal apps from a device signed in with Windows Hello' },
      { event: 'ERROR_CODE', label: 'Windows showed an error code', hint: 'A code such as 0x801C03ED, for example on the "Create a PIN" screen' },
      { event: 'OTHER', label: 'Something else' },
    ],
  },
  join: {
    kind: 'question',
    title: 'How is the device joined?',
    body: 'The documented issues each apply to one kind of deployment, so this decides which ones can fit.',
    answers: [...JOIN_ANSWERS, { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to tell in a minute' }],
  },
  joinHowTo: {
    kind: 'question',
    title: 'Find out how the device is joined',
    body: 'One command on the affected device tells you. No admin rights are needed.',
    howTo: [
      DSREGCMD_HOWTO,
      { text: 'Or open Settings > Accounts > Access work or school: an Entra joined device says "Connected to … Azure AD" (or Microsoft Entra ID); a hybrid joined device says "Connected to … AD domain" and is also registered in Entra ID.' },
    ],
    answers: [...JOIN_ANSWERS, { event: 'STILL_NOT_SURE', label: "I still can't tell" }],
  },
  trust: {
    kind: 'question',
    title: 'Does your deployment use key trust or certificate trust?',
    body: (c) =>
      c.doing === 'on-prem'
        ? 'Entra joined devices reach on-premises resources with either the Windows Hello key or a certificate. Your identity team chose one when Windows Hello for Business was deployed.'
        : 'Your identity team chose one when Windows Hello for Business was deployed.',
    answers: [...TRUST_ANSWERS, { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to tell' }],
  },
  trustHowTo: {
    kind: 'question',
    title: 'Find out which trust type you use',
    body: 'Any of these tells you. If none is at hand, continue anyway: the next questions still narrow it down.',
    howTo: [
      { text: 'Certificate trust has the policy "Use certificate for on-premises authentication" turned on. In a User Device Registration event (358, 360 or 362) the line "User certificate for on premise auth policy is enabled" then says Yes.' },
      { text: 'In dsregcmd /status, the Ngc Prerequisite Check line CertEnrollment says "enrollment authority" (or "mobile device management") with certificate trust, and "none" with key trust.', code: { language: 'cmd', code: 'dsregcmd /status' } },
      { text: 'With certificate trust a signed-in user who set up Windows Hello has a certificate issued through AD FS in their personal store (certmgr.msc > Personal > Certificates). With key trust there is none; the key sits in the msDS-KeyCredentialLink attribute of the user in Active Directory.' },
    ],
    answers: [...TRUST_ANSWERS, { event: 'STILL_NOT_SURE', label: "I still can't tell, continue anyway" }],
  },
  pinMessage: {
    kind: 'question',
    title: 'What does the PIN reset screen say?',
    body: 'After "I forgot my PIN", a full-screen sign-in page opens. What did it show?',
    answers: [
      { event: 'CANT_OPEN', label: '"We can\'t open that page right now"', hint: 'Usually followed by a web address' },
      { event: 'OTHER_MESSAGE', label: 'Something else' },
      { event: 'NOT_SURE', label: "I'm not sure", hint: 'The PIN reset flow shows how to try it once and read the message' },
    ],
  },
  message: {
    kind: 'question',
    title: 'What does the sign-in screen say?',
    body: 'Pick the message the user sees when Windows Hello sign-in fails.',
    answers: [
      { event: 'TEMP_UNAVAILABLE', label: '"That option is temporarily unavailable. For now, please use a different method to sign in."' },
      { event: 'NAME_MISMATCH', label: 'No message to quote, but a network trace shows KDC_ERR_CLIENT_NAME_MISMATCH' },
      { event: 'CANT_VERIFY', label: '"Your credentials could not be verified", or status 0xc00000bb' },
      { event: 'OTHER_MESSAGE', label: 'A different message' },
      { event: 'NOT_SURE', label: "I'm not sure", hint: "The domain controllers' builds narrow it down without the message" },
    ],
  },
  dcBuilds: {
    kind: 'evidence',
    needs: 'The build (with revision) of every domain controller',
    title: 'Which builds do your domain controllers run?',
    body: '"That option is temporarily unavailable" has three documented causes that look the same on the device: domain controllers on builds that delete the user\'s key, Windows Server 2019 domain controllers below build 17763.316, or a new key that has not synced to Active Directory yet. The domain controllers\' builds tell them apart.',
    howTo: [
      { text: 'On each domain controller, run ver in a command prompt; it prints the full build, for example Microsoft Windows [Version 10.0.17763.1613]. winver shows it as "OS Build 17763.1613".', code: { language: 'cmd', code: 'ver' } },
    ],
    fields: [
      {
        name: 'builds',
        type: 'list',
        required: true,
        label: 'Domain controller builds, one per line',
        help: 'A build with its revision (17763.1613, 14393.4046), optionally after the DC name, or the whole line ver prints.',
        placeholder: 'DC1 17763.1613\nDC2 14393.4104',
        validate: (raw) => readBuildLines(raw.split('\n').map((l) => l.trim()).filter(Boolean)).problems[0],
      },
    ],
    submit: { event: 'BUILDS_ENTERED', label: 'Check the builds' },
    answers: [{ event: 'NO_BUILDS', label: "I don't have the builds", hint: 'How to collect them' }],
  },
  buildsHowTo: {
    kind: 'question',
    title: 'Collect the domain controllers\' builds',
    body: 'The revision (the number after the dot, also called UBR) matters: 17763 alone is not enough.',
    howTo: [
      { text: 'On each domain controller, in a command prompt:', code: { language: 'cmd', code: 'ver' } },
      {
        text: 'Or, from a machine with the Active Directory PowerShell module, for every domain controller at once (needs PowerShell remoting to the DCs):',
        code: {
          language: 'powershell',
          code: "Get-ADDomainController -Filter * | ForEach-Object { Invoke-Command -ComputerName $_.HostName -ScriptBlock { $v = Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'; \"$env:COMPUTERNAME $($v.CurrentBuild).$($v.UBR)\" } }",
        },
      },
      { text: 'systeminfo and [Environment]::OSVersion do not show the revision; use one of the above.' },
    ],
    answers: [
      { event: 'READY', label: 'I have the builds' },
      { event: 'CANT_GET', label: "I can't get them" },
    ],
  },
  justProvisioned: {
    kind: 'question',
    title: 'Did the user set up Windows Hello only recently?',
    body: (c) =>
      `The builds you entered (${list(c.builds, () => true)}) have neither domain controller issue. One more documented cause remains: in hybrid key trust, a new key must sync from Microsoft Entra ID to Active Directory before the user can sign in with it. Did the user set up Windows Hello since the last Microsoft Entra Connect sync cycle (typically within the last half hour or so)?`,
    answers: [
      { event: 'YES', label: 'Yes, just now or today' },
      { event: 'NO', label: 'No, it worked before' },
      { event: 'NOT_SURE', label: "I'm not sure" },
    ],
  },
  setupEvent: {
    kind: 'question',
    title: 'What does the User Device Registration log say?',
    body: 'When Windows decides whether to start the PIN setup, it writes an event with each prerequisite check and its answer.',
    howTo: [
      { text: 'On the device, open Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin, and look at the newest event 358, 360 or 362.' },
    ],
    answers: [
      { event: 'STS_NO', label: 'Event 362 with "User has successfully authenticated to the enterprise STS: No"' },
      { event: 'NEVER_STARTS', label: 'Setup never starts, and I can run dsregcmd /status', hint: 'It names the first prerequisite that stops setup' },
      { event: 'OTHER_EVENT', label: 'Another event, or another check says No' },
      { event: 'NOT_SURE', label: "I can't find these events" },
    ],
  },
  caIssuer: {
    kind: 'question',
    title: 'Who issues your domain controllers\' certificates?',
    body: 'Entra joined devices check the domain controller\'s certificate before they ask for access to an on-premises resource. Certificates from a non-Microsoft certificate authority need extra names in them.',
    howTo: [
      { text: 'On a domain controller, open certlm.msc > Personal > Certificates and look at the "Issued By" column of its domain controller certificate; your PKI team knows whether that CA is Active Directory Certificate Services or another product.' },
      { text: 'On the device, the log Applications and Services Logs > Microsoft > Windows > Security-Kerberos > Operational (off by default) shows event 107, "The Kerberos client received a KDC certificate that does not have a matched domain name", when this is the problem.' },
    ],
    answers: [
      { event: 'NON_MICROSOFT', label: 'A non-Microsoft certificate authority' },
      { event: 'EVENT_107', label: 'I see Kerberos event 107 on the device' },
      { event: 'MICROSOFT', label: 'Microsoft (Active Directory Certificate Services)' },
      { event: 'NOT_SURE', label: "I'm not sure", hint: 'The flow starts by checking the certificate' },
    ],
  },

  // ------------------------------------------------------------------ results: a flow fits
  toPinReset: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'pin-reset-allowed-urls',
    // Entra joined, and the message appeared after "I forgot my PIN".
    carry: () => ({ answers: { joined: 'YES', whereError: 'YES' } }),
    title: 'This is the PIN reset allowed-pages issue',
    body: 'On Entra joined devices, PIN reset runs in web sign-in, which only opens pages on an allowed list. When sign-in goes to your own federation server or another identity provider (or to the Azure US Government sign-in page), the page is blocked with "We can\'t open that page right now". The flow builds the policy value that allows it.',
  },
  toKeyDeletion: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'hybrid-key-deletion',
    carry: (c) => ({ answers: keyTrustDeployment(c), evidence: buildLines(c) }),
    title: 'Update your domain controllers: the key deletion issue',
    body: (c) => {
      const affected = list(c.builds, (b) => b.keyDeletion === 'affected');
      const gap = list(c.builds, (b) => b.keyDeletion === 'unknown');
      const parts = [
        affected ? `These domain controllers run builds that delete the Windows Hello key from Active Directory after the user signs in: ${affected}.` : '',
        gap
          ? `These run builds between the documented affected range and its fix, which the documentation does not cover either way (neither known to delete keys nor known to be fixed): ${gap}. Treat them like the affected builds and update them.`
          : '',
        'Windows Server 2016 is fixed in 14393.4104 (KB4593226) and Windows Server 2019 in 17763.1637 (KB4592440).',
      ];
      const nm = list(c.builds, (b) => b.nameMismatch === 'affected');
      if (nm) parts.push(`\n\nAlso update the Windows Server 2019 domain controllers below 17763.316 (${nm}): they have a second, older key trust issue, fixed by KB4487044.`);
      return parts.filter(Boolean).join(' ').replace(' \n\n', '\n\n');
    },
  },
  toNameMismatch: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'ws2019-key-trust-name-mismatch',
    carry: (c) => {
      const deployment = keyTrustDeployment(c);
      // The message question comes after the deployment one: carried only when both are known.
      const symptom: Record<string, string> = deployment.deployment && c.builds.length ? { symptom: 'YES' } : {};
      return { answers: { ...deployment, ...symptom }, evidence: buildLines(c) };
    },
    title: 'Early Windows Server 2019 domain controllers break key trust',
    body: (c) =>
      c.builds.length
        ? `These Windows Server 2019 domain controllers are below build 17763.316: ${list(c.builds, (b) => b.nameMismatch === 'affected')}. They fail key trust sign-in with KDC_ERR_CLIENT_NAME_MISMATCH; build 17763.316 (KB4487044) fixes it.`
        : 'KDC_ERR_CLIENT_NAME_MISMATCH in a trace of a key trust sign-in points to Windows Server 2019 domain controllers below build 17763.316 (fixed by KB4487044). The flow checks the builds and walks you through the update.',
  },
  toKdcCert: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'non-microsoft-ca-kdc-cert',
    carry: (c) => ({ answers: { joined: 'YES', ...(c.trust === 'key' ? { trustType: 'KEY' } : {}) } }),
    title: 'Check the domain controller certificates',
    body: 'When a non-Microsoft CA issues the domain controller certificates, an Entra joined device using key trust only accepts a certificate whose subject holds the domain controller\'s distinguished name, or whose subject alternative name lists the domain controller\'s and the domain\'s DNS names and the domain\'s NetBIOS name. Otherwise the Kerberos client logs event 107 and on-premises resources fail. The flow checks the certificate and says what to change.',
  },
  toNtauth: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'ntauth-ca-missing',
    carry: () => ({ answers: { symptom: 'CANT_VERIFY' } }),
    title: 'Check the issuing CA in NTAuth',
    body: 'This message after Windows Hello was set up usually means the domain controller does not trust the CA that issued its certificate (or the user\'s), because that CA is missing from the forest\'s NTAuth store. The flow checks the store and the machines\' copies and says how to publish the CA safely.',
  },
  toHelloErrorCodes: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It looks the code up and walks you through its fix.',
    related: 'hello-error-codes',
    title: 'Look up the error code',
    body: 'Microsoft documents the codes Windows Hello setup shows, with what each means and how to fix it. The flow below asks for the code (in any form, or the whole screen pasted) and takes you to its fix, or says who to hand it to.',
  },
  toUgsScope: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'adfs2019-ugs-scope',
    title: 'AD FS on Windows Server 2019 rejects the device',
    body: 'Event 362 with "authenticated to the enterprise STS: No" blocks certificate trust provisioning. With AD FS on Windows Server 2019, the usual cause is a missing ugs scope (AD FS logs event 1021). The flow confirms it and adds the scope.',
  },
  toCloudKerberos: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'cloud-kerberos-trust',
    carry: () => ({ answers: { trustType: 'CLOUD' } }),
    title: 'Check the cloud Kerberos trust prerequisites',
    body: 'The flow checks, in order, that the policies really give cloud Kerberos trust, that the user gets a partial TGT from Microsoft Entra ID, the Microsoft Entra Kerberos server object of the domain, writable domain controllers in the user\'s site, privileged accounts and the ways of signing in that are not supported.',
  },
  toProvisioningNotStarting: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It reads dsregcmd /status and names what stops setup.',
    related: 'provisioning-not-starting',
    title: 'Find why Windows Hello setup does not start',
    body: 'The flow reads the whole dsregcmd /status output (join state, device health, the primary refresh token and each line of the prerequisite check) and gives the fix for the first line that fails.',
  },
  toCertProvisioning: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'A documented issue fits: open the flow below. It confirms the cause and walks you through the fix.',
    related: 'hybrid-cert-trust-provisioning',
    title: 'Walk through hybrid certificate trust provisioning',
    body: 'The flow goes through the provisioning stages one by one (device registration, prerequisite checks, MFA, key registration, certificate enrollment through AD FS) and finds where it stops.',
  },
  outWaitForSync: {
    kind: 'outcome',
    result: 'not-this',
    verdict: 'Most likely no fix is needed: wait for the sync, then try again.',
    related: 'hybrid-key-deletion',
    title: 'The key probably hasn\'t synced yet',
    body: 'Your domain controllers have the fixes, so the most likely cause is that the new key is not in Active Directory yet: until Microsoft Entra Connect syncs it, Windows Hello sign-in shows "That option is temporarily unavailable".\n\nWait for the Microsoft Entra Connect delta sync, or start one on the Entra Connect server, then sign in again.',
    howTo: [{ text: 'On the Microsoft Entra Connect server, in PowerShell:', code: { language: 'powershell', code: 'Start-ADSyncSyncCycle -PolicyType Delta' } }],
    also: [{ flow: 'hybrid-key-deletion', when: 'If it still fails after a sync, check whether the key reaches Active Directory and stays there' }],
  },

  // ------------------------------------------------------------------ results: none fits
  outOther: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: 'The documented issues are all about signing in, resetting a PIN, setting up Windows Hello, or reaching on-premises resources. If you have an error text, an event or command output, go back to the start page and search for it or paste it: the app may recognise it. Otherwise hand the case to your support team.',
  },
  outNeedJoin: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None fits yet: the join type decides',
    body: 'Each documented issue applies to one kind of deployment (Entra joined, hybrid joined or on-premises), so the triage can\'t pick one without it. Ask whoever manages the devices, or paste the output of dsregcmd /status on the start page: the app reads the join type and suggests the issue.',
  },
  outNotEntra: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: (c) =>
      c.doing === 'pin-reset'
        ? `The documented PIN reset issue affects Microsoft Entra joined devices only; this device is ${c.join ? JOIN_WORDS[c.join] : 'not Entra joined'}. Hand the case to your support team with the exact message the PIN reset screen shows.`
        : `The documented on-premises access issue affects Microsoft Entra joined devices only; this device is ${c.join ? JOIN_WORDS[c.join] : 'not Entra joined'}. If Windows Hello sign-in itself fails, start again and choose signing in.`,
  },
  outEntraSignIn: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: (c) =>
      `The documented issues with ${c.doing ? DOING_WORDS[c.doing] : 'this'} concern hybrid or on-premises deployments, and this device is Microsoft Entra joined. If the trouble is only with file shares or other on-premises resources, start again and choose that; otherwise hand the case to your support team.`,
  },
  outWrongTrust: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: (c) =>
      c.doing === 'setup'
        ? 'The documented setup (provisioning) issues concern certificate trust, and you use key trust. If setup finishes but sign-in then fails with "That option is temporarily unavailable", start again and choose signing in.'
        : `The documented issues with ${c.doing ? DOING_WORDS[c.doing] : 'this'} concern key trust, and you use certificate trust. If Windows Hello setup is what fails, start again and choose setting up Windows Hello; otherwise hand the case to your support team.`,
  },
  outOtherMessage: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: (c) =>
      c.doing === 'pin-reset'
        ? 'The documented PIN reset issue shows "We can\'t open that page right now". Write down the exact message and hand it to your support team, or paste it on the start page to search for it.'
        : 'The documented sign-in issues show "That option is temporarily unavailable. For now, please use a different method to sign in." (or KDC_ERR_CLIENT_NAME_MISMATCH in a network trace). Write down the exact message and hand it to your support team, or paste it on the start page to search for it.',
  },
  outBuildsFixed: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: (c) =>
      c.join === 'hybrid'
        ? `Your domain controllers (${list(c.builds, () => true)}) have both fixes, and the key is not new, so none of the documented causes explains the message. Check that the user's key is in Active Directory (Get-ADUser <user> -Properties msDS-KeyCredentialLink) and hand the case to your support team with the builds and that output.`
        : `No Windows Server 2019 domain controller is below 17763.316 (${list(c.builds, () => true)}), and the key-deletion issue affects hybrid deployments only, so none of the documented causes fits an on-premises key trust deployment. Hand the case to your support team with these builds.`,
  },
  outNeedBuilds: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None fits yet: the builds decide',
    body: 'The three documented causes of "That option is temporarily unavailable" look the same on the device; only the domain controllers\' builds tell them apart. Ask your Active Directory team for the build (with revision) of every domain controller, then start again. Both flows below also explain how to read them.',
    also: [
      { flow: 'hybrid-key-deletion', when: 'Hybrid key trust, and the first sign-in after setup worked but later ones fail (sometimes only now and then)' },
      { flow: 'ws2019-key-trust-name-mismatch', when: 'Windows Server 2019 domain controllers, or KDC_ERR_CLIENT_NAME_MISMATCH in a network trace' },
    ],
  },
  outSetupOnPrem: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: 'Without event 362 reporting a failed enterprise STS authentication, the AD FS scope issue does not apply, and the provisioning walk-through covers hybrid certificate trust only. Hand the case to your support team with the newest User Device Registration event (358, 360 or 362).',
  },
  outMicrosoftCa: {
    kind: 'outcome',
    result: 'escalate',
    title: 'None of the documented issues fits',
    body: 'The documented on-premises access issue concerns domain controller certificates from a non-Microsoft CA. With Active Directory Certificate Services it does not apply. If the device logs Kerberos event 107 anyway, start again and say so; otherwise hand the case to your support team.',
  },
  },
};

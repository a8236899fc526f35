/** The words of cloud-kerberos-trust: one entry per state of its machine. */
import type { AnyFinding, KerberosServerDomain } from '../../evidence/types';
import { findingOf } from '../shared/findings';
import { cmdWord, psLiteral } from '../shared/quote';
import type { FlowContent, Reading } from '../shared/types';
import { isDcName, isDomainName, type CloudKerberosTrustContext as C } from './machine';

export const DEPLOY_URL = 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/deploy/hybrid-cloud-kerberos-trust';
export const ENTRA_KERBEROS_URL = 'https://learn.microsoft.com/entra/identity/authentication/howto-authentication-passwordless-security-key-on-premises';

/** `$domain = '<domain>'`: the case's domain as a PowerShell literal, or the signed-in user's domain. */
const psDomain = (c: C) => `$domain = ${c.domain ? psLiteral(c.domain) : '$env:USERDNSDOMAIN'}`;
/** The server PowerShell's AD cmdlets talk to: the typed DC, else the domain. */
const psServer = (c: C) => (c.dcName ? psLiteral(c.dcName) : c.domain ? psLiteral(c.domain) : '$env:USERDNSDOMAIN');
const domainWord = (c: C) => cmdWord(c.domain, '<domain>');
const domainText = (c: C) => c.domain || 'the user’s domain';

/** Where the Intune cloud trust setting lands on the device (PassportForWork CSP, a device policy). */
const OMA_URI = './Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/UseCloudTrustForOnPremAuth';

const UPN_LINE = "$userPrincipalName = '<UPN of a Hybrid Identity Administrator>'";

// ------------------------------------------------------------------ readings

/** The trust type a User Device Registration event or dsregcmd shows. */
function readTrust(findings: AnyFinding[]): Reading | undefined {
  const udr = findingOf(findings, 'udr-event');
  if (udr) {
    const result = (key: string) => udr.facts.checks.find((c) => c.key === key)?.result;
    if (result('certForOnPremPolicy') === 'yes')
      return { event: { type: 'CERT' }, because: 'The event says "User certificate for on premise auth policy is enabled: Yes": certificate trust is in force.' };
    if (result('cloudTrustPolicy') === 'yes')
      return { event: { type: 'CLOUD' }, because: 'The event says "Cloud trust for on premise auth policy is enabled: Yes" and the certificate policy is not on.' };
  }
  const ds = findingOf(findings, 'dsregcmd');
  if (ds) {
    if (ds.facts.certEnrollment?.toLowerCase() === 'enrollment authority')
      return { event: { type: 'CERT' }, because: 'dsregcmd shows CertEnrollment : enrollment authority, which is what certificate trust shows.' };
    const tgtLine = ds.facts.ngc.OnPremTGT.state !== 'not-shown' || ds.facts.ngc.CloudTGT.state !== 'not-shown';
    if (tgtLine) return { event: { type: 'CLOUD' }, because: 'dsregcmd prints the OnPremTGT (or CloudTGT) prerequisite line, which only appears when cloud Kerberos trust is enabled by policy.' };
  }
  return undefined;
}

/** The partial TGT prerequisite from dsregcmd (OnPremTGT, CloudTGT before 23H2) or a User Device Registration event. */
export function readTgt(findings: AnyFinding[]): Reading | undefined {
  const ds = findingOf(findings, 'dsregcmd');
  if (ds) {
    for (const name of ['OnPremTGT', 'CloudTGT'] as const) {
      const f = ds.facts.ngc[name];
      if (f.state === 'yes') return { event: { type: 'TGT_YES' }, because: `The Ngc Prerequisite Check says ${name} : YES: the user has a partial TGT from Microsoft Entra ID.` };
      if (f.state === 'no') return { event: { type: 'TGT_NO' }, because: `The Ngc Prerequisite Check says ${name} : NO: the user got no partial TGT from Microsoft Entra ID.` };
    }
    const sso = ds.facts.fields.CloudTgt;
    if (sso.state === 'yes') return { event: { type: 'TGT_YES' }, because: 'The prerequisite line is not shown, but the SSO State says CloudTgt : YES: the user holds a partial TGT from Microsoft Entra ID.' };
    if (sso.state === 'no' && ds.facts.joinType === 'hybrid')
      return { event: { type: 'TGT_NO' }, because: 'The prerequisite line is not shown and the SSO State says CloudTgt : NO: the user has no partial TGT from Microsoft Entra ID.' };
  }
  const udr = findingOf(findings, 'udr-event');
  const check = udr?.facts.checks.find((c) => c.key === 'cloudTgt');
  if (check?.result === 'yes') return { event: { type: 'TGT_YES' }, because: 'The event says "User account has Cloud TGT: Yes".' };
  if (check?.result === 'no') return { event: { type: 'TGT_NO' }, because: 'The event says "User account has Cloud TGT: No".' };
  if (check?.result === 'not-tested') return { event: { type: 'TGT_NOT_TESTED' }, because: 'The event says "User account has Cloud TGT: Not Tested": the check did not run.' };
  return undefined;
}

/** The entry for the case's domain (or the only entry). */
export function entryFor(domains: KerberosServerDomain[], domain: string): KerberosServerDomain | undefined {
  if (domain) return domains.find((d) => (d.domain ?? d.cloudDomainDnsName ?? '').toLowerCase() === domain.toLowerCase());
  return domains.length === 1 ? domains[0] : undefined;
}

/** Get-AzureADKerberosServer output → present / missing / keys or ids that differ. */
export function readServer(findings: AnyFinding[], c: C): Reading | undefined {
  const f = findingOf(findings, 'kerberos-server');
  if (!f) return undefined;
  const d = entryFor(f.facts.domains, c.domain);
  if (!d) return undefined;
  const name = d.domain ?? domainText(c);
  if (!d.presentOnPrem || !d.presentInCloud) {
    const where = !d.presentOnPrem && !d.presentInCloud ? 'in Active Directory or in Microsoft Entra ID' : !d.presentOnPrem ? 'in Active Directory' : 'in Microsoft Entra ID';
    return { event: { type: 'SERVER_MISSING' }, because: `The output shows no Microsoft Entra Kerberos server object for ${name} ${where}.` };
  }
  if (d.keyVersionMatches === false)
    return { event: { type: 'SERVER_MISMATCH' }, because: `For ${name}, KeyVersion (${d.keyVersion}) is not CloudKeyVersion (${d.cloudKeyVersion}): the two copies of the key differ.` };
  if (d.idMatches === false) return { event: { type: 'SERVER_MISMATCH' }, because: `For ${name}, Id (${d.id}) is not CloudId (${d.cloudId}).` };
  if (d.keyVersionMatches === true && d.idMatches === true)
    return { event: { type: 'SERVER_OK' }, because: `For ${name}, the object exists in both places, KeyVersion equals CloudKeyVersion and Id equals CloudId.` };
  return undefined;
}

// ------------------------------------------------------------------ samples

const DSREG_SAMPLE = [
  '+----------------------------------------------------------------------+',
  '| Device State                                                         |',
  '+----------------------------------------------------------------------+',
  '',
  '             AzureAdJoined : YES',
  '          EnterpriseJoined : NO',
  '              DomainJoined : YES',
  '                DomainName : CONTOSO',
  '',
  '+----------------------------------------------------------------------+',
  '| Ngc Prerequisite Check                                               |',
  '+----------------------------------------------------------------------+',
  '',
  '            IsDeviceJoined : YES',
  '             IsUserAzureAD : YES',
  '             PolicyEnabled : YES',
  '          PostLogonEnabled : YES',
  '            DeviceEligible : YES',
  '        SessionIsNotRemote : YES',
  '            CertEnrollment : none',
  '                 OnPremTGT : NO',
  '              PreReqResult : WillNotProvision',
].join('\n');

export const SERVER_SAMPLE = [
  'Id                 : 25741',
  'UserAccount        : CN=krbtgt_AzureAD,CN=Users,DC=ad,DC=contoso,DC=com',
  'ComputerAccount    : CN=AzureADKerberos,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
  'DisplayName        : krbtgt_25741',
  'DomainDnsName      : ad.contoso.com',
  'KeyVersion         : 212621',
  'KeyUpdatedOn       : 11/2/2024 2:40:51 PM',
  'KeyUpdatedFrom     : DC02.ad.contoso.com',
  'CloudDisplayName   : krbtgt_25741',
  'CloudDomainDnsName : ad.contoso.com',
  'CloudId            : 25741',
  'CloudKeyVersion    : 192272',
  'CloudKeyUpdatedOn  : 2/24/2024 9:03:15 AM',
  'CloudTrustDisplay  :',
].join('\n');

const RETEST = [
  { event: 'FIXED', label: 'Yes, Windows Hello works now' },
  { event: 'NOT_FIXED', label: 'No, it still fails' },
];

export const content: FlowContent<C, typeof import('./machine').machine> = {
  describe: (event) => {
    if (event.type !== 'NAMES_ENTERED') return undefined;
    const v = (event as { values?: { domain?: unknown; dcName?: unknown } }).values ?? {};
    const domain = typeof v.domain === 'string' ? v.domain.trim() : '';
    const dc = typeof v.dcName === 'string' ? v.dcName.trim() : '';
    return dc ? `Domain ${domain}, writable DC ${dc}` : `Domain ${domain}, no DC named yet`;
  },
  references: [
    { title: 'Windows Hello for Business cloud Kerberos trust deployment guide (prerequisites, policies, partial TGT check, unsupported scenarios)', source: DEPLOY_URL },
    { title: 'Passwordless security key sign-in to on-premises resources (the Microsoft Entra Kerberos server object, Get-/Set-AzureADKerberosServer, key rotation)', source: ENTRA_KERBEROS_URL },
    { title: 'dsregcmd /status: the Ngc Prerequisite Check and SSO State fields', source: 'https://learn.microsoft.com/entra/identity/devices/troubleshoot-device-dsregcmd' },
    { title: 'KB4534307: update for Windows Server 2016 domain controllers (OS build 14393.3474)', source: 'https://support.microsoft.com/help/4534307' },
    { title: 'KB4534321: update for Windows Server 2019 domain controllers (OS build 17763.1012)', source: 'https://support.microsoft.com/help/4534321' },
  ],
  steps: {
    trustType: {
      kind: 'question',
      title: 'Do the policies on this device really give cloud Kerberos trust?',
      body:
        'Cloud Kerberos trust needs two policy settings: "Use Windows Hello for Business" and "Use cloud trust for on-premises authentication". A third setting decides against it: when "Use certificate for on-premises authentication" is enabled, certificate trust wins over cloud Kerberos trust.\n\nAnswer for the device and user that fail, not for the policy you meant to deploy.',
      howTo: [
        { text: 'A User Device Registration event (358, 360 or 362) or dsregcmd /status pasted on the home page answers this for you.' },
      ],
      answers: [
        { event: 'CLOUD', label: 'Cloud Kerberos trust', hint: 'Cloud trust is on and the certificate setting is not configured' },
        { event: 'CERT', label: '"Use certificate for on-premises authentication" is also enabled' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to see which policy the device applies' },
      ],
      read: (findings) => readTrust(findings),
    },
    findTrust: {
      kind: 'question',
      title: 'Find out which Windows Hello policy the device applies',
      body:
        'Windows Hello for Business can be set by Group Policy and by Intune. When both set it, Group Policy wins and the Intune settings are ignored, so look at Group Policy first.',
      howTo: [
        {
          text: 'Group Policy: the cloud trust setting exists only under Computer Configuration > Administrative Templates > Windows Components > Windows Hello for Business ("Use cloud Kerberos trust for on-premises authentication"). List the policies the computer applies, in an elevated prompt on the device:',
          code: { language: 'cmd', code: 'gpresult /scope computer /v' },
        },
        {
          text: 'Intune: the setting is "Use Cloud Trust For On Prem Auth" in the settings catalog. It is a device policy: with a custom policy it lands at the OMA-URI below (bool, True), beside .../Policies/UsePassportForWork. Check the device\'s assigned configuration profiles and their per-device status in Intune.',
          code: { label: 'OMA-URI (PassportForWork CSP)', language: 'text', code: OMA_URI },
        },
        {
          text: 'On the device, the User Device Registration Admin log (Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin) shows after each sign-in which trust policy is on: "Cloud trust for on premise auth policy is enabled" and "User certificate for on premise auth policy is enabled".',
        },
      ],
      answers: [
        { event: 'CLOUD', label: 'Cloud trust is enabled, the certificate setting is not' },
        { event: 'CERT', label: '"Use certificate for on-premises authentication" is enabled' },
        { event: 'KEY', label: 'The deployment is key trust', hint: 'Neither setting is meant to be on' },
        { event: 'NOT_SET', label: 'Cloud trust should be on, but the device does not apply it' },
      ],
      read: (findings) => readTrust(findings),
    },
    certOverride: {
      kind: 'question',
      title: 'Is certificate trust what your organisation wants on this device?',
      body:
        'With "Use certificate for on-premises authentication" enabled, the device uses certificate trust even though cloud Kerberos trust is also on. Decide which model is meant before changing anything.',
      answers: [
        { event: 'INTENDED', label: 'Yes, certificate trust is meant' },
        { event: 'NOT_INTENDED', label: 'No, we want cloud Kerberos trust' },
      ],
    },
    removeCertPolicy: {
      kind: 'action',
      title: 'Turn off the certificate trust setting and set Windows Hello up again',
      body: 'There is no direct move from certificate trust to cloud Kerberos trust: the existing Windows Hello container has to be deleted, then the user provisions again.',
      steps: [
        { text: 'Set "Use certificate for on-premises authentication" to Not configured for these devices, in Group Policy and in Intune. Remember that Group Policy wins when both set Windows Hello.' },
        { text: 'Make sure "Use cloud trust for on-premises authentication" stays enabled, then refresh policy on the device:', code: { language: 'cmd', code: 'gpupdate /force' } },
        { text: 'Signed in as the affected user (not elevated, in the user\'s own session), remove the certificate trust credential:', code: { language: 'cmd', code: 'certutil.exe -deletehellocontainer' } },
        { text: 'Sign out and sign back in, then set up Windows Hello again. On a hybrid joined device the first sign-in with the new credential must be made while a domain controller can be reached.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, check the partial TGT next' }],
    },
    policyLands: {
      kind: 'action',
      title: 'Get the cloud Kerberos trust policy onto the device',
      body: 'The partial TGT check runs only when cloud Kerberos trust is enforced by policy. Make the device apply it, then look again.',
      steps: [
        {
          text: 'Group Policy: enable "Use Windows Hello for Business" and "Use cloud Kerberos trust for on-premises authentication" under Computer Configuration > Administrative Templates > Windows Components > Windows Hello for Business. If the cloud trust setting is missing from the editor, copy Passport.admx and Passport.adml from a Windows client that supports cloud Kerberos trust into the central store.',
        },
        {
          text: 'Intune: enable "Use Cloud Trust For On Prem Auth" (and "Use Windows Hello For Business" unless the tenant-wide policy already does), or set the OMA-URI below as bool True in a custom policy. If a Group Policy also sets Windows Hello on this device, Intune is ignored: set it in Group Policy instead.',
          code: { label: 'OMA-URI (PassportForWork CSP)', language: 'text', code: OMA_URI },
        },
        { text: 'Check that "Use certificate for on-premises authentication" is Not configured, then refresh policy on the device and sign out and in:', code: { language: 'cmd', code: 'gpupdate /force' } },
      ],
      answers: [{ event: 'DONE', label: 'Done, check the partial TGT again' }],
    },
    tgt: {
      kind: 'evidence',
      title: 'Does the user get a partial TGT from Microsoft Entra ID?',
      needs: 'dsregcmd /status output from the user\'s session, or a User Device Registration event',
      body:
        'On a hybrid joined device, provisioning starts only when the user received a partial TGT from Microsoft Entra ID at sign-in. That proves Microsoft Entra Kerberos is set up for the user\'s domain and tenant. The check answers Yes, No or Not Tested.',
      howTo: [
        { text: 'Signed in as the affected user, in a normal (not elevated) command prompt, run the command below and paste everything. Read the OnPremTGT line in the Ngc Prerequisite Check (named CloudTGT before Windows 11 23H2).', code: { language: 'cmd', code: 'dsregcmd /status' } },
        { text: 'Or copy the latest event 358, 360 or 362 from Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin: the line "User account has Cloud TGT".' },
      ],
      answers: [
        { event: 'TGT_YES', label: 'Yes (OnPremTGT / CloudTGT : YES)' },
        { event: 'TGT_NO', label: 'No (OnPremTGT / CloudTGT : NO)' },
        { event: 'TGT_NOT_TESTED', label: 'Not tested, or the line is not there' },
      ],
      read: (findings) => readTgt(findings),
      sample: DSREG_SAMPLE,
    },
    tgtNotTested: {
      kind: 'question',
      title: 'Why was the partial TGT not tested?',
      body:
        'The check reports Not Tested in two cases: cloud Kerberos trust is not enforced by policy on the device, or the device is Microsoft Entra joined (the check is not done there). An Entra joined user without Microsoft Entra Kerberos can still sign in, but gets no single sign-on to on-premises resources.',
      howTo: [{ text: 'dsregcmd /status shows the join type: AzureAdJoined : YES with DomainJoined : NO is Entra joined; both YES is hybrid joined.', code: { language: 'cmd', code: 'dsregcmd /status' } }],
      answers: [
        { event: 'ENTRA_JOINED', label: 'The device is Microsoft Entra joined', hint: 'Check the Kerberos server object next' },
        { event: 'POLICY', label: 'It is hybrid joined, so the policy is not reaching it' },
      ],
    },
    names: {
      kind: 'evidence',
      title: 'Which domain does the user belong to?',
      needs: 'the user\'s Active Directory domain and, if you know one, a writable domain controller in the user\'s site',
      body: (c) =>
        (c.tgt === 'no'
          ? 'No partial TGT usually means Microsoft Entra ID has no usable Kerberos server object for the user\'s domain. '
          : '') +
        'The next commands are filled in with these names. Each domain that holds Windows Hello users needs its own Microsoft Entra Kerberos server object.',
      howTo: [{ text: 'On the user\'s device, this prints the user\'s domain DNS name and the domain controller that signed the user in:', code: { language: 'cmd', code: 'echo %USERDNSDOMAIN% %LOGONSERVER%' } }],
      fields: [
        {
          name: 'domain',
          label: 'Domain (DNS name)',
          type: 'text',
          required: true,
          placeholder: 'ad.contoso.com',
          help: 'The Active Directory domain of the user, with at least one dot.',
          validate: (raw) => (isDomainName(raw.trim().replace(/\.$/, '').toLowerCase()) ? undefined : 'Use the domain\'s DNS name with at least one dot, like ad.contoso.com.'),
        },
        {
          name: 'dcName',
          label: 'Writable domain controller in the user\'s site (optional)',
          type: 'text',
          placeholder: 'DC1',
          help: 'Short name or full name. Leave it empty if you don\'t know one yet.',
          validate: (raw) => {
            const v = raw.trim().replace(/\.$/, '');
            return v === '' || isDcName(v) ? undefined : 'Use a computer name like DC1 or dc1.ad.contoso.com: letters, digits and hyphens.';
          },
        },
      ],
      submit: { event: 'NAMES_ENTERED', label: 'Use these names' },
      answers: [],
    },
    kerbServer: {
      kind: 'evidence',
      title: (c) => `Is the Microsoft Entra Kerberos server object for ${domainText(c)} healthy?`,
      needs: 'Get-AzureADKerberosServer output',
      body:
        'The object exists twice: as the AzureADKerberos computer object (with the krbtgt_AzureAD account) in Active Directory, and as its published copy in Microsoft Entra ID. It is healthy when both exist, KeyVersion equals CloudKeyVersion and Id equals CloudId.',
      howTo: [
        {
          text: 'On the Microsoft Entra Connect server (or any computer that reaches a domain controller and has the AzureADHybridAuthenticationManagement module), in PowerShell run as administrator. Give the domain credential in UPN form (admin@ad.contoso.com), not DOMAIN\\user: the DOMAIN\\user form falls back to NTLM and fails.',
          code: {
            language: 'powershell',
            code: (c) => [psDomain(c), UPN_LINE, 'Get-AzureADKerberosServer -Domain $domain -UserPrincipalName $userPrincipalName -DomainCredential (Get-Credential)'].join('\n'),
          },
        },
      ],
      answers: [
        { event: 'SERVER_OK', label: 'Present, KeyVersion = CloudKeyVersion, Id = CloudId' },
        { event: 'SERVER_MISSING', label: 'Missing, or empty values for this domain' },
        { event: 'SERVER_MISMATCH', label: 'Present, but KeyVersion ≠ CloudKeyVersion or Id ≠ CloudId' },
        { event: 'NOT_SURE', label: "I can't run the command", hint: 'What it needs' },
      ],
      read: (findings, c) => readServer(findings, c),
      sample: SERVER_SAMPLE,
    },
    serverHowTo: {
      kind: 'action',
      title: 'Get ready to run Get-AzureADKerberosServer',
      steps: [
        {
          text: 'Install the module in PowerShell run as administrator (TLS 1.2 first for the PowerShell Gallery):',
          code: {
            language: 'powershell',
            code: '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12\nInstall-Module -Name AzureADHybridAuthenticationManagement -AllowClobber',
          },
        },
        { text: 'You need a Microsoft Entra account with the Hybrid Identity Administrator role, and an Active Directory account that is a Domain Admin of the domain and an Enterprise Admin of the forest.' },
        { text: 'If the admin account is in the Protected Users group, sign in to the Microsoft Entra Connect server as another domain user with those rights and leave out -DomainCredential: your current Kerberos ticket is used (whoami /groups shows your groups).' },
        { text: 'For a government or China cloud, Get-AzureADKerberosServerEndpoint lists the endpoints and Set-AzureADKerberosServerEndpoint -TargetEndpoint <number> selects one.' },
      ],
      answers: [
        { event: 'READY', label: 'Ready: run it and paste the output' },
        { event: 'CANT_RUN', label: 'We can\'t get these rights or run it' },
      ],
    },
    createServer: {
      kind: 'action',
      title: (c) => `Create the Microsoft Entra Kerberos server object for ${domainText(c)}`,
      body: 'This creates the AzureADKerberos object in Active Directory and publishes it to Microsoft Entra ID. Do it in every domain of every forest that holds Windows Hello users.',
      steps: [
        { text: 'Run it on the Microsoft Entra Connect server, or a server that has Microsoft.Online.PasswordSynchronization.Rpc.dll, in PowerShell run as administrator.' },
        {
          text: 'Create and publish the object. The sign-in prompt is for the Hybrid Identity Administrator; the credential prompt is for the Domain Admin (UPN form).',
          code: {
            language: 'powershell',
            code: (c) => [psDomain(c), UPN_LINE, '$domainCred = Get-Credential', 'Set-AzureADKerberosServer -Domain $domain -UserPrincipalName $userPrincipalName -DomainCredential $domainCred'].join('\n'),
          },
        },
        { text: 'Run Get-AzureADKerberosServer again and check that KeyVersion equals CloudKeyVersion and Id equals CloudId.' },
        { text: 'Let Active Directory replicate the new object, then have the user sign out and in (on a hybrid joined device, while a domain controller is reachable).' },
      ],
      answers: [{ event: 'DONE', label: 'Done, try again' }],
    },
    rotateKey: {
      kind: 'action',
      title: (c) => `Rotate the Microsoft Entra Kerberos server key for ${domainText(c)}`,
      body:
        'The key in Active Directory and the key Microsoft Entra ID holds are out of step. Rotate it only with Set-AzureADKerberosServer -RotateServerKey: it is the documented way to update the key in Active Directory and in Microsoft Entra ID together. Do not use other krbtgt rotation tools on this object.',
      steps: [
        { text: 'On the Microsoft Entra Connect server, in PowerShell run as administrator:', code: { language: 'powershell', code: (c) => [psDomain(c), '$cloudCred = Get-Credential', '$domainCred = Get-Credential', 'Set-AzureADKerberosServer -Domain $domain -CloudCredential $cloudCred -DomainCredential $domainCred -RotateServerKey'].join('\n') } },
        { text: 'Run Get-AzureADKerberosServer again: KeyVersion must now equal CloudKeyVersion, and Id must equal CloudId.' },
        { text: 'From now on, rotate this key on the same schedule as your other krbtgt keys, always with this command.' },
        { text: 'If KeyVersion and CloudKeyVersion, or Id and CloudId, still differ after the rotation and replication, stop here and hand the case to support with both Get-AzureADKerberosServer outputs.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, try again' }],
    },
    serverRetest: {
      kind: 'check',
      title: 'Does Windows Hello work now?',
      body: 'Have the user sign out and sign in, then set up Windows Hello or sign in with it again. dsregcmd /status should now show OnPremTGT : YES.',
      answers: RETEST,
    },
    writableDc: {
      kind: 'question',
      title: 'Is there a writable domain controller in the user\'s site?',
      body:
        'With cloud Kerberos trust the device trades the partial TGT from Microsoft Entra ID for a full TGT at a writable (read-write) domain controller. A read-only domain controller cannot do it, so every Active Directory site where users sign in with Windows Hello needs enough writable domain controllers.',
      howTo: [
        { text: 'On the user\'s device, show its Active Directory site:', code: { language: 'cmd', code: 'nltest /dsgetsite' } },
        { text: 'Ask for a writable domain controller of the domain. The answer names the DC and its site: it should be the user\'s site.', code: { language: 'cmd', code: (c) => `nltest /dsgetdc:${domainWord(c)} /writable` } },
        { text: 'Check that the domain controller found runs the feature (client Windows 10 2004 and later):', code: { language: 'cmd', code: (c) => `nltest /dsgetdc:${domainWord(c)} /keylist /kdc` } },
      ],
      answers: [
        { event: 'YES', label: 'Yes, a writable DC in the user\'s site answers' },
        { event: 'NO', label: 'No, only read-only DCs, or a DC in another site' },
        { event: 'NOT_SURE', label: "I can't tell", hint: 'Hand it over with these outputs' },
      ],
    },
    privileged: {
      kind: 'question',
      title: 'Is the user a member of a privileged built-in group?',
      body: (c) =>
        `The AzureADKerberos object of ${domainText(c)} behaves like a read-only domain controller. Its default password replication policy does not allow high-privilege accounts to sign in to on-premises resources with cloud Kerberos trust or FIDO2 security keys: members, direct or through nested groups, of privileged built-in groups such as Domain Admins, Enterprise Admins, Schema Admins or Administrators are refused.`,
      howTo: [
        { text: 'Signed in as the user, list the groups in the user\'s token:', code: { language: 'cmd', code: 'whoami /groups' } },
        {
          text: 'Show the object\'s password replication policy: the groups it never reveals and the groups it may reveal.',
          code: {
            language: 'powershell',
            code: (c) => `Get-ADComputer -Identity 'AzureADKerberos' -Server ${psServer(c)} -Properties msDS-NeverRevealGroup, msDS-RevealOnDemandGroup | Format-List msDS-NeverRevealGroup, msDS-RevealOnDemandGroup`,
          },
        },
      ],
      answers: [
        { event: 'YES', label: 'Yes, the user is in a privileged group' },
        { event: 'NO', label: 'No, an ordinary user account' },
      ],
    },
    scenario: {
      kind: 'question',
      title: 'How does the failing sign-in happen?',
      body: 'Cloud Kerberos trust does not support every way of signing in. Pick the one that fails.',
      answers: [
        { event: 'CONSOLE', label: 'At the device itself, with the PIN or biometrics' },
        { event: 'RDP', label: 'Remote Desktop or VDI, typing the Windows Hello credential' },
        { event: 'RUN_AS', label: '"Run as" another user' },
        { event: 'FIRST_SIGN_IN', label: 'A hybrid joined device the user has never signed in to while a DC was reachable' },
      ],
    },
    firstSignIn: {
      kind: 'action',
      title: 'Sign in once while a domain controller is reachable',
      body: 'On a hybrid joined device the first use of the new Windows Hello credential needs line of sight to a domain controller. After that, cached sign-in works for unlocks without it.',
      steps: [
        { text: 'Connect the device to the corporate network (in the office, or through a VPN that starts before sign-in).' },
        { text: 'Sign in with Windows Hello once. If the device was just built and joined, sign in with the password first and let policy sync, then use Windows Hello.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, try again' }],
    },
    firstRetest: { kind: 'check', title: 'Does Windows Hello sign-in work now?', answers: RETEST },
    updates: {
      kind: 'question',
      title: 'Do the domain controllers and the device have the updates cloud Kerberos trust needs?',
      body:
        'Domain controllers: Windows Server 2016 or later. Windows Server 2016 needs KB4534307 (OS build 14393.3474) and Windows Server 2019 needs KB4534321 (OS build 17763.1012), or any later cumulative update.\n\nDevices: Windows 10 21H2 needs KB5010415, Windows 11 21H2 needs KB5010414; later versions include the support.\n\nIf the policy "Network security: Configure encryption types allowed for Kerberos" is configured on the domain controllers, AES256_HMAC_SHA1 must be allowed.',
      detail:
        'The cloud Kerberos trust deployment article\'s prerequisites table prints the Windows Server 2016 update as KB3534307, but its own link and the Microsoft Entra article both name KB4534307 (January 23, 2020, OS build 14393.3474); this app uses KB4534307.',
      howTo: [
        {
          text: 'List the domain controllers with their operating system versions:',
          code: { language: 'powershell', code: (c) => `Get-ADDomainController -Filter * -Server ${psServer(c)} | Format-Table Name, Site, IsReadOnly, OperatingSystem, OperatingSystemVersion` },
        },
        { text: 'On each Windows Server 2016 or 2019 domain controller, read the build and revision (the build must be at least 14393.3474 or 17763.1012):', code: { language: 'cmd', code: 'reg query "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion" /v UBR' } },
        { text: 'On the device, winver shows the version and build.', code: { language: 'cmd', code: 'winver' } },
      ],
      answers: [
        { event: 'UPDATED', label: 'All up to date' },
        { event: 'MISSING', label: 'A domain controller or the device lacks the update' },
      ],
    },
    installUpdates: {
      kind: 'action',
      title: 'Install the missing updates',
      steps: [
        { text: 'Install the latest cumulative update (at least KB4534307 on Windows Server 2016, KB4534321 on Windows Server 2019) on the domain controllers, one at a time, so the others keep serving sign-ins.' },
        { text: 'Update the device (at least KB5010415 on Windows 10 21H2, KB5010414 on Windows 11 21H2) and restart it.' },
        { text: 'If the Kerberos encryption types policy is configured on the domain controllers, add AES256_HMAC_SHA1 to it.' },
      ],
      answers: [{ event: 'DONE', label: 'Done, try again' }],
    },
    updatesRetest: { kind: 'check', title: 'Does Windows Hello work now?', answers: RETEST },
    outResolved: { kind: 'outcome', result: 'resolved', title: 'Cloud Kerberos trust works again', body: 'Note in the ticket which check found the cause, so the next case starts there.' },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand the case to support',
      body: 'The documented checks did not find the cause. Give support what you collected so they do not start again.',
      handOver: [
        (c) => `The user's domain: ${c.domain || 'not recorded'}; writable DC in the user's site: ${c.dcName || 'not recorded'}.`,
        (c) => `The partial TGT check (OnPremTGT / CloudTGT): ${c.tgt === '' ? 'not recorded' : c.tgt === 'not-tested' ? 'Not Tested' : c.tgt.toUpperCase()}.`,
        'dsregcmd /status from the user\'s session and the latest User Device Registration event (358, 360 or 362).',
        'Get-AzureADKerberosServer output for each domain that holds Windows Hello users.',
        'nltest /dsgetsite from the device and nltest /dsgetdc:<domain> /writable and /keylist /kdc outputs.',
        'The Windows Hello policies the device applies (gpresult /scope computer /v, and the Intune profiles assigned).',
        'The domain controllers\' and the device\'s OS builds.',
      ],
    },
    outCertTrust: {
      kind: 'outcome',
      result: 'not-this',
      related: 'hybrid-cert-trust-provisioning',
      title: 'Not this issue: the device uses certificate trust',
      body: 'With "Use certificate for on-premises authentication" enabled, certificate trust takes precedence, so cloud Kerberos trust checks do not apply. The certificate trust provisioning flow walks through that model.',
    },
    outKeyTrust: {
      kind: 'outcome',
      result: 'not-this',
      related: 'provisioning-not-starting',
      title: 'Not this issue: the deployment is key trust',
      body: 'These checks are for cloud Kerberos trust. For a key trust deployment, start from why provisioning does not start; sign-in problems with key trust have their own flows in the list.',
      also: [{ flow: 'hybrid-key-deletion', when: 'Key trust sign-in broke on hybrid devices after domain controller updates' }],
    },
    outNeedWritableDc: {
      kind: 'outcome',
      result: 'escalate',
      title: 'The user\'s site needs a writable domain controller',
      body: 'Cloud Kerberos trust trades the partial TGT at a writable domain controller. A site with only read-only domain controllers (or none) cannot serve it. Adding writable domain controllers to the site, or changing the site layout, is an Active Directory design change: hand it to the team that owns Active Directory.',
      handOver: [
        'The user\'s site (nltest /dsgetsite) and the nltest /dsgetdc:<domain> /writable output.',
        (c) => `The domain: ${c.domain || 'not recorded'}.`,
        'How many users sign in with Windows Hello in that site (for capacity planning).',
      ],
    },
    outPrivileged: {
      kind: 'outcome',
      result: 'resolved',
      verdict: 'Working as designed: privileged accounts cannot sign in with cloud Kerberos trust.',
      title: 'Privileged accounts are blocked on purpose',
      body: (c) =>
        `The default password replication policy of CN=AzureADKerberos,OU=Domain Controllers in ${domainText(c)} keeps high-privilege accounts out, because a path from Microsoft Entra ID into Active Directory must not hand out their tickets. Do not relax that policy to let the account in: Microsoft advises against it. Give the person an ordinary account for daily sign-in with Windows Hello, and use the privileged account only where it is needed, signed in another way.`,
    },
    outRdp: {
      kind: 'outcome',
      result: 'not-this',
      verdict: 'Not supported with cloud Kerberos trust.',
      title: 'Remote Desktop with typed Windows Hello credentials is not supported',
      body: 'Cloud Kerberos trust does not support RDP or VDI sessions that use supplied credentials. Two ways do work: connect with Remote Credential Guard, or enroll a certificate into the Windows Hello for Business container and use it for the remote session.',
    },
    outRunAs: {
      kind: 'outcome',
      result: 'not-this',
      verdict: 'Not supported with cloud Kerberos trust.',
      title: '"Run as" is not supported with cloud Kerberos trust',
      body: 'Cloud Kerberos trust cannot be used to run a program as another user. Use that user\'s password (or another supported credential) for "Run as", and keep Windows Hello for the interactive sign-in.',
    },
  },
};

import { findingOf } from '../shared/findings';
import { cmdWord } from '../shared/quote';
import { readEntraJoined } from '../shared/join';
import type { FlowContent } from '../shared/types';
import { checkDcCert } from './cert';
import type { KdcCertContext } from './machine';
import {
  CLIENT_AUTH_EKU,
  KDC_AUTH_EKU,
  SERVER_AUTH_EKU,
  certreqCommands,
  certreqInf,
  isOuPath,
  OU_MESSAGE,
  dcFqdn,
  dcSanLines,
  dcShortName,
  dcSubjectDn,
  isDcName,
  isDomainFqdn,
  isNetbiosName,
  type DcNames,
} from './names';


/** The names with visible placeholders for anything not known yet. */
function known(c: KdcCertContext): DcNames {
  return {
    dcName: c.dcName || '<DC name>',
    domainFqdn: c.domainFqdn || '<domain FQDN>',
    netbios: c.netbios || '<NetBIOS name>',
    ou: c.ou,
  };
}

/** a, b and c */
function listWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const domainOr = (c: KdcCertContext) => c.domainFqdn || '<domain FQDN>';

const EVENT_107_QUERY =
  "Get-WinEvent -LogName 'Microsoft-Windows-Kerberos/Operational' -FilterXPath '*[System[EventID=107]]' -MaxEvents 5 | Format-List TimeCreated, Id, Message";

const SAMPLE_107 = [
  'Log Name:      Microsoft-Windows-Kerberos/Operational',
  'Source:        Microsoft-Windows-Security-Kerberos',
  'Date:          3/4/2024 9:12:40 AM',
  'Event ID:      107',
  'Task Category: None',
  'Level:         Error',
  'User:          SYSTEM',
  'Computer:      LAPTOP-7Q2',
  'Description:',
  'The Kerberos client received a KDC certificate that does not have a matched domain name.',
  '',
  'Expected Domain Name: ad.contoso.com',
  'Error Code: 0xC000006D',
].join('\n');

const SAMPLE_CERT = [
  'X509 Certificate:',
  'Version: 3',
  'Serial Number: 3a00000012c5e8f1b7',
  'Issuer:',
  '    CN=Fabrikam Issuing CA 01',
  '    O=Fabrikam PKI',
  '    C=US',
  '',
  'Subject:',
  '    CN=dc1.ad.contoso.com',
  '',
  'Certificate Extensions: 4',
  '    2.5.29.37: Flags = 0, Length = 22',
  '    Enhanced Key Usage',
  '        Server Authentication (1.3.6.1.5.5.7.3.1)',
  '        Client Authentication (1.3.6.1.5.5.7.3.2)',
  '',
  '    2.5.29.17: Flags = 0, Length = 1a',
  '    Subject Alternative Name',
  '        DNS Name=dc1.ad.contoso.com',
].join('\n');

export const content: FlowContent<KdcCertContext, typeof import('./machine').machine> = {
  steps: {
    joined: {
      kind: 'question',
      title: 'Is the device Microsoft Entra joined?',
      body: 'This problem affects devices joined only to Microsoft Entra ID that use Windows Hello for Business to open on-premises resources such as file shares. Devices that are hybrid joined (to Entra ID and to the on-premises domain) do not need the special certificate setup this flow is about.',
      howTo: [
        { text: 'On the device, open Settings > Accounts > Access work or school. An Entra joined device shows "Connected to <organisation> Azure AD" (or Microsoft Entra ID), not a domain name.' },
        { text: 'Or run this in a command prompt and look at the Device State section:', code: { language: 'cmd', code: 'dsregcmd /status' } },
      ],
      detail: 'AzureAdJoined YES with DomainJoined NO means Entra joined. AzureAdJoined YES with DomainJoined YES means hybrid joined.',
      answers: [
        { event: 'YES', label: 'Yes, Entra joined' },
        { event: 'NO', label: 'No, hybrid or domain joined' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Paste dsregcmd /status and the app will tell you' },
      ],
      read: readEntraJoined,
    },
    checkJoin: {
      kind: 'evidence',
      title: 'Check how the device is joined',
      needs: 'dsregcmd /status output',
      body: 'Run the command below on the affected device and paste everything it prints. The app reads the Device State section for you.',
      howTo: [{ text: 'In a command prompt on the device (no admin rights needed):', code: { language: 'cmd', code: 'dsregcmd /status' } }],
      answers: [
        { event: 'YES', label: 'Entra joined' },
        { event: 'NO', label: 'Hybrid joined, or not Entra joined' },
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
    trustType: {
      kind: 'question',
      title: 'Does Windows Hello for Business use key trust?',
      body: 'Windows Hello for Business can reach on-premises resources in three ways: key trust, certificate trust or cloud Kerberos trust. Only key trust runs into this domain controller certificate problem.',
      howTo: [
        { text: 'Ask whoever set up Windows Hello for Business, or look at the Windows Hello for Business settings the devices get from Intune: if neither "Use Certificate For On Prem Auth" nor "Use Cloud Trust For On Prem Auth" is turned on, the deployment is key trust.' },
      ],
      answers: [
        { event: 'KEY', label: 'Yes, key trust' },
        { event: 'OTHER', label: 'No, certificate trust or cloud Kerberos trust' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to find out' },
      ],
    },
    findTrust: {
      kind: 'action',
      title: 'Find out which trust type is in use',
      body: 'One of these is usually enough to tell.',
      steps: [
        {
          text: 'In the Intune admin center, open the policy that configures Windows Hello for Business for these devices (Endpoint security > Account protection, or a Settings catalog or Identity protection profile). "Use Certificate For On Prem Auth" turned on means certificate trust; "Use Cloud Trust For On Prem Auth" turned on means cloud Kerberos trust; neither means key trust.',
        },
        {
          text: 'On the device, signed in as the affected user, list the user\'s certificates. A certificate the user received for Windows Hello (usually with the Smart Card Logon purpose, issued by your PKI) points to certificate trust. No such certificate points to key trust.',
          code: { language: 'cmd', code: 'certutil -user -store my' },
        },
      ],
      answers: [
        { event: 'KEY', label: 'It is key trust' },
        { event: 'OTHER', label: 'It is certificate trust or cloud Kerberos trust' },
      ],
    },
    caKind: {
      kind: 'question',
      title: 'Who issues the domain controllers\' certificates?',
      body: 'The domain controllers prove who they are to Windows Hello for Business with a certificate. When that certificate comes from a non-Microsoft certificate authority (CA), it needs particular names in it that a Microsoft enterprise CA (Active Directory Certificate Services) puts there by itself.',
      howTo: [
        { text: 'On a domain controller, open certlm.msc > Personal > Certificates and read the "Issued By" column of the domain controller\'s certificate. Or run this and read the Issuer lines:', code: { language: 'cmd', code: 'certutil -store my' } },
      ],
      answers: [
        { event: 'NON_MS', label: 'A non-Microsoft CA' },
        { event: 'MS', label: 'A Microsoft enterprise CA (AD CS)' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to tell who issued it' },
      ],
    },
    findIssuer: {
      kind: 'action',
      title: 'Tell who issued the domain controller certificate',
      body: 'Compare the certificate\'s issuer with the Microsoft enterprise CAs of your forest.',
      steps: [
        {
          text: 'On a domain controller, list the certificates of the computer and note the Issuer of the one the domain controller uses (its Subject or SAN names the DC; its purposes include Server Authentication or KDC Authentication).',
          code: { language: 'cmd', code: 'certutil -store my' },
        },
        {
          text: 'List the Microsoft enterprise CAs (Active Directory Certificate Services) the forest knows. You can also open pkiview.msc (Enterprise PKI) to see them.',
          code: { language: 'cmd', code: 'certutil -TCAInfo' },
        },
        { text: 'If the issuer from the first list is one of these enterprise CAs, the certificate comes from a Microsoft CA. If it is not (for example a public CA or another vendor\'s PKI), it comes from a non-Microsoft CA.' },
      ],
      answers: [
        { event: 'NON_MS', label: 'A non-Microsoft CA issued it' },
        { event: 'MS', label: 'A Microsoft enterprise CA issued it' },
      ],
    },
    event107: {
      kind: 'evidence',
      title: 'Look for Kerberos event 107 on the device',
      needs: 'Kerberos event 107 from Microsoft-Windows-Kerberos/Operational',
      body: 'When the device gets a domain controller certificate whose names do not match the domain, Windows logs event 107 in the Kerberos Operational log. That log is turned off by default: if it is empty or disabled, choose "The log is off or empty" below for how to turn it on.\n\nOpen the resource that fails (for example \\\\server\\share) once more, then look in the log and paste event 107, or type the Expected Domain Name it shows.',
      howTo: [
        { text: 'In Event Viewer: Applications and Services Logs > Microsoft > Windows > Security-Kerberos > Operational. Look for event ID 107 at the time you opened the resource. Copy it with Copy > Copy Details as Text.' },
        { text: 'Or in PowerShell on the device:', code: { language: 'powershell', code: EVENT_107_QUERY } },
      ],
      detail: 'Event 107 says "The Kerberos client received a KDC certificate that does not have a matched domain name." with Expected Domain Name and Error Code 0xC000006D (STATUS_LOGON_FAILURE). In a network trace taken on the device while the resource is opened, the same problem shows as the client never sending a TGS_REQ for the resource.',
      fields: [
        {
          name: 'expectedDomain',
          label: 'Expected Domain Name (optional)',
          type: 'text',
          placeholder: 'ad.contoso.com',
          help: 'The domain shown in event 107. It is used to fill in the commands later.',
        },
      ],
      submit: { event: 'SEEN_107', label: 'I found event 107' },
      answers: [
        { event: 'NO_TGS_REQ', label: 'No event, but a network trace shows no TGS_REQ', hint: 'The client never asks for a ticket to the resource' },
        { event: 'LOG_OFF', label: 'The log is off or empty', hint: 'How to turn it on' },
        { event: 'NO_EVENT', label: 'The log is on, but there is no event 107' },
      ],
      read: (findings) => {
        const f = findingOf(findings, 'kerberos-107');
        if (!f) return undefined;
        const d = f.facts.expectedDomain ?? '';
        const code = f.facts.errorCode ? ` with error code ${f.facts.errorCode}` : '';
        return {
          event: { type: 'SEEN_107', values: { expectedDomain: d } },
          because: d
            ? `The paste is Kerberos event 107${code}: the domain controller's certificate does not match the expected domain ${d}.`
            : `The paste is Kerberos event 107${code}: the domain controller's certificate does not match the expected domain.`,
        };
      },
      sample: SAMPLE_107,
    },
    enableLog: {
      kind: 'action',
      title: 'Turn on the Kerberos Operational log',
      body: 'The log is off until someone turns it on. Turning it on changes nothing else on the device.',
      steps: [
        { text: 'Open Event Viewer and go to Applications and Services Logs > Microsoft > Windows > Security-Kerberos. Right-click Operational and choose Enable Log.' },
        { text: 'Or run this in a command prompt opened as administrator:', code: { language: 'cmd', code: 'wevtutil sl Microsoft-Windows-Kerberos/Operational /e:true' } },
        { text: 'Signed in as the affected user, open the resource that fails again (for example \\\\server\\share), so the failure is logged.' },
      ],
      answers: [{ event: 'READY', label: 'Done, look in the log now' }],
    },
    names: {
      kind: 'evidence',
      title: 'Which domain controller and domain?',
      needs: 'the domain controller name, the domain FQDN and its NetBIOS name',
      body: (c) =>
        'The app uses these names to work out exactly what the domain controller certificate must contain. Start with one domain controller; every other one needs the same change with its own name.' +
        (c.domainFqdn ? `\n\nEvent 107 expected the domain ${c.domainFqdn}. Leave the domain box empty to use it.` : ''),
      howTo: [
        { text: 'The domain controller name can be short (DC1) or full (dc1.ad.contoso.com).' },
        { text: 'The NetBIOS name is the short domain name people type before a backslash, as in AD\\username.' },
      ],
      fields: [
        {
          name: 'dcName',
          label: 'Domain controller name',
          type: 'text',
          required: true,
          placeholder: 'DC1',
          help: 'Short name or fully qualified name.',
          validate: (raw) => (isDcName(raw.trim()) ? undefined : 'Use a computer name like DC1 or dc1.ad.contoso.com: letters, digits and hyphens.'),
        },
        {
          name: 'domainFqdn',
          label: 'Domain FQDN',
          type: 'text',
          required: (c) => !c.domainFqdn,
          defaultValue: (c) => c.domainFqdn ?? '',
          validate: (raw) => (isDomainFqdn(raw.trim()) ? undefined : 'Use the domain\'s DNS name with at least one dot, like ad.contoso.com.'),
          placeholder: 'ad.contoso.com',
          help: 'The Active Directory domain\'s DNS name.',
        },
        {
          name: 'netbios',
          label: 'Domain NetBIOS name',
          type: 'text',
          required: true,
          placeholder: 'AD',
          help: 'Up to 15 characters, no dots.',
          validate: (raw) => (isNetbiosName(raw.trim()) ? undefined : 'A NetBIOS domain name has up to 15 characters and no dots, like AD or CONTOSO.'),
        },
        {
          name: 'ou',
          label: 'OU of the domain controller (optional)',
          type: 'text',
          placeholder: 'OU=Domain Controllers',
          help: 'Leave empty for the usual OU=Domain Controllers. If the DC object was moved, copy the OU part of its distinguished name (Get-ADDomainController shows it as ComputerObjectDN).',
          validate: (raw) => (isOuPath(raw) ? undefined : OU_MESSAGE),
        },
      ],
      submit: { event: 'NAMES_ENTERED', label: 'Work out the certificate names' },
      answers: [{ event: 'NOT_SURE', label: "I'm not sure of these names", hint: 'How to look them up' }],
    },
    findNames: {
      kind: 'action',
      title: 'Look up the domain and domain controller names',
      steps: [
        {
          text: 'On a domain controller or a computer with the Active Directory PowerShell module, show the domain\'s DNS name and NetBIOS name:',
          code: { language: 'powershell', code: 'Get-ADDomain | Format-List DNSRoot, NetBIOSName, DistinguishedName' },
        },
        {
          text: 'On the same computer, list the domain controllers with their full names:',
          code: { language: 'powershell', code: 'Get-ADDomainController -Filter * | Format-Table Name, HostName, ComputerObjectDN' },
        },
        {
          text: 'ComputerObjectDN is the domain controller\'s distinguished name, for example CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com. The part between the CN= and the first DC= is its OU path: type it in the OU box if it is not OU=Domain Controllers.',
        },
        {
          text: 'Or, from any computer that can resolve the domain in DNS, list the domain controllers:',
          code: { language: 'cmd', code: (c) => `nslookup -type=SRV _ldap._tcp.dc._msdcs.${cmdWord(c.domainFqdn, '<domain FQDN>')}` },
        },
      ],
      answers: [{ event: 'READY', label: 'I have the names' }],
    },
    currentCert: {
      kind: 'evidence',
      title: 'Check the domain controller\'s current certificate (optional)',
      needs: 'the domain controller certificate (certutil -v -dump output or its details)',
      body: (c) => {
        const n = known(c);
        return `This tells whether the certificate on ${dcShortName(n.dcName)} already has the right names. You can skip it and go straight to the fix.\n\nThe certificate is fine when its subject is exactly ${dcSubjectDn(n)} (the whole distinguished name of the domain controller's object, OU path included), or when its subject alternative name holds all of ${dcSanLines(n).split('\n').join(', ')}. It also needs the KDC Authentication purpose.`;
      },
      howTo: [
        { text: 'On the domain controller, open certlm.msc > Personal > Certificates, open the domain controller\'s certificate, and on the Details tab copy Subject and Subject Alternative Name into the boxes below.' },
        {
          text: 'Or export it (Details > Copy to File, DER format) as dc.cer and paste what this prints:',
          code: { language: 'cmd', code: 'certutil -v -dump dc.cer' },
        },
      ],
      detail: 'The check accepts either form: a subject equal to the DC\'s whole distinguished name (a subject with only the right CN and DC= parts, another OU, or the DC\'s DNS name as CN does not count), or a SAN with the DC\'s FQDN, the domain FQDN and the NetBIOS name. When pasted, the Enhanced Key Usage list is checked for KDC Authentication (1.3.6.1.5.2.3.5) as well; typed values cannot show it, so the app asks you next.',
      fields: [
        { name: 'subject', label: 'Subject', type: 'text', placeholder: 'CN=DC1, OU=Domain Controllers, DC=ad, DC=contoso, DC=com' },
        { name: 'san', label: 'Subject alternative name DNS entries (one per line)', type: 'list', placeholder: 'DNS Name=dc1.ad.contoso.com' },
      ],
      submit: { event: 'CERT_ENTERED', label: 'Check the certificate' },
      answers: [{ event: 'SKIP', label: 'Skip, go to the fix' }],
      read: (findings, c) => {
        const f = findingOf(findings, 'certificate');
        if (!f) return undefined;
        const subject = f.facts.subjectDn ?? f.facts.subject ?? '';
        if (!subject && f.facts.sanDns.length === 0) return undefined;
        const check = checkDcCert(f.facts, c);
        const names = check.subjectRule
          ? 'its subject is the domain controller\'s distinguished name'
          : check.sanRule
            ? 'its subject alternative name has all three names'
            : `its subject is not the domain controller's distinguished name ${dcSubjectDn(known(c))} and its subject alternative name lacks ${listWords(check.missing)}`;
        const ekuRead = f.facts.ekus.length > 0;
        const eku = !ekuRead
          ? 'the paste shows no Enhanced Key Usage list, so the KDC Authentication purpose could not be read'
          : f.facts.hasKdcAuthEku
            ? 'it has the KDC Authentication purpose'
            : 'it lacks the KDC Authentication purpose (1.3.6.1.5.2.3.5)';
        return {
          event: { type: 'CERT_ENTERED', values: { subject, san: f.facts.sanDns, ...(ekuRead ? { kdcEku: f.facts.hasKdcAuthEku } : {}) } },
          because: `The pasted certificate${f.facts.issuer ? ` from ${f.facts.issuer}` : ''}: ${names}, and ${eku}.`,
        };
      },
      sample: SAMPLE_CERT,
    },
    confirmEku: {
      kind: 'question',
      title: 'Does the certificate have the KDC Authentication purpose?',
      body: (c) =>
        `The names on ${dcShortName(known(c).dcName)}'s certificate are right. Typed values cannot show its purposes, so check one more thing: Entra joined devices only accept a domain controller certificate that lists KDC Authentication (${KDC_AUTH_EKU}).`,
      howTo: [
        { text: 'In certlm.msc, open the certificate and on the Details tab select Enhanced Key Usage. Or look for the Enhanced Key Usage lines in what this prints for the exported certificate:', code: { language: 'cmd', code: 'certutil -v -dump dc.cer' } },
      ],
      answers: [
        { event: 'YES', label: 'Yes, KDC Authentication is listed' },
        { event: 'NO', label: 'No, it is not listed' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Go to the fix: a new certificate with all the purposes' },
      ],
    },
    reissue: {
      kind: 'action',
      title: (c) => `Give ${dcShortName(known(c).dcName)} a certificate with the right names`,
      body: 'Have your certificate authority issue a new certificate for the domain controller that carries its names in one of the two forms below (putting both in does no harm). Then install it on the domain controller and make sure the CA is trusted for smart card style sign-in.',
      steps: [
        { text: 'Either: the subject must be the domain controller\'s distinguished name:', code: { label: 'Subject', language: 'text', code: (c) => dcSubjectDn(known(c)) } },
        {
          text: 'Or: the subject alternative name must hold the domain controller\'s FQDN, the domain FQDN and the domain\'s NetBIOS name:',
          code: { label: 'Subject alternative name', language: 'text', code: (c) => dcSanLines(known(c)) },
        },
        {
          text: `Give the certificate these purposes (extended key usages): KDC Authentication ${KDC_AUTH_EKU}, Client Authentication ${CLIENT_AUTH_EKU} and Server Authentication ${SERVER_AUTH_EKU}.`,
        },
        {
          text: 'If your CA accepts a standard certificate request, make one on the domain controller with certreq. Save this as a .inf file (the name below is only a suggestion):',
          code: { label: 'Request file', language: 'text', code: (c) => certreqInf(known(c)) },
        },
        {
          text: 'In a command prompt opened as administrator on the domain controller, make the request, have the CA issue it, and install the result into the computer\'s Personal store:',
          code: { language: 'cmd', code: (c) => certreqCommands(known(c)) },
        },
        { text: 'Leave the old domain controller certificate where it is for now: other services may still use it. It is retired only after the retest works.' },
        {
          text: 'Check that the issuing CA is in the forest\'s NTAuth store. Look for its name in this list:',
          code: { language: 'cmd', code: 'certutil -viewstore -enterprise NTAuth' },
        },
        {
          text: 'If it is missing, publish the issuing CA\'s certificate there (as an Enterprise Admin), using the CA certificate file. Take care: a CA in NTAuth is trusted for sign-in across the whole forest, so every domain controller and every smart card or Windows Hello sign-in certificate it issues will be accepted for any user in any domain of the forest. Publish only a CA your organisation controls and that issues such certificates only to the right subjects.',
          code: { language: 'cmd', code: 'certutil -dspublish -f <ca.cer> NTAuthCA' },
        },
        { text: (c) => `Do the same for every other domain controller in ${domainOr(c)}, each with its own name in the subject and SAN.` },
      ],
      detail: (c) =>
        `For ${dcFqdn(known(c).dcName, domainOr(c))} the two forms are the subject ${dcSubjectDn(known(c))}, or the SAN entries ${dcSanLines(known(c)).split('\n').join(', ')}. ` +
        'Entra joined devices also have to trust the CA chain: deploy the root (and intermediate) CA certificates to them, for example with an Intune trusted certificate profile. The public guidance "Guidelines for enabling smart card sign in with non-Microsoft certification authorities" lists every requirement for domain controller certificates from a non-Microsoft CA.',
      answers: [{ event: 'DONE', label: 'Done, the new certificate is on the domain controller' }],
    },
    retest: {
      kind: 'check',
      title: 'Open the resource again',
      body: 'On the affected device, clear the old Kerberos tickets, sign out, sign back in with Windows Hello (PIN or biometrics), and open the resource that failed.',
      howTo: [
        { text: 'In a command prompt on the device, as the affected user:', code: { language: 'cmd', code: 'klist purge' } },
        { text: 'Then sign out and sign back in, and open the resource again (for example \\\\server\\share).' },
      ],
      answers: [
        { event: 'FIXED', label: 'It opens now', hint: 'Then retire the old certificate safely' },
        { event: 'CHECK_CERT', label: 'It still fails: check the new certificate', hint: 'Paste the certificate the DC has now' },
        { event: 'STILL_FAILS', label: 'It still fails, and the certificate is right' },
      ],
    },
    retireOld: {
      kind: 'action',
      title: (c) => `Retire the old certificate on ${dcShortName(known(c).dcName)}`,
      body: 'The fix works, so the old domain controller certificate can go, but only once nothing else depends on it. On a domain controller the same certificate often serves more than Kerberos.',
      steps: [
        {
          text: 'List the certificates and note the old one\'s thumbprint (Cert Hash) and its purposes:',
          code: { language: 'cmd', code: 'certutil -store my' },
        },
        {
          text: 'Check what else may use it: LDAP over SSL (LDAPS, ports 636 and 3269) picks a certificate from this store; smart card sign-in relies on the domain controller certificate; Remote Desktop and WinRM over HTTPS can be bound to a certificate by its thumbprint. Look for that thumbprint here:',
          code: {
            language: 'powershell',
            code: 'winrm enumerate winrm/config/listener\nGet-CimInstance -Namespace root\\cimv2\\TerminalServices -ClassName Win32_TSGeneralSetting | Format-List TerminalName, SSLCertificateSHA1Hash',
          },
        },
        { text: 'Make sure LDAPS clients (applications, appliances, other directories) and smart card users trust the new certificate\'s CA before the old certificate goes; test an LDAPS connection with ldp.exe (port 636, SSL) against this domain controller.' },
        { text: 'Export a copy of the old certificate (certlm.msc > Personal > Certificates > All Tasks > Export), then delete it from the Personal store. If something stops working, import the copy again.' },
        { text: (c) => `Do the same on every other domain controller in ${domainOr(c)} once its new certificate works.` },
      ],
      answers: [
        { event: 'DONE', label: 'Done, the old certificate is retired' },
        { event: 'KEEP', label: 'Something still uses it: keep it for now', hint: 'Retire it later, once that service has moved' },
      ],
    },
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'On-premises resources open again',
      body: 'The domain controller now presents a certificate with names the Entra joined device accepts. Make sure every domain controller has such a certificate, and keep the names in the certificate template or request your CA uses, so renewed certificates keep them.',
    },
    outNotEntraJoined: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: the device is not Entra joined',
      body: 'Hybrid joined devices reach on-premises resources without this special certificate setup, so the non-Microsoft CA is not the cause here. Go back to the list of issues and pick the one that matches what you see, or hand the case to your support team.',
    },
    outOtherTrust: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: the deployment is not key trust',
      body: 'This fix is for key trust deployments. Certificate trust and cloud Kerberos trust deployments have their own requirements, so go back to the list of issues and pick the one that matches, or hand the case to your support team.',
    },
    outMicrosoftCa: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: a Microsoft CA issues the certificates',
      body: 'A Microsoft enterprise CA (Active Directory Certificate Services) puts the domain controller\'s names into its certificate by itself, so the special configuration for non-Microsoft CAs is not needed.\n\nIf Entra joined devices still cannot reach on-premises resources, check that every domain controller has a current certificate from the Kerberos Authentication template (or a copy of it) that includes the KDC Authentication purpose, and that the devices trust your root CA. If that is all in place, hand the case to your support team.',
    },
    outNoEvent107: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'Without event 107 or a trace showing that no TGS_REQ is sent, there is no sign of the certificate name problem. Something else stops the device reaching the resource.',
      handOver: [
        'The exact error the user sees when opening the resource, and the path they opened',
        'The Kerberos Operational log from the device, exported after reproducing the failure',
        'A network trace taken on the device while the resource is opened',
        'dsregcmd /status output from the device',
        'This report',
      ],
    },
    outCertAlreadyOk: {
      kind: 'outcome',
      result: 'escalate',
      title: 'The certificate already has the right names: hand this to your support team',
      body: (c) =>
        `The certificate checked for ${dcShortName(known(c).dcName)} already carries the names and the KDC Authentication purpose, so replacing it will not help. The domain controller may be presenting a different certificate, another domain controller may be answering, or something else is wrong.`,
      // Where the two flows meet (owner decided in ../shared/caTrust.ts): the CA behind a right certificate may be missing from NTAuth.
      related: 'ntauth-ca-missing',
      carry: () => ({ answers: { symptom: 'DC_CERT_RIGHT' } }),
      handOver: [
        (c) => `certutil -v -store my output from ${dcShortName(known(c).dcName)} and from every other domain controller in ${domainOr(c)}`,
        'Kerberos event 107 (or the latest Kerberos Operational events) from the device',
        'certutil -viewstore -enterprise NTAuth output',
        'A network trace from the device while the resource is opened',
        'This report',
      ],
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The domain controller certificate was replaced but the resource still fails. Pass on what you collected so support can look further.',
      handOver: [
        (c) => `The names used: domain controller ${known(c).dcName}, domain ${domainOr(c)}, NetBIOS ${known(c).netbios}`,
        (c) => `certutil -v -store my output from ${dcShortName(known(c).dcName)} after the change`,
        'Kerberos Operational events from the device after the change (look for 107 again)',
        'certutil -viewstore -enterprise NTAuth output',
        'This report',
      ],
    },
  },
  references: [
    {
      title: 'Windows Hello for Business known deployment issues: Microsoft Entra joined device access to on-premises resources using key trust and non-Microsoft Certificate Authority (CA)',
      source: 'https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues',
    },
    {
      title: 'Guidelines for enabling smart card sign in with non-Microsoft certification authorities',
      source: 'https://learn.microsoft.com/troubleshoot/windows-server/windows-security/enabling-smart-card-logon-third-party-certification-authorities',
    },
    { title: 'certreq: create, submit and accept certificate requests', source: 'https://learn.microsoft.com/windows-server/administration/windows-commands/certreq_1' },
  ],
  describe: (e) => {
    const v = (e as { values?: Record<string, unknown> }).values ?? {};
    if (e.type === 'SEEN_107') return typeof v.expectedDomain === 'string' && v.expectedDomain ? `Event 107, expected domain ${v.expectedDomain}` : 'Event 107 found';
    if (e.type === 'NAMES_ENTERED') {
      return `Domain controller ${String(v.dcName ?? '')}, domain ${String(v.domainFqdn || '(from event 107)')}, NetBIOS ${String(v.netbios ?? '')}`;
    }
    if (e.type === 'CERT_ENTERED') return typeof v.subject === 'string' && v.subject ? `Certificate subject ${v.subject}` : 'Certificate details given';
    return undefined;
  },
};

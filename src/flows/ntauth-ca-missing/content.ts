/** The words of ntauth-ca-missing: one entry per state of its machine. */
import type { AnyFinding } from '../../evidence/types';
import { findingOf, findingsOf } from '../shared/findings';
import { cmdWord } from '../shared/quote';
import type { FlowContent, Reading } from '../shared/types';
import { typedThumbprint, type NtauthCaMissingContext, type machine } from './machine';

type C = NtauthCaMissingContext;

export const SOURCE_URL =
  'https://learn.microsoft.com/troubleshoot/windows-server/user-profiles-and-logon/your-credential-could-not-be-verified-error-when-logging-on-to-windows-by-using-whfb';

/** The registry key every machine fills from Active Directory at policy refresh (named by the source). */
export const NTAUTH_KEY = 'HKLM\\Software\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates';

const thumbWord = (c: C) => cmdWord(c.thumbprint, '<thumbprint>');

/** The command that shows whether this CA's registry copy is on a machine. */
const regQuery = (c: C) => (c.thumbprint ? `reg query "${NTAUTH_KEY}\\${thumbWord(c)}"` : `reg query "${NTAUTH_KEY}"`);

const STORE_LISTING = 'certutil -enterprise -store NTAuth';

/** Does a listing hold the thumbprint? */
const lists = (cas: { thumbprint?: string }[], t: string) => cas.some((ca) => ca.thumbprint === t);

function readStatus(findings: AnyFinding[]): Reading | undefined {
  const codes = findingOf(findings, 'error-code');
  if (codes?.facts.codes.some((c) => c.code === '0xC00000BB')) {
    return { event: { type: 'STATUS_BB' }, because: 'The paste holds status 0xC00000BB.' };
  }
  return undefined;
}

function readProvisioned(findings: AnyFinding[]): Reading | undefined {
  const d = findingOf(findings, 'dsregcmd');
  if (d?.facts.ngcSet === true) return { event: { type: 'YES' }, because: 'dsregcmd says NgcSet : YES: the user has a Windows Hello key.' };
  if (d?.facts.ngcSet === false) return { event: { type: 'NO' }, because: 'dsregcmd says NgcSet : NO: provisioning has not finished.' };
  return undefined;
}

function readStore(findings: AnyFinding[], c: C): Reading | undefined {
  const all = findingsOf(findings, 'ntauth');
  const listing = all.find((f) => f.facts.source === 'certutil') ?? all[0];
  if (!listing) return undefined;
  const where = listing.facts.source === 'certutil' ? 'The NTAuth listing' : 'The NTAuth registry listing';
  if (listing.facts.cas.length === 0) return { event: { type: 'MISSING' }, because: `${where} holds no CA certificate at all.` };
  if (!c.thumbprint) return undefined;
  return lists(listing.facts.cas, c.thumbprint)
    ? { event: { type: 'IN_STORE' }, because: `${where} holds thumbprint ${c.thumbprint}.` }
    : { event: { type: 'MISSING' }, because: `${where} does not hold thumbprint ${c.thumbprint}.` };
}

function readMachines(findings: AnyFinding[], c: C): Reading | undefined {
  const regs = findingsOf(findings, 'ntauth').filter((f) => f.facts.source === 'registry');
  if (regs.length === 0) return undefined;
  if (regs.some((f) => f.facts.cas.length === 0)) return { event: { type: 'NOT_ON_MACHINE' }, because: 'A registry listing holds no NTAuth certificate at all.' };
  if (!c.thumbprint) {
    // Without the thumbprint: two machines whose copies differ cannot both be up to date.
    const sets = regs.map((f) => f.facts.cas.map((ca) => ca.thumbprint ?? '').sort().join(','));
    return new Set(sets).size > 1 ? { event: { type: 'NOT_ON_MACHINE' }, because: 'The registry listings pasted hold different CAs: a machine has not refreshed its copy yet.' } : undefined;
  }
  if (regs.some((f) => !lists(f.facts.cas, c.thumbprint))) {
    return { event: { type: 'NOT_ON_MACHINE' }, because: `A registry listing does not hold thumbprint ${c.thumbprint}.` };
  }
  return regs.length >= 2 ? { event: { type: 'ON_BOTH' }, because: `Every registry listing pasted (${regs.length}) holds thumbprint ${c.thumbprint}.` } : undefined;
}

// An empty store (nothing published yet), so the sample decides the step even without a thumbprint.
const SAMPLE_STORE = [
  'C:\\>certutil -enterprise -store NTAuth',
  'NTAuth "NTAuth"',
  'CertUtil: -store command completed successfully.',
].join('\n');

// The domain controller has both CAs; the device has not refreshed its copy yet.
const SAMPLE_REGISTRY = [
  'C:\\>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F7E6D5C4B3A',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\A1B2C3D4E5F60718293A4B5C6D7E8F9011223344',
  '',
  'C:\\Users\\avery>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F7E6D5C4B3A',
].join('\n');

const FOREST_WARNING =
  'Publishing a CA to NTAuth makes it trusted for sign-in across the whole forest: every domain controller then accepts the smart card and Windows Hello sign-in certificates it issues, for any user in any domain of the forest. Only an Enterprise Admin can publish it, and whoever owns your forest\'s security and PKI (the security or identity team, through your change process) must approve it first. Publish only a CA your organisation runs and that issues sign-in certificates only to the right people and domain controllers.';

export const content: FlowContent<C, typeof machine> = {
  references: [
    { title: '"Your credential could not be verified" error when logging on to Windows by using WHFB (KB 4519735)', source: SOURCE_URL },
  ],
  describe: (event) => {
    const t = typedThumbprint(event as never);
    return t ? `Issuing CA thumbprint ${t}` : undefined;
  },
  steps: {
    symptom: {
      kind: 'question',
      title: 'What does Windows show when the user signs in with Windows Hello?',
      body: 'This flow is for a Windows 10 or Windows 11 device where Windows Hello for Business was set up, and signing in with the PIN or biometrics now fails.',
      detail: 'Microsoft documents this as KB4519735: the domain controller cannot find the issuing CA in its NTAuth store while it validates the sign-in.',
      answers: [
        { event: 'CANT_VERIFY', label: '"Your credentials could not be verified"' },
        { event: 'STATUS_BB', label: '"Something went wrong and your PIN isn\'t available (status: 0xc00000bb …)"' },
        {
          event: 'DC_CERT_RIGHT',
          label: 'I came from the non-Microsoft CA flow: the domain controller certificate is already right',
          hint: 'Check NTAuth for the CA that issued it',
        },
        { event: 'OTHER', label: 'A different message or code' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'How to see the message' },
      ],
      read: (findings) => readStatus(findings),
    },
    findMessage: {
      kind: 'question',
      title: 'Try the sign-in once and read the message',
      body: 'On the affected device, lock the screen (Windows key + L) and sign in with the PIN. Note the exact text. If it shows a status code, note it too (for example 0xc00000bb).',
      answers: [
        { event: 'CANT_VERIFY', label: '"Your credentials could not be verified"' },
        { event: 'STATUS_BB', label: 'Status 0xc00000bb' },
        { event: 'OTHER', label: 'A different message or code' },
      ],
      read: (findings) => readStatus(findings),
    },
    provisioned: {
      kind: 'question',
      title: 'Did the user finish setting up Windows Hello?',
      body: 'This problem shows after provisioning: the user created a PIN, and signing in with it is what fails.',
      answers: [
        { event: 'YES', label: 'Yes, a PIN was set up' },
        { event: 'NO', label: 'No, setup never finished' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Check with dsregcmd' },
      ],
    },
    checkProvisioned: {
      kind: 'evidence',
      title: 'Check whether the user has a Windows Hello key',
      needs: 'dsregcmd /status output',
      body: 'Run the command below on the device as the affected user and paste what it prints. NgcSet : YES in the User State section means a Windows Hello key exists.',
      howTo: [{ text: 'In a command prompt on the device, signed in as the user (with the password):', code: { language: 'cmd', code: 'dsregcmd /status' } }],
      answers: [
        { event: 'YES', label: 'NgcSet is YES' },
        { event: 'NO', label: 'NgcSet is NO' },
      ],
      read: (findings) => readProvisioned(findings),
      sample: ['+----------------------------------------------------------------------+', '| User State                                                           |', '+----------------------------------------------------------------------+', '', '                    NgcSet : YES', '                  NgcKeyId : {B2C0A4E1-6F3D-4C55-9A21-7E0F1D2C3B4A}'].join('\n'),
    },
    trust: {
      kind: 'question',
      title: 'Which Windows Hello for Business trust model do you use?',
      body: 'The domain controller checks the issuing CA against NTAuth when the device signs in with key trust or certificate trust. Cloud Kerberos trust signs in another way.',
      answers: [
        { event: 'KEY', label: 'Key trust' },
        { event: 'CERT', label: 'Certificate trust' },
        { event: 'CLOUD', label: 'Cloud Kerberos trust' },
        { event: 'NOT_SURE', label: "I'm not sure", hint: 'Where to look it up' },
      ],
    },
    findTrust: {
      kind: 'question',
      title: 'Find the trust model',
      body: 'Look at the Windows Hello for Business policy that applies to the device.',
      howTo: [
        { text: 'Group Policy or Intune setting "Use cloud Kerberos trust for on-premises authentication" enabled: cloud Kerberos trust.' },
        { text: 'Setting "Use certificate for on-premises authentication" enabled (users enroll a sign-in certificate): certificate trust.' },
        { text: 'Neither: key trust. On the device, dsregcmd /status also shows it: CertEnrollment : enrollment authority points to certificate trust.', code: { language: 'cmd', code: 'dsregcmd /status' } },
      ],
      answers: [
        { event: 'KEY', label: 'Key trust' },
        { event: 'CERT', label: 'Certificate trust' },
        { event: 'CLOUD', label: 'Cloud Kerberos trust' },
      ],
    },
    caThumbprint: {
      kind: 'evidence',
      title: 'Find the issuing CA\'s thumbprint',
      needs: 'The issuing CA certificate\'s thumbprint',
      body: 'The CA to look for is the one that issued the domain controller certificates (and, with certificate trust, the users\' sign-in certificates). Its thumbprint is the name NTAuth knows it by.',
      howTo: [
        { text: 'On the CA server, open the Certification Authority snap-in, right-click the issuing CA and choose Properties.' },
        { text: 'On the General tab, pick the current certificate if there are several, and choose View Certificate.' },
        { text: 'On the Details tab, scroll to Thumbprint and copy it.' },
        { text: 'A non-Microsoft CA, or no access to the CA: on a domain controller, list its certificate and read the Issuer line, then get that CA\'s certificate from the CA\'s owner.', code: { language: 'cmd', code: 'certutil -v -store my' } },
      ],
      fields: [
        {
          name: 'thumbprint',
          label: 'Issuing CA thumbprint',
          type: 'text',
          required: true,
          placeholder: 'a1b2c3d4e5f60718293a4b5c6d7e8f9011223344',
          help: '40 hexadecimal digits; spaces or colons between pairs are fine.',
          validate: (raw) => (typedThumbprint({ type: 'CA_ENTERED', values: { thumbprint: raw } }) ? undefined : 'A thumbprint is 40 hexadecimal digits (0-9, a-f), for example a1b2c3d4e5f60718293a4b5c6d7e8f9011223344.'),
        },
      ],
      submit: { event: 'CA_ENTERED', label: 'Use this thumbprint' },
      answers: [{ event: 'NO_THUMBPRINT', label: 'I can\'t get the thumbprint: compare by name', hint: 'Look for the CA\'s name in the listing instead' }],
    },
    ntauthStore: {
      kind: 'evidence',
      title: 'Is your issuing CA in the enterprise NTAuth store?',
      needs: 'certutil NTAuth listing',
      body: 'The NTAuth store lives in Active Directory, once for the whole forest. List it on any domain-joined machine and paste the output. The app reads the thumbprints for you.',
      howTo: [
        { text: 'In a command prompt (no admin rights needed), print the store as text:', code: { language: 'cmd', code: STORE_LISTING } },
        { text: 'The same store in a window:', code: { language: 'cmd', code: 'certutil -viewstore -enterprise NTAuth' } },
        { text: (c) => (c.thumbprint ? `Look for Cert Hash(sha1): ${c.thumbprint} (certutil prints it in lower case, sometimes with spaces).` : 'Look for your issuing CA\'s name on the Subject lines.') },
      ],
      answers: [
        { event: 'IN_STORE', label: 'The CA is listed' },
        { event: 'MISSING', label: 'The CA is not listed' },
        { event: 'NOT_SURE', label: "I can't tell which one is ours", hint: 'Get the CA\'s thumbprint first' },
      ],
      read: (findings, c) => readStore(findings, c),
      sample: SAMPLE_STORE,
    },
    approve: {
      kind: 'question',
      title: 'Get approval to add the CA to NTAuth',
      body: FOREST_WARNING,
      answers: [
        { event: 'APPROVED', label: 'Approved: an Enterprise Admin will publish it' },
        { event: 'NOT_APPROVED', label: 'Not approved, or I can\'t get approval' },
      ],
    },
    publish: {
      kind: 'action',
      title: 'Publish the issuing CA to NTAuth',
      body: FOREST_WARNING,
      steps: [
        { text: 'On the CA server, open the Certification Authority snap-in, right-click the issuing CA, choose Properties, and on the General tab pick the current certificate and choose View Certificate.' },
        { text: 'On the Details tab choose Copy to File and save the certificate, for example as IssuingCA.cer. (For a non-Microsoft CA, use the CA certificate file its owner gives you.)' },
        {
          text: 'Sign in to a domain controller with an Enterprise Admin account, copy the file there, and in that folder publish it to the NTAuth store in Active Directory and add it to this machine\'s copy:',
          code: { language: 'cmd', code: 'certutil -dspublish -f IssuingCA.cer NTAuthCA\ncertutil -enterprise -addstore NTAuth IssuingCA.cer' },
        },
        { text: 'Check that it is now listed:', code: { language: 'cmd', code: STORE_LISTING } },
      ],
      answers: [{ event: 'DONE', label: 'Done, the CA is published' }],
    },
    machineCopies: {
      kind: 'evidence',
      title: 'Is the CA also on the domain controller and on the device?',
      needs: 'NTAuth registry listing from a domain controller and from the device',
      body: `Each machine keeps its own copy of NTAuth in the registry (${NTAUTH_KEY}, one subkey per CA named by its thumbprint). It fills it from Active Directory at Group Policy refresh. The KDC on the domain controller checks this copy, so a CA that is in Active Directory but not yet in the copy still fails. Run the command on a domain controller in the user's site and on the affected device, and paste both outputs.`,
      howTo: [{ text: 'In a command prompt on each machine:', code: { language: 'cmd', code: (c) => regQuery(c) } }],
      answers: [
        { event: 'ON_BOTH', label: 'Your CA is listed on both' },
        { event: 'NOT_ON_MACHINE', label: 'It is missing on one of them' },
        { event: 'NOT_SURE', label: "I can't check", hint: 'Refresh the policy anyway: it is harmless' },
      ],
      read: (findings, c) => readMachines(findings, c),
      sample: SAMPLE_REGISTRY,
    },
    refresh: {
      kind: 'action',
      title: 'Bring the change to the domain controllers and devices',
      body: 'The NTAuth store is in Active Directory. It reaches other domain controllers by Active Directory replication, and each machine copies it into its registry at its next Group Policy refresh. You can wait for both, or hurry them as below.',
      steps: [
        { text: 'On the domain controller where it was published, refresh the policy and check that the thumbprint is now in the registry:', code: { language: 'cmd', code: (c) => `gpupdate /force\n${regQuery(c)}` } },
        { text: 'Wait for Active Directory replication to finish across the forest. To see where it stands:', code: { language: 'cmd', code: 'repadmin /replsummary' } },
        { text: 'Then refresh the policy on the other domain controllers, especially those in the user\'s site, and check the registry the same way.' },
        { text: 'Finally, on the affected devices, refresh the policy and check that the thumbprint is there too:', code: { language: 'cmd', code: (c) => `gpupdate /force\n${regQuery(c)}` } },
      ],
      answers: [{ event: 'DONE', label: 'Done, the thumbprint is on the domain controllers and the device' }],
    },
    retest: {
      kind: 'check',
      title: 'Sign in with Windows Hello again',
      body: 'Lock the device, or sign out, and sign in with the PIN or biometrics.',
      answers: [
        { event: 'FIXED', label: 'Sign-in works now' },
        { event: 'STILL_FAILS', label: 'It still fails' },
      ],
    },
    caKind: {
      kind: 'question',
      title: 'Is the device Entra joined, with domain controller certificates from a non-Microsoft CA?',
      body: 'The issuing CA is in NTAuth everywhere, so NTAuth is no longer the cause. One documented cause remains that the app can check: an Entra joined device with key trust only accepts a domain controller certificate from a non-Microsoft CA when its names are in a set form.',
      howTo: [
        { text: 'AzureAdJoined : YES with DomainJoined : NO in dsregcmd /status means Entra joined.', code: { language: 'cmd', code: 'dsregcmd /status' } },
        { text: 'The Issuer line of the domain controller certificate names the CA; Active Directory Certificate Services is Microsoft\'s CA.', code: { language: 'cmd', code: 'certutil -v -store my' } },
      ],
      answers: [
        { event: 'YES', label: 'Yes, Entra joined, and a non-Microsoft CA' },
        { event: 'NO', label: 'No' },
      ],
    },
    outResolved: {
      kind: 'outcome',
      result: 'resolved',
      title: 'Windows Hello sign-in works again',
      body: 'The issuing CA is in NTAuth and the machines have its copy. If you add or renew an issuing CA later, publish its new certificate to NTAuth the same way before it issues domain controller or sign-in certificates.',
    },
    outNotThis: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: a different message',
      body: 'This flow is about "Your credentials could not be verified" and status 0xc00000bb. Look up the code or message you see in the Windows Hello error codes flow.',
      related: 'hello-error-codes',
    },
    outNotProvisioned: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: Windows Hello was never set up',
      body: 'A missing NTAuth CA breaks sign-in after provisioning. When setup itself never finishes, the provisioning flow finds where it stops.',
      related: 'provisioning-not-starting',
    },
    outCloudKerberos: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Not this issue: cloud Kerberos trust',
      body: 'With cloud Kerberos trust, the device gets a partial Kerberos ticket from Microsoft Entra ID instead of proving itself with a certificate, so this NTAuth check is not where it fails. The cloud Kerberos trust flow checks that setup.',
      related: 'cloud-kerberos-trust',
    },
    outNeedsApproval: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to the team that owns your PKI and forest security',
      body: 'The issuing CA is missing from NTAuth, and adding it changes who can sign in anywhere in the forest. Without approval, do not publish it. Hand the case to the owners of your forest and PKI.',
      handOver: [
        (c) => `The issuing CA: ${c.thumbprint ? `thumbprint ${c.thumbprint}` : 'its name and certificate'}`,
        `${STORE_LISTING} output showing the CA is not listed`,
        'The message the user sees, and the trust model (key or certificate trust)',
        'This report',
      ],
    },
    outDcCertNames: {
      kind: 'outcome',
      result: 'not-this',
      title: 'Check the domain controller certificate\'s names',
      body: 'NTAuth is right. On an Entra joined device with key trust, a domain controller certificate from a non-Microsoft CA must carry the domain controller\'s names in a set form. The non-Microsoft CA flow checks the certificate and says what to change.',
      related: 'non-microsoft-ca-kdc-cert',
      carry: (c) => ({ answers: { joined: 'YES', ...(c.trust === 'key' ? { trustType: 'KEY' } : {}), caKind: 'NON_MS' } }),
    },
    outEscalate: {
      kind: 'outcome',
      result: 'escalate',
      title: 'Hand this to your support team',
      body: 'The issuing CA is in NTAuth in Active Directory and on the machines, and sign-in still fails. Something else is wrong with the certificates or the sign-in; pass on what you have.',
      handOver: [
        (c) => `The issuing CA thumbprint${c.thumbprint ? `: ${c.thumbprint}` : ' (not found)'}`,
        `${STORE_LISTING} output`,
        (c) => `${regQuery(c)} output from a domain controller in the user's site and from the device`,
        'certutil -v -store my output from that domain controller',
        'The exact message the user sees, with the time it happened',
        'This report',
      ],
    },
  },
};

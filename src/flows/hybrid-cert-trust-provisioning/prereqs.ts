/**
 * The prerequisite checks Windows runs before it offers "Set up a PIN" (events 358/360/362 and
 * dsregcmd's Ngc Prerequisite Check): what each one means when it says No, and how to fix it.
 */
import type { UdrCheckKey } from '../../evidence/types';

export interface PrereqHelp {
  /** Short name of the check. */
  label: string;
  /** Why it says No, in plain words. */
  cause: string;
  /** What to do about it. */
  fix: string;
  code?: { language: 'powershell' | 'cmd' | 'text'; code: string };
}

const GPO = 'Administrative Templates > Windows Components > Windows Hello for Business';

export const PREREQ_HELP: Readonly<Record<UdrCheckKey, PrereqHelp>> = {
  deviceJoined: {
    label: 'Device is joined to Microsoft Entra ID (hybrid join)',
    cause: 'The computer is in the domain but has not finished registering with Microsoft Entra ID, so it is not hybrid joined yet.',
    fix:
      'Run dsregcmd /status on the device: AzureAdJoined and DomainJoined must both say YES. If AzureAdJoined says NO, check that Microsoft Entra Connect syncs the OU that holds this computer, look for events 304 or 305 (automatic registration failed) in the User Device Registration log, then restart the device and sign in again.',
    code: { language: 'cmd', code: 'dsregcmd /status' },
  },
  userCredentials: {
    label: 'User signed in with Microsoft Entra credentials',
    cause: 'The user signed in with an account Microsoft Entra ID does not know (a local account, or a domain account that is not synced), or the sign-in did not get a Microsoft Entra token.',
    fix: 'Sign in with the user\'s own domain account that Microsoft Entra Connect syncs. In dsregcmd /status, the SSO State section should then show AzureAdPrt : YES. Sign out and back in once the account syncs.',
  },
  policyEnabled: {
    label: 'Windows Hello for Business policy is enabled',
    cause: 'The "Use Windows Hello for Business" policy has not reached this device or this user.',
    fix: `Enable "Use Windows Hello for Business" (Group Policy: Computer or User Configuration > ${GPO}, or the matching Intune setting) for this device or user. Then run gpupdate /force, check the policy applied with gpresult /r, and sign out and back in.`,
    code: { language: 'cmd', code: 'gpupdate /force\ngpresult /r' },
  },
  postLogonEnabled: {
    label: 'Provisioning after sign-in is enabled',
    cause: 'The policy "Do not start Windows Hello provisioning after sign-in" is turned on, so Windows does not offer setup by itself.',
    fix: `Set "Do not start Windows Hello provisioning after sign-in" (${GPO}) to Not configured or Disabled, or ask the user to start setup from Settings > Accounts > Sign-in options > PIN (Windows Hello).`,
  },
  hardware: {
    label: 'Device meets the hardware requirements',
    cause: 'The device does not meet the Windows Hello for Business hardware requirements. Most often the policy requires a hardware security device (a TPM) and the device has no usable TPM.',
    fix: 'Check the TPM: run tpm.msc (it should say "The TPM is ready for use") or Get-Tpm in PowerShell as an administrator (TpmPresent and TpmReady should be True). The key pair step of this guide explains how to fix it.',
    code: { language: 'powershell', code: 'Get-Tpm' },
  },
  notRemote: {
    label: 'Not a Remote Desktop session',
    cause: 'The user is signed in through Remote Desktop. Windows only offers provisioning at the device itself.',
    fix: 'Have the user sign in at the device itself (or at the virtual machine\'s console), not through Remote Desktop.',
  },
  certForOnPremPolicy: {
    label: 'Certificate for on-premises authentication policy is enabled',
    cause: 'The "Use certificate for on-premises authentication" policy has not reached the user, so the device does not know it has to enroll a sign-in certificate (certificate trust).',
    fix: `Enable "Use certificate for on-premises authentication" (${GPO}) in the Group Policy object your Windows Hello for Business users get, run gpupdate /force, and sign out and back in.`,
  },
  enrollmentEndpointReady: {
    label: 'Certificate enrollment endpoint is ready',
    cause: 'The device could not confirm that AD FS is ready to act as its certificate registration authority. "Not Tested" is normal while the enterprise STS check has not passed yet.',
    fix: 'On an AD FS server, run Get-AdfsCertificateAuthority and check it is set up as an enrollment agent with your Windows Hello certificate template. Check the AD FS/Admin event log for errors at the time the user signed in.',
    code: { language: 'powershell', code: 'Get-AdfsCertificateAuthority' },
  },
  logonCertTemplate: {
    label: 'Logon certificate template is known',
    cause: 'The device has not received the name of the sign-in certificate template from AD FS. "StateNoPolicy" means it has no template information yet; this often follows a failed enterprise STS check.',
    fix: 'On an AD FS server, run Get-AdfsCertificateAuthority and check that the Windows Hello certificate template is set, and that the certificate authority issues that template (certutil -CATemplates on the CA lists what it issues).',
    code: { language: 'powershell', code: 'Get-AdfsCertificateAuthority' },
  },
  stsAuthenticated: {
    label: 'Authenticated to the enterprise STS (AD FS)',
    cause: 'The device could not authenticate to AD FS. Right after a device joins, this can take a while; if it lasts, the AD FS configuration is the likely cause.',
    fix: 'Fix any device or user check above first. If this is the only blocking line, follow the "Certificate trust provisioning with AD FS broken on Windows Server 2019" guide (event 362, AD FS event 1021, the ugs scope).',
  },
  cloudTrustPolicy: {
    label: 'Cloud Kerberos trust policy is enabled',
    cause: 'This line is about cloud Kerberos trust, which a certificate trust deployment does not use.',
    fix: 'Nothing to do for certificate trust: No here is expected and does not block it.',
  },
  cloudTgt: {
    label: 'User account has a cloud Kerberos ticket',
    cause: 'This line is about cloud Kerberos trust, which a certificate trust deployment does not use.',
    fix: 'Nothing to do for certificate trust: No here is expected and does not block it.',
  },
  other: {
    label: 'Another check',
    cause: 'A check this guide does not describe says No.',
    fix: 'Read the line in the event text; search its wording in the Windows Hello for Business documentation, or hand it to your support team with the event.',
  },
};

export const PREREQ_LABELS: Readonly<Record<UdrCheckKey, string>> = Object.fromEntries(
  Object.entries(PREREQ_HELP).map(([k, v]) => [k, v.label]),
) as Record<UdrCheckKey, string>;

/** The checks that matter for certificate trust, in the order the events print them. */
export const CERT_TRUST_CHECKS: readonly UdrCheckKey[] = [
  'deviceJoined',
  'userCredentials',
  'policyEnabled',
  'postLogonEnabled',
  'hardware',
  'notRemote',
  'certForOnPremPolicy',
  'enrollmentEndpointReady',
  'logonCertTemplate',
  'stsAuthenticated',
];

/** The checks to explain: the failing ones in event order, or every certificate trust check when none is known. */
export function checksToExplain(failing: readonly UdrCheckKey[]): UdrCheckKey[] {
  if (failing.length === 0) return [...CERT_TRUST_CHECKS];
  const known = CERT_TRUST_CHECKS.filter((k) => failing.includes(k));
  const rest = failing.filter((k) => !CERT_TRUST_CHECKS.includes(k));
  return [...known, ...new Set(rest)];
}

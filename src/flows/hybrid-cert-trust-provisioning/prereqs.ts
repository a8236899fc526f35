/**
 * The prerequisite checks Windows runs before it offers "Set up a PIN" (events 358/360/362 and
 * dsregcmd's Ngc Prerequisite Check): the order to explain them in, and the commands that check them.
 * What each one means when it says No, and how to fix it, are words: words.yaml, `check-<key>-label|cause|fix`.
 */
import type { UdrCheckKey } from '../../evidence/types';

export const DSREGCMD = 'dsregcmd /status';

/** The command that checks each prerequisite, where there is one. */
export const PREREQ_CODE: Readonly<Partial<Record<UdrCheckKey, string>>> = {
  deviceJoined: DSREGCMD,
  policyEnabled: 'gpupdate /force\ngpresult /r',
  hardware: 'Get-Tpm',
  enrollmentEndpointReady: 'Get-AdfsCertificateAuthority',
  logonCertTemplate: 'Get-AdfsCertificateAuthority',
};

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

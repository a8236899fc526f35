/**
 * Who owns an event 362 (or dsregcmd reading) whose enterprise STS line says No. Decided here
 * once, for both flows that read it, so neither can hand the case back to the other:
 * - the STS line is the only real No (the lines that follow from it, and the cloud Kerberos
 *   trust lines a certificate trust deployment does not use, do not count): the AD FS 2019
 *   `ugs` scope flow (adfs2019-ugs-scope) owns it;
 * - any other check also says No (policy, join, credentials, hardware, Remote Desktop…): the
 *   provisioning flow (hybrid-cert-trust-provisioning) owns it, fixes that check first, and
 *   only then looks at the STS line again.
 */
import type { UdrCheckKey } from '../../evidence/types';

/** Lines that say No (or Not Tested) only because device authentication to AD FS failed. */
export const STS_FOLLOW_ON: readonly string[] = ['stsAuthenticated', 'logonCertTemplate', 'enrollmentEndpointReady'];

/** Cloud Kerberos trust lines: newer Windows prints them, and No is expected with certificate trust. */
export const NOT_FOR_CERT_TRUST: readonly string[] = ['cloudTrustPolicy', 'cloudTgt'];

export type StsOwner = 'adfs-scope' | 'provisioning';

/**
 * The flow that owns this reading, or undefined when the STS line does not say No.
 * `failing` holds the keys of the lines that said No.
 */
export function stsOwner(sts: string | null | undefined, failing: readonly (UdrCheckKey | string)[]): StsOwner | undefined {
  if (sts !== 'no') return undefined;
  const others = failing.filter((k) => !STS_FOLLOW_ON.includes(k) && !NOT_FOR_CERT_TRUST.includes(k));
  return others.length === 0 ? 'adfs-scope' : 'provisioning';
}

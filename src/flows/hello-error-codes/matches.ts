import { match } from '../shared/matches';

/** Families Windows Hello setup errors come from (device registration, crypto/TPM keys). */
const HELLO_FAMILIES = new Set(['dsreg', 'crypto', 'tpm']);
/** Handed to the domain controller certificate flow, which ranks first for it. */
const KDC_CODE = '0xC00000BB';

/**
 * The evidence that points to this flow: any error code. A device registration or key code is
 * this flow's first explanation; other codes (Win32, NTSTATUS, ADAL) and 0xC00000BB only its second.
 */
export const matches = [
  match({
    kind: 'error-code',
    rank: (f) => (f.codes.some((c) => HELLO_FAMILIES.has(c.family) && c.code !== KDC_CODE) ? 1 : 2),
    reason: (finding) => `${finding.summary}: look it up in Microsoft's list of Windows Hello setup errors`,
  }),
];

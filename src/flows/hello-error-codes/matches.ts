import { helloErrorCode } from '../../evidence/hello-error-codes';
import type { FoundErrorCode } from '../../evidence/types';
import { match } from '../shared/matches';
import { messagesOf } from '../shared/messages';
import { KDC_CODE } from './plan';
import reasons from './words.yaml?matches';

const say = messagesOf(reasons, 'src/flows/hello-error-codes/words.yaml', 'matches');

/** Families Windows Hello setup errors come from (device registration, crypto and TPM keys). */
const HELLO_FAMILIES = new Set<string>(['dsreg', 'crypto', 'tpm']);

/** A code this flow explains first: a listed code (0xC00000BB aside, its own flow explains it), or one of the Hello families. */
const ours = (c: FoundErrorCode) => c.code !== KDC_CODE && (HELLO_FAMILIES.has(c.family) || helloErrorCode(c.code) !== undefined);

/**
 * The evidence that points to this flow: a Windows Hello error code (first explanation), or
 * 0xC00000BB, which the flow hands to the domain controller certificate flow (second). Other
 * Win32 / NTSTATUS codes (a Kerberos event's 0xC000006D) don't point here.
 */
export const matches = [
  match({
    kind: 'error-code',
    when: (f) => f.codes.some((c) => ours(c) || c.code === KDC_CODE),
    rank: (f) => (f.codes.some(ours) ? 1 : 2),
    reason: (finding) => say('codeFound', { summary: finding.summary }),
  }),
];

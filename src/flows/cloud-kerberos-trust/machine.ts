/**
 * cloud-kerberos-trust: sign-in or provisioning fails with Windows Hello for Business cloud Kerberos trust.
 * Checked in the order an engineer would: the trust type the policies really give, the partial TGT
 * prerequisite, the Microsoft Entra Kerberos server object of the user's domain, writable domain
 * controllers in the user's site, privileged accounts, the unsupported ways of signing in, the updates.
 * One state per screen; outcomes are final states; rules in guards. Pure.
 */
import { assign, setup } from 'xstate';
import { isDnsName } from '../shared/values';

export type TgtState = 'yes' | 'no' | 'not-tested' | '';

export interface CloudKerberosTrustContext {
  /** The user's Active Directory domain (DNS name), '' until typed. */
  domain: string;
  /** A writable domain controller in the user's site (short or full name), '' when not typed. */
  dcName: string;
  /** What the partial TGT prerequisite check said. */
  tgt: TgtState;
}

export interface NamesValues {
  domain?: string;
  dcName?: string;
}

export type CloudKerberosTrustEvent =
  | { type: 'CLOUD' }
  | { type: 'CERT' }
  | { type: 'KEY' }
  | { type: 'NOT_SET' }
  | { type: 'NOT_SURE' }
  | { type: 'INTENDED' }
  | { type: 'NOT_INTENDED' }
  | { type: 'TGT_YES' }
  | { type: 'TGT_NO' }
  | { type: 'TGT_NOT_TESTED' }
  | { type: 'ENTRA_JOINED' }
  | { type: 'POLICY' }
  | { type: 'NAMES_ENTERED'; values?: NamesValues }
  | { type: 'SERVER_OK' }
  | { type: 'SERVER_MISSING' }
  | { type: 'SERVER_MISMATCH' }
  | { type: 'READY' }
  | { type: 'CANT_RUN' }
  | { type: 'YES' }
  | { type: 'NO' }
  | { type: 'CONSOLE' }
  | { type: 'RDP' }
  | { type: 'RUN_AS' }
  | { type: 'FIRST_SIGN_IN' }
  | { type: 'UPDATED' }
  | { type: 'MISSING' }
  | { type: 'DONE' }
  | { type: 'FIXED' }
  | { type: 'NOT_FIXED' };

const SHORT_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

const str = (v: unknown): string => (typeof v === 'string' ? v.trim().replace(/\.$/, '') : '');

/** A domain's DNS name with at least one dot, e.g. ad.contoso.com. */
export function isDomainName(s: string): boolean {
  return s.includes('.') && isDnsName(s);
}

/** A domain controller as typed: a short host name (DC1) or a full DNS name (dc1.ad.contoso.com). */
export function isDcName(s: string): boolean {
  return s.includes('.') ? isDnsName(s) : SHORT_NAME.test(s) && !/^[0-9]+$/.test(s);
}

function namesOf(event: CloudKerberosTrustEvent): { domain: string; dcName: string } {
  const v = event.type === 'NAMES_ENTERED' ? (event.values ?? {}) : {};
  return { domain: str(v.domain).toLowerCase(), dcName: str(v.dcName) };
}

const TGT: Partial<Record<CloudKerberosTrustEvent['type'], TgtState>> = { TGT_YES: 'yes', TGT_NO: 'no', TGT_NOT_TESTED: 'not-tested' };

export const machine = setup({
  types: {
    context: {} as CloudKerberosTrustContext,
    events: {} as CloudKerberosTrustEvent,
  },
  guards: {
    /** The domain is a DNS name; the domain controller is empty (not known yet) or a host name. */
    namesUsable: ({ event }) => {
      const n = namesOf(event);
      return isDomainName(n.domain) && (n.dcName === '' || isDcName(n.dcName));
    },
  },
  actions: {
    keepNames: assign(({ event }) => namesOf(event)),
    keepTgt: assign({ tgt: ({ event }) => TGT[event.type] ?? '' }),
  },
}).createMachine({
  id: 'cloud-kerberos-trust',
  initial: 'trustType',
  context: { domain: '', dcName: '', tgt: '' },
  states: {
    // 1. The trust type the policies really give.
    trustType: { on: { CLOUD: 'tgt', CERT: 'certOverride', NOT_SURE: 'findTrust' } },
    findTrust: { on: { CLOUD: 'tgt', CERT: 'certOverride', KEY: 'outKeyTrust', NOT_SET: 'policyLands' } },
    certOverride: { on: { INTENDED: 'outCertTrust', NOT_INTENDED: 'removeCertPolicy' } },
    removeCertPolicy: { on: { DONE: 'tgt' } },
    policyLands: { on: { DONE: 'tgt' } },
    // 2. The partial TGT prerequisite.
    tgt: {
      on: {
        TGT_YES: { target: 'names', actions: 'keepTgt' },
        TGT_NO: { target: 'names', actions: 'keepTgt' },
        TGT_NOT_TESTED: { target: 'tgtNotTested', actions: 'keepTgt' },
      },
    },
    tgtNotTested: { on: { ENTRA_JOINED: 'names', POLICY: 'policyLands' } },
    // 3. The Microsoft Entra Kerberos server object of the user's domain.
    names: { on: { NAMES_ENTERED: { guard: 'namesUsable', target: 'kerbServer', actions: 'keepNames' } } },
    kerbServer: {
      on: { SERVER_OK: 'writableDc', SERVER_MISSING: 'createServer', SERVER_MISMATCH: 'rotateKey', NOT_SURE: 'serverHowTo' },
    },
    serverHowTo: { on: { READY: 'kerbServer', CANT_RUN: 'outEscalate' } },
    createServer: { on: { DONE: 'serverRetest' } },
    rotateKey: { on: { DONE: 'serverRetest' } },
    serverRetest: { on: { FIXED: 'outResolved', NOT_FIXED: 'writableDc' } },
    // 4. Writable domain controllers in the user's site.
    writableDc: { on: { YES: 'privileged', NO: 'outNeedWritableDc', NOT_SURE: 'outEscalate' } },
    // 5. Privileged accounts.
    privileged: { on: { YES: 'outPrivileged', NO: 'scenario' } },
    // 6. The ways of signing in cloud Kerberos trust does not support.
    scenario: { on: { CONSOLE: 'updates', RDP: 'outRdp', RUN_AS: 'outRunAs', FIRST_SIGN_IN: 'firstSignIn' } },
    firstSignIn: { on: { DONE: 'firstRetest' } },
    firstRetest: { on: { FIXED: 'outResolved', NOT_FIXED: 'updates' } },
    // 7. The domain controller and client updates.
    updates: { on: { UPDATED: 'outEscalate', MISSING: 'installUpdates' } },
    installUpdates: { on: { DONE: 'updatesRetest' } },
    updatesRetest: { on: { FIXED: 'outResolved', NOT_FIXED: 'outEscalate' } },
    outResolved: { type: 'final' },
    outEscalate: { type: 'final' },
    outCertTrust: { type: 'final' },
    outKeyTrust: { type: 'final' },
    outNeedWritableDc: { type: 'final' },
    outPrivileged: { type: 'final' },
    outRdp: { type: 'final' },
    outRunAs: { type: 'final' },
  },
});

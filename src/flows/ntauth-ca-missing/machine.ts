/**
 * ntauth-ca-missing: "Your credentials could not be verified" / status 0xC00000BB after provisioning,
 * because the CA that issued the domain controller (and user) certificates is missing from the
 * enterprise NTAuth store. One state per screen; outcomes are final states; rules in guards. Pure.
 * Which flow owns a case where this flow and non-microsoft-ca-kdc-cert meet is decided in
 * ../shared/caTrust.ts.
 */
import { assign, setup } from 'xstate';
import { thumbprintOf } from '../../evidence/ntauth';
import { caTrustOwner } from '../shared/caTrust';

export type NtauthTrust = 'key' | 'cert' | '';

export interface NtauthCaMissingContext {
  /** The issuing CA's SHA-1 thumbprint, 40 upper-case hex digits ('' when not given). */
  thumbprint: string;
  trust: NtauthTrust;
  /** Came from the non-Microsoft CA flow with the DC certificate's names already found right. */
  dcCertRight: boolean;
  /** The device is Entra joined and a non-Microsoft CA issues the DC certificates. */
  entraNonMs: boolean;
}

export type NtauthCaMissingEvent =
  | { type: 'CANT_VERIFY' }
  | { type: 'STATUS_BB' }
  | { type: 'DC_CERT_RIGHT' }
  | { type: 'OTHER' }
  | { type: 'NOT_SURE' }
  | { type: 'YES' }
  | { type: 'NO' }
  | { type: 'KEY' }
  | { type: 'CERT' }
  | { type: 'CLOUD' }
  | { type: 'CA_ENTERED'; values?: { thumbprint?: unknown } }
  | { type: 'NO_THUMBPRINT' }
  | { type: 'IN_STORE' }
  | { type: 'MISSING' }
  | { type: 'APPROVED' }
  | { type: 'NOT_APPROVED' }
  | { type: 'DONE' }
  | { type: 'ON_BOTH' }
  | { type: 'NOT_ON_MACHINE' }
  | { type: 'FIXED' }
  | { type: 'STILL_FAILS' };

/** The thumbprint typed in the form, normalised; undefined when it is not 40 hex digits. */
export function typedThumbprint(event: NtauthCaMissingEvent): string | undefined {
  if (event.type !== 'CA_ENTERED') return undefined;
  const raw = event.values?.thumbprint;
  return typeof raw === 'string' ? thumbprintOf(raw.trim().replace(/:/g, ' ')) : undefined;
}

const owner = (c: NtauthCaMissingContext, entraNonMs: boolean) => caTrustOwner({ caInNtauth: true, entraWithNonMicrosoftCa: entraNonMs, dcCertRight: c.dcCertRight });

export const machine = setup({
  types: {
    context: {} as NtauthCaMissingContext,
    events: {} as NtauthCaMissingEvent,
  },
  guards: {
    /** The typed thumbprint is 40 hex digits (spaces or colons between pairs allowed). */
    thumbprintUsable: ({ event }) => typedThumbprint(event) !== undefined,
    /** The CA is in NTAuth everywhere and the DC certificate was already found right: nothing is left to change here or there. */
    nothingLeftToChange: ({ context }) => context.entraNonMs && owner(context, true) === 'support',
    /** The CA is in NTAuth everywhere, the device is Entra joined (not certificate trust) with a non-Microsoft CA: the DC certificate's names are next. */
    dcCertNamesNext: ({ context }) => context.trust !== 'cert' && owner(context, true) === 'kdc-cert',
  },
  actions: {
    keepThumbprint: assign({ thumbprint: ({ event }) => typedThumbprint(event) ?? '' }),
    setKey: assign({ trust: 'key' as NtauthTrust }),
    setCert: assign({ trust: 'cert' as NtauthTrust }),
    cameFromDcCert: assign({ dcCertRight: true, entraNonMs: true, trust: 'key' as NtauthTrust }),
  },
}).createMachine({
  id: 'ntauth-ca-missing',
  initial: 'symptom',
  context: { thumbprint: '', trust: '', dcCertRight: false, entraNonMs: false },
  states: {
    symptom: {
      on: {
        CANT_VERIFY: 'provisioned',
        STATUS_BB: 'provisioned',
        DC_CERT_RIGHT: { target: 'caThumbprint', actions: 'cameFromDcCert' },
        OTHER: 'outNotThis',
        NOT_SURE: 'findMessage',
      },
    },
    findMessage: { on: { CANT_VERIFY: 'provisioned', STATUS_BB: 'provisioned', OTHER: 'outNotThis' } },
    provisioned: { on: { YES: 'trust', NO: 'outNotProvisioned', NOT_SURE: 'checkProvisioned' } },
    checkProvisioned: { on: { YES: 'trust', NO: 'outNotProvisioned' } },
    trust: {
      on: {
        KEY: { target: 'caThumbprint', actions: 'setKey' },
        CERT: { target: 'caThumbprint', actions: 'setCert' },
        CLOUD: 'outCloudKerberos',
        NOT_SURE: 'findTrust',
      },
    },
    findTrust: {
      on: {
        KEY: { target: 'caThumbprint', actions: 'setKey' },
        CERT: { target: 'caThumbprint', actions: 'setCert' },
        CLOUD: 'outCloudKerberos',
      },
    },
    caThumbprint: {
      on: {
        CA_ENTERED: { guard: 'thumbprintUsable', target: 'ntauthStore', actions: 'keepThumbprint' },
        NO_THUMBPRINT: 'ntauthStore',
      },
    },
    ntauthStore: { on: { IN_STORE: 'machineCopies', MISSING: 'approve', NOT_SURE: 'caThumbprint' } },
    /** Publishing trusts the CA for sign-in across the whole forest: it needs an owner's yes first. */
    approve: { on: { APPROVED: 'publish', NOT_APPROVED: 'outNeedsApproval' } },
    publish: { on: { DONE: 'refresh' } },
    machineCopies: {
      on: {
        ON_BOTH: [{ guard: 'nothingLeftToChange', target: 'outEscalate' }, { target: 'caKind' }],
        NOT_ON_MACHINE: 'refresh',
        NOT_SURE: 'refresh',
      },
    },
    refresh: { on: { DONE: 'retest' } },
    retest: {
      on: {
        FIXED: 'outResolved',
        STILL_FAILS: [{ guard: 'nothingLeftToChange', target: 'outEscalate' }, { target: 'caKind' }],
      },
    },
    caKind: { on: { YES: [{ guard: 'dcCertNamesNext', target: 'outDcCertNames' }, { target: 'outEscalate' }], NO: 'outEscalate' } },
    outResolved: { type: 'final' },
    outNotThis: { type: 'final' },
    outNotProvisioned: { type: 'final' },
    outCloudKerberos: { type: 'final' },
    outNeedsApproval: { type: 'final' },
    outDcCertNames: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

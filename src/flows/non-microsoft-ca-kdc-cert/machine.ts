import { assign, setup } from 'xstate';
import { certFactsOf, checkDcCert, type CertValues } from './cert';
import { isDcName, isDomainFqdn, isNetbiosName, isOuPath } from './names';

export interface KdcCertContext {
  /** The domain event 107 expected ('' when not known). */
  expectedDomain: string;
  dcName: string;
  domainFqdn: string;
  netbios: string;
  /** The DC's OU path as typed; '' means OU=Domain Controllers. */
  ou: string;
}

export interface NamesValues {
  dcName?: string;
  domainFqdn?: string;
  netbios?: string;
  ou?: string;
}

export type KdcCertEvent =
  | { type: 'YES' }
  | { type: 'NO' }
  | { type: 'NOT_SURE' }
  | { type: 'KEY' }
  | { type: 'OTHER' }
  | { type: 'NON_MS' }
  | { type: 'MS' }
  | { type: 'SEEN_107'; values?: { expectedDomain?: string } }
  | { type: 'NO_TGS_REQ' }
  | { type: 'LOG_OFF' }
  | { type: 'NO_EVENT' }
  | { type: 'READY' }
  | { type: 'NAMES_ENTERED'; values?: NamesValues }
  | { type: 'CERT_ENTERED'; values?: CertValues }
  | { type: 'SKIP' }
  | { type: 'DONE' }
  | { type: 'FIXED' }
  | { type: 'CHECK_CERT' }
  | { type: 'STILL_FAILS' }
  | { type: 'KEEP' };

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

function expectedOf(event: KdcCertEvent): string {
  return event.type === 'SEEN_107' ? str(event.values?.expectedDomain).replace(/\.$/, '').toLowerCase() : '';
}

function namesOf(context: KdcCertContext, event: KdcCertEvent): KdcCertContext {
  const v = event.type === 'NAMES_ENTERED' ? (event.values ?? {}) : {};
  return {
    ...context,
    dcName: str(v.dcName),
    domainFqdn: (str(v.domainFqdn) || context.domainFqdn).replace(/\.$/, '').toLowerCase(),
    netbios: str(v.netbios),
    ou: str(v.ou),
  };
}

function certOf(event: KdcCertEvent): CertValues {
  if (event.type !== 'CERT_ENTERED' || !event.values) return {};
  const { subject, san, kdcEku } = event.values;
  return {
    subject: str(subject),
    san: Array.isArray(san) ? san.filter((s): s is string => typeof s === 'string') : [],
    ...(typeof kdcEku === 'boolean' ? { kdcEku } : {}),
  };
}

/** The certificate given carries the DC's names in one of the two accepted forms. */
function namesRight(context: KdcCertContext, event: KdcCertEvent): boolean {
  const values = certOf(event);
  if (!values.subject && !values.san?.length) return false;
  const check = checkDcCert(certFactsOf(values), context);
  return check.subjectRule || check.sanRule;
}

export const machine = setup({
  types: {
    context: {} as KdcCertContext,
    events: {} as KdcCertEvent,
  },
  guards: {
    /** The expected domain from event 107 is empty (not copied) or a domain name. */
    expectedDomainUsable: ({ event }) => {
      const d = expectedOf(event);
      return d === '' || isDomainFqdn(d);
    },
    /** DC name, domain (typed, or known from event 107) and NetBIOS name all look right. */
    namesUsable: ({ context, event }) => {
      const n = namesOf(context, event);
      return isDcName(n.dcName) && isDomainFqdn(n.domainFqdn) && isNetbiosName(n.netbios) && isOuPath(n.ou);
    },
    /**
     * The DC's current certificate already meets the rule: the subject is the DC's whole
     * distinguished name or the SAN has all three names, and the KDC Authentication EKU was
     * read from the pasted certificate.
     */
    certAlreadyCompliant: ({ context, event }) => namesRight(context, event) && certOf(event).kdcEku === true,
    /** The names are right but the EKU list was not read (typed values): ask for it, never assume it. */
    namesRightEkuUnread: ({ context, event }) => namesRight(context, event) && certOf(event).kdcEku === undefined,
    /** Something about the certificate was given (subject or SAN). */
    certGiven: ({ event }) => {
      const values = certOf(event);
      return !!values.subject || !!values.san?.length;
    },
  },
  actions: {
    keepExpectedDomain: assign(({ context, event }) => {
      const d = expectedOf(event);
      return d ? { expectedDomain: d, domainFqdn: context.domainFqdn || d } : {};
    }),
    keepNames: assign(({ context, event }) => namesOf(context, event)),
  },
}).createMachine({
  id: 'non-microsoft-ca-kdc-cert',
  initial: 'joined',
  context: { expectedDomain: '', dcName: '', domainFqdn: '', netbios: '', ou: '' },
  states: {
    joined: { on: { YES: 'trustType', NO: 'outNotEntraJoined', NOT_SURE: 'checkJoin' } },
    checkJoin: { on: { YES: 'trustType', NO: 'outNotEntraJoined' } },
    trustType: { on: { KEY: 'caKind', OTHER: 'outOtherTrust', NOT_SURE: 'findTrust' } },
    findTrust: { on: { KEY: 'caKind', OTHER: 'outOtherTrust' } },
    caKind: { on: { NON_MS: 'event107', MS: 'outMicrosoftCa', NOT_SURE: 'findIssuer' } },
    findIssuer: { on: { NON_MS: 'event107', MS: 'outMicrosoftCa' } },
    event107: {
      on: {
        SEEN_107: { guard: 'expectedDomainUsable', target: 'names', actions: 'keepExpectedDomain' },
        NO_TGS_REQ: 'names',
        LOG_OFF: 'enableLog',
        NO_EVENT: 'outNoEvent107',
      },
    },
    enableLog: { on: { READY: 'event107' } },
    names: {
      on: {
        NAMES_ENTERED: { guard: 'namesUsable', target: 'currentCert', actions: 'keepNames' },
        NOT_SURE: 'findNames',
      },
    },
    findNames: { on: { READY: 'names' } },
    currentCert: {
      on: {
        CERT_ENTERED: [
          { guard: 'certAlreadyCompliant', target: 'outCertAlreadyOk' },
          { guard: 'namesRightEkuUnread', target: 'confirmEku' },
          { guard: 'certGiven', target: 'reissue' },
        ],
        SKIP: 'reissue',
      },
    },
    confirmEku: { on: { YES: 'outCertAlreadyOk', NO: 'reissue', NOT_SURE: 'reissue' } },
    reissue: { on: { DONE: 'retest' } },
    retest: { on: { FIXED: 'retireOld', CHECK_CERT: 'currentCert', STILL_FAILS: 'outEscalate' } },
    /** The old certificate goes only after the retest works, once nothing else uses it. */
    retireOld: { on: { DONE: 'outResolved', KEEP: 'outResolved' } },
    outResolved: { type: 'final' },
    outNotEntraJoined: { type: 'final' },
    outOtherTrust: { type: 'final' },
    outMicrosoftCa: { type: 'final' },
    outNoEvent107: { type: 'final' },
    outCertAlreadyOk: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

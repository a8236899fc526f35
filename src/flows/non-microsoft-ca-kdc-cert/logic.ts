/** The logic behind this flow's words (words.yaml): the DC's names and the commands built from them, the readers and checks. */
import { messagesOf } from '../shared/messages';
import type { EventObject } from 'xstate';
import type { Values } from '../../words/template';
import { findingOf } from '../shared/findings';
import type { FlowLogic, Say } from '../shared/logic';
import { cmdWord } from '../shared/quote';
import { checkDcCert } from './cert';
import type { KdcCertContext, machine } from './machine';
import {
  CLIENT_AUTH_EKU,
  KDC_AUTH_EKU,
  SERVER_AUTH_EKU,
  certreqCommands,
  certreqInf,
  dcFqdn,
  dcSanLines,
  dcShortName,
  dcSubjectDn,
  isDcName,
  isDomainFqdn,
  isNetbiosName,
  isOuPath,
  type DcNames,
} from './names';
import words from './words.yaml';

/** The names with visible command placeholders for anything not known yet (the commands are built before every name is typed). */
function known(c: KdcCertContext): DcNames {
  return { dcName: c.dcName || '<DC name>', domainFqdn: c.domainFqdn || '<domain FQDN>', netbios: c.netbios || '<NetBIOS name>', ou: c.ou };
}

/**
 * The flow's own `messages`, filled. The format gives an event one template; SEEN_107 and CERT_ENTERED read
 * differently when a value is missing, so their template is one placeholder and this picks the words.
 */
const flowSay = messagesOf(words, 'src/flows/non-microsoft-ca-kdc-cert/words.yaml');

/** a, b and c */
function listWords(items: string[], say: Say): string {
  return items.length < 2 ? items.join('') : say('andList', { first: items.slice(0, -1).join(', '), last: items[items.length - 1] });
}

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

const valuesOf = (e: EventObject) => (e as { values?: Record<string, unknown> }).values ?? {};
const check = (ok: boolean, message: string) => (ok ? undefined : message);

export const logic: FlowLogic<KdcCertContext, typeof machine> = {
  values: {
    dcName: (c) => known(c).dcName,
    dcShort: (c) => dcShortName(known(c).dcName),
    dcFqdn: (c) => dcFqdn(known(c).dcName, known(c).domainFqdn),
    netbios: (c) => known(c).netbios,
    /** The domain as event 107 or the technician gave it ('' when not known yet). */
    domainFqdn: (c) => c.domainFqdn,
    domain: (c) => known(c).domainFqdn,
    subjectDn: (c) => dcSubjectDn(known(c)),
    sanLines: (c) => dcSanLines(known(c)),
    sanList: (c) => dcSanLines(known(c)).split('\n').join(', '),
    certreqInf: (c) => certreqInf(known(c)),
    certreqCommands: (c) => certreqCommands(known(c)),
    nslookupCommand: (c) => `nslookup -type=SRV _ldap._tcp.dc._msdcs.${cmdWord(c.domainFqdn, '<domain FQDN>')}`,
    kdcAuthEku: () => KDC_AUTH_EKU,
    clientAuthEku: () => CLIENT_AUTH_EKU,
    serverAuthEku: () => SERVER_AUTH_EKU,
  },
  when: {
    knowsDomain: (c) => c.domainFqdn !== '',
  },
  steps: {
    event107: {
      read: (findings, _c, say) => {
        const f = findingOf(findings, 'kerberos-107');
        if (!f) return undefined;
        const domain = f.facts.expectedDomain ?? '';
        const code = f.facts.errorCode ?? '';
        const reason = domain ? (code ? 'domainAndCode' : 'domain') : code ? 'code' : 'plain';
        return { event: { type: 'SEEN_107', values: { expectedDomain: domain } }, because: say(reason, { domain, code }) };
      },
      sample: SAMPLE_107,
    },
    names: {
      fields: {
        dcName: { validate: (raw, _c, say) => check(isDcName(raw.trim()), say('dcName')) },
        domainFqdn: { required: (c) => !c.domainFqdn, validate: (raw, _c, say) => check(isDomainFqdn(raw.trim()), say('domainFqdn')) },
        netbios: { validate: (raw, _c, say) => check(isNetbiosName(raw.trim()), say('netbios')) },
        ou: { validate: (raw, _c, say) => check(isOuPath(raw), say('ou')) },
      },
    },
    currentCert: {
      read: (findings, c, say) => {
        const f = findingOf(findings, 'certificate');
        if (!f) return undefined;
        const subject = f.facts.subjectDn ?? f.facts.subject ?? '';
        if (!subject && f.facts.sanDns.length === 0) return undefined;
        const result = checkDcCert(f.facts, c);
        const names = result.subjectRule ? say('subjectRight') : result.sanRule ? say('sanRight') : say('namesWrong', { missing: listWords(result.missing, say) });
        const ekuRead = f.facts.ekus.length > 0;
        const eku = !ekuRead ? say('ekuUnread') : f.facts.hasKdcAuthEku ? say('ekuRight') : say('ekuMissing');
        return {
          event: { type: 'CERT_ENTERED', values: { subject, san: f.facts.sanDns, ...(ekuRead ? { kdcEku: f.facts.hasKdcAuthEku } : {}) } },
          because: f.facts.issuer ? say('certFrom', { issuer: f.facts.issuer, names, eku }) : say('cert', { names, eku }),
        };
      },
      sample: SAMPLE_CERT,
    },
    // Where the two flows meet (owner decided in ../shared/caTrust.ts): the CA behind a right certificate may be missing from NTAuth.
    outCertAlreadyOk: { carry: () => ({ answers: { symptom: 'DC_CERT_RIGHT' } }) },
  },
  events: {
    SEEN_107: (e) => {
      const d = valuesOf(e).expectedDomain;
      return { event107: typeof d === 'string' && d ? flowSay('event107Domain', { expectedDomain: d }) : flowSay('event107') };
    },
    NAMES_ENTERED: (e): Values => {
      const v = valuesOf(e);
      return { dcName: String(v.dcName ?? ''), domain: v.domainFqdn ? String(v.domainFqdn) : flowSay('domainFrom107'), netbios: String(v.netbios ?? '') };
    },
    CERT_ENTERED: (e) => {
      const s = valuesOf(e).subject;
      return { certificate: typeof s === 'string' && s ? flowSay('certSubject', { subject: s }) : flowSay('certDetails') };
    },
  },
};

/** The logic behind this flow's words (words.yaml): the case's values and commands, conditions, readers and checks. */
import { messagesOf } from '../shared/messages';
import type { AnyFinding, KerberosServerDomain } from '../../evidence/types';
import { fill } from '../../words/template';
import { findingOf } from '../shared/findings';
import type { FlowLogic, Say } from '../shared/logic';
import type { Reading } from '../shared/types';
import * as commands from './commands';
import { isDcName, isDomainName, type CloudKerberosTrustContext as C, type machine } from './machine';
import { DSREG_SAMPLE, SERVER_SAMPLE } from './samples';
import words from './words.yaml';

/** One of the flow's `messages` (words.yaml), for a value that is words when the case has none of its own. */
const word = messagesOf(words, 'src/flows/cloud-kerberos-trust/words.yaml');

const domainName = (c: C) => c.domain || word('anyDomain');

/** The trust type a User Device Registration event or dsregcmd shows. */
function readTrust(findings: readonly AnyFinding[], _c: C, say: Say): Reading | undefined {
  const udr = findingOf(findings, 'udr-event');
  if (udr) {
    const result = (key: string) => udr.facts.checks.find((c) => c.key === key)?.result;
    if (result('certForOnPremPolicy') === 'yes') return { event: { type: 'CERT' }, because: say('trustCertEvent') };
    if (result('cloudTrustPolicy') === 'yes') return { event: { type: 'CLOUD' }, because: say('trustCloudEvent') };
  }
  const ds = findingOf(findings, 'dsregcmd');
  if (ds) {
    if (ds.facts.certEnrollment?.toLowerCase() === 'enrollment authority') return { event: { type: 'CERT' }, because: say('trustCertDsreg') };
    const tgtLine = ds.facts.ngc.OnPremTGT.state !== 'not-shown' || ds.facts.ngc.CloudTGT.state !== 'not-shown';
    if (tgtLine) return { event: { type: 'CLOUD' }, because: say('trustCloudDsreg') };
  }
  return undefined;
}

/** The partial TGT prerequisite from dsregcmd (OnPremTGT, CloudTGT before 23H2) or a User Device Registration event. */
function readTgt(findings: readonly AnyFinding[], _c: C, say: Say): Reading | undefined {
  const ds = findingOf(findings, 'dsregcmd');
  if (ds) {
    for (const field of ['OnPremTGT', 'CloudTGT'] as const) {
      const f = ds.facts.ngc[field];
      if (f.state === 'yes') return { event: { type: 'TGT_YES' }, because: say('onPremYes', { field }) };
      if (f.state === 'no') return { event: { type: 'TGT_NO' }, because: say('onPremNo', { field }) };
    }
    const sso = ds.facts.fields.CloudTgt;
    if (sso.state === 'yes') return { event: { type: 'TGT_YES' }, because: say('ssoYes') };
    if (sso.state === 'no' && ds.facts.joinType === 'hybrid') return { event: { type: 'TGT_NO' }, because: say('ssoNo') };
  }
  const udr = findingOf(findings, 'udr-event');
  const check = udr?.facts.checks.find((c) => c.key === 'cloudTgt');
  if (check?.result === 'yes') return { event: { type: 'TGT_YES' }, because: say('eventYes') };
  if (check?.result === 'no') return { event: { type: 'TGT_NO' }, because: say('eventNo') };
  if (check?.result === 'not-tested') return { event: { type: 'TGT_NOT_TESTED' }, because: say('eventNotTested') };
  return undefined;
}

/** The entry for the case's domain (or the only entry). */
function entryFor(domains: KerberosServerDomain[], domain: string): KerberosServerDomain | undefined {
  if (domain) return domains.find((d) => (d.domain ?? d.cloudDomainDnsName ?? '').toLowerCase() === domain.toLowerCase());
  return domains.length === 1 ? domains[0] : undefined;
}

/** Get-AzureADKerberosServer output → present / missing / keys or ids that differ. */
function readServer(findings: readonly AnyFinding[], c: C, say: Say): Reading | undefined {
  const f = findingOf(findings, 'kerberos-server');
  const d = f && entryFor(f.facts.domains, c.domain);
  if (!d) return undefined;
  const name = d.domain ?? domainName(c);
  if (!d.presentOnPrem || !d.presentInCloud) {
    const where = !d.presentOnPrem && !d.presentInCloud ? 'missingBoth' : !d.presentOnPrem ? 'missingOnPrem' : 'missingCloud';
    return { event: { type: 'SERVER_MISSING' }, because: say(where, { name }) };
  }
  if (d.keyVersionMatches === false) return { event: { type: 'SERVER_MISMATCH' }, because: say('keyMismatch', { name, keyVersion: d.keyVersion, cloudKeyVersion: d.cloudKeyVersion }) };
  if (d.idMatches === false) return { event: { type: 'SERVER_MISMATCH' }, because: say('idMismatch', { name, id: d.id, cloudId: d.cloudId }) };
  if (d.keyVersionMatches === true && d.idMatches === true) return { event: { type: 'SERVER_OK' }, because: say('healthy', { name }) };
  return undefined;
}

const typed = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

export const logic: FlowLogic<C, typeof machine> = {
  values: {
    domainName,
    domainRecorded: (c) => c.domain || word('notRecorded'),
    dcRecorded: (c) => c.dcName || word('notRecorded'),
    tgtRecorded: (c) => word(c.tgt ? `tgt-${c.tgt}` : 'notRecorded'),
    cloudTrustOmaUri: () => commands.CLOUD_TRUST_OMA_URI,
  },
  when: {
    tgtNo: (c) => c.tgt === 'no',
  },
  steps: {
    trustType: { read: readTrust },
    findTrust: { read: readTrust },
    tgt: { read: readTgt, sample: DSREG_SAMPLE },
    names: {
      fields: {
        domain: { validate: (raw, _c, say) => (isDomainName(raw.trim().replace(/\.$/, '').toLowerCase()) ? undefined : say('badDomain')) },
        dcName: {
          validate: (raw, _c, say) => {
            const v = raw.trim().replace(/\.$/, '');
            return v === '' || isDcName(v) ? undefined : say('badDc');
          },
        },
      },
    },
    kerbServer: { read: readServer, sample: SERVER_SAMPLE, values: { getServerScript: commands.getServerScript } },
    createServer: { values: { createServerScript: commands.createServerScript } },
    rotateKey: { values: { rotateKeyScript: commands.rotateKeyScript } },
    writableDc: { values: { writableDcCommand: commands.writableDcCommand, keylistCommand: commands.keylistCommand } },
    privileged: { values: { revealPolicyScript: commands.revealPolicyScript } },
    updates: { values: { dcListScript: commands.dcListScript } },
  },
  events: {
    NAMES_ENTERED: (event) => {
      const v = (event as { values?: { domain?: unknown; dcName?: unknown } }).values ?? {};
      const dc = typed(v.dcName);
      return { domain: typed(v.domain), dcWords: dc ? fill(word('dcNamed'), { dcName: dc }) : word('dcNone') };
    },
  },
};

/** The logic behind this flow's words (words.yaml): the case's values, conditions, the evidence readers and checks. */
import type { AnyFinding } from '../../evidence/types';
import { findingOf, findingsOf } from '../shared/findings';
import type { FlowLogic, Say } from '../shared/logic';
import { cmdWord } from '../shared/quote';
import type { Reading } from '../shared/types';
import { typedThumbprint, type machine, type NtauthCaMissingContext as C } from './machine';

/** The registry key every machine fills from Active Directory at policy refresh (named by the source). */
export const NTAUTH_KEY = 'HKLM\\Software\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates';

const thumbWord = (c: C) => cmdWord(c.thumbprint, '<thumbprint>');

/** The command that shows whether this CA's registry copy is on a machine. */
const regQuery = (c: C) => (c.thumbprint ? `reg query "${NTAUTH_KEY}\\${thumbWord(c)}"` : `reg query "${NTAUTH_KEY}"`);

/** Does a listing hold the thumbprint? */
const lists = (cas: { thumbprint?: string }[], t: string) => cas.some((ca) => ca.thumbprint === t);

function readStatus(findings: readonly AnyFinding[], _c: C, say: Say): Reading | undefined {
  const codes = findingOf(findings, 'error-code');
  return codes?.facts.codes.some((c) => c.code === '0xC00000BB') ? { event: { type: 'STATUS_BB' }, because: say('statusBB') } : undefined;
}

function readProvisioned(findings: readonly AnyFinding[], _c: C, say: Say): Reading | undefined {
  const d = findingOf(findings, 'dsregcmd');
  if (d?.facts.ngcSet === true) return { event: { type: 'YES' }, because: say('ngcYes') };
  if (d?.facts.ngcSet === false) return { event: { type: 'NO' }, because: say('ngcNo') };
  return undefined;
}

function readStore(findings: readonly AnyFinding[], c: C, say: Say): Reading | undefined {
  const all = findingsOf(findings, 'ntauth');
  const listing = all.find((f) => f.facts.source === 'certutil') ?? all[0];
  if (!listing) return undefined;
  const where = listing.facts.source === 'certutil' ? 'Listing' : 'Registry';
  if (listing.facts.cas.length === 0) return { event: { type: 'MISSING' }, because: say(`empty${where}`) };
  if (!c.thumbprint) return undefined;
  const thumbprint = c.thumbprint;
  return lists(listing.facts.cas, thumbprint)
    ? { event: { type: 'IN_STORE' }, because: say(`in${where}`, { thumbprint }) }
    : { event: { type: 'MISSING' }, because: say(`notIn${where}`, { thumbprint }) };
}

function readMachines(findings: readonly AnyFinding[], c: C, say: Say): Reading | undefined {
  const regs = findingsOf(findings, 'ntauth').filter((f) => f.facts.source === 'registry');
  if (regs.length === 0) return undefined;
  if (regs.some((f) => f.facts.cas.length === 0)) return { event: { type: 'NOT_ON_MACHINE' }, because: say('emptyCopy') };
  if (!c.thumbprint) {
    // Without the thumbprint: two machines whose copies differ cannot both be up to date.
    const sets = regs.map((f) => f.facts.cas.map((ca) => ca.thumbprint ?? '').sort().join(','));
    return new Set(sets).size > 1 ? { event: { type: 'NOT_ON_MACHINE' }, because: say('copiesDiffer') } : undefined;
  }
  const thumbprint = c.thumbprint;
  if (regs.some((f) => !lists(f.facts.cas, thumbprint))) return { event: { type: 'NOT_ON_MACHINE' }, because: say('copyLacks', { thumbprint }) };
  return regs.length >= 2 ? { event: { type: 'ON_BOTH' }, because: say('onAll', { count: regs.length, thumbprint }) } : undefined;
}

// An empty store (nothing published yet), so the sample decides the step even without a thumbprint.
const SAMPLE_STORE = ['C:\\>certutil -enterprise -store NTAuth', 'NTAuth "NTAuth"', 'CertUtil: -store command completed successfully.'].join('\n');

// The domain controller has both CAs; the device has not refreshed its copy yet.
const SAMPLE_REGISTRY = [
  'C:\\>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F7E6D5C4B3A',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\A1B2C3D4E5F60718293A4B5C6D7E8F9011223344',
  '',
  'C:\\Users\\avery>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates',
  '',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F7E6D5C4B3A',
].join('\n');

const SAMPLE_DSREGCMD = [
  '+----------------------------------------------------------------------+',
  '| User State                                                           |',
  '+----------------------------------------------------------------------+',
  '',
  '                    NgcSet : YES',
  '                  NgcKeyId : {B2C0A4E1-6F3D-4C55-9A21-7E0F1D2C3B4A}',
].join('\n');

export const logic: FlowLogic<C, typeof machine> = {
  values: {
    thumbprint: (c) => c.thumbprint,
    regQuery,
    refreshCommands: (c) => `gpupdate /force\n${regQuery(c)}`,
  },
  when: {
    hasThumbprint: (c) => Boolean(c.thumbprint),
  },
  steps: {
    symptom: { read: readStatus },
    findMessage: { read: readStatus },
    checkProvisioned: { read: readProvisioned, sample: SAMPLE_DSREGCMD },
    caThumbprint: {
      fields: {
        thumbprint: { validate: (raw, _c, say) => (typedThumbprint({ type: 'CA_ENTERED', values: { thumbprint: raw } }) ? undefined : say('notAThumbprint')) },
      },
    },
    ntauthStore: { read: readStore, sample: SAMPLE_STORE },
    machineCopies: { read: readMachines, sample: SAMPLE_REGISTRY },
    outDcCertNames: {
      carry: (c) => ({ answers: { joined: 'YES', ...(c.trust === 'key' ? { trustType: 'KEY' } : {}), caKind: 'NON_MS' } }),
    },
  },
  events: {
    CA_ENTERED: (event) => {
      const thumbprint = typedThumbprint(event as never);
      return thumbprint ? { thumbprint } : undefined;
    },
  },
};

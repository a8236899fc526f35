/**
 * `Get-AzureADKerberosServer` output (the Format-List shape the cmdlet prints; one object per
 * domain): Id, UserAccount, ComputerAccount, DisplayName, DomainDnsName, KeyVersion, KeyUpdatedOn,
 * KeyUpdatedFrom, CloudDisplayName, CloudDomainDnsName, CloudId, CloudKeyVersion, CloudKeyUpdatedOn,
 * CloudTrustDisplay. The checks the source names: KeyVersion must equal CloudKeyVersion and Id must
 * equal CloudId.
 */
import { linesWith, splitKeyValue, type Doc, type Located } from './text.ts';
import type { FactRow, Finding, KerberosServerDomain, KerberosServerFacts } from './types.ts';
import { say } from './say.ts';

const KEYS = new Set([
  'id',
  'useraccount',
  'computeraccount',
  'displayname',
  'domaindnsname',
  'keyversion',
  'keyupdatedon',
  'keyupdatedfrom',
  'clouddisplayname',
  'clouddomaindnsname',
  'cloudid',
  'cloudkeyversion',
  'cloudkeyupdatedon',
  'cloudtrustdisplay',
]);

/** Keys only this cmdlet prints: a record needs one of them. */
const OWN_KEYS = ['cloudkeyversion', 'cloudid', 'clouddomaindnsname', 'keyupdatedfrom', 'cloudkeyupdatedon', 'cloudtrustdisplay'];

const MAX_DOMAINS = 100;
/** Lines looked at around each anchor. */
const WINDOW = 16;

type Fields = Map<string, string>;

function domainOf(r: Fields): KerberosServerDomain {
  const v = (k: string): string | undefined => {
    const value = r.get(k);
    return value === undefined || value.length === 0 ? undefined : value.slice(0, 300);
  };
  const d: KerberosServerDomain = { presentOnPrem: false, presentInCloud: false, keyVersionMatches: null, idMatches: null };
  const set = (name: Exclude<keyof KerberosServerDomain, 'presentOnPrem' | 'presentInCloud' | 'keyVersionMatches' | 'idMatches'>, key: string) => {
    const value = v(key);
    if (value !== undefined) d[name] = value;
  };
  set('domain', 'domaindnsname');
  set('id', 'id');
  set('cloudId', 'cloudid');
  set('keyVersion', 'keyversion');
  set('cloudKeyVersion', 'cloudkeyversion');
  set('keyUpdatedOn', 'keyupdatedon');
  set('keyUpdatedFrom', 'keyupdatedfrom');
  set('cloudKeyUpdatedOn', 'cloudkeyupdatedon');
  set('userAccount', 'useraccount');
  set('computerAccount', 'computeraccount');
  set('cloudDomainDnsName', 'clouddomaindnsname');
  if (d.domain === undefined && d.cloudDomainDnsName !== undefined) d.domain = d.cloudDomainDnsName;
  d.presentOnPrem = d.id !== undefined || d.userAccount !== undefined || d.computerAccount !== undefined;
  d.presentInCloud = d.cloudId !== undefined || d.cloudKeyVersion !== undefined;
  if (d.keyVersion !== undefined && d.cloudKeyVersion !== undefined) d.keyVersionMatches = d.keyVersion === d.cloudKeyVersion;
  if (d.id !== undefined && d.cloudId !== undefined) d.idMatches = d.id.toLowerCase() === d.cloudId.toLowerCase();
  return d;
}

function isRecord(r: Fields): boolean {
  return r.size >= 3 && OWN_KEYS.some((k) => r.has(k));
}

/** Records in paste order, each with the line it starts on. */
function records(doc: Doc, anchors: readonly number[]): { at: number; record: Fields }[] {
  const out: { at: number; record: Fields }[] = [];
  let cur: Fields | null = null;
  let curAt = 0;
  let lastKeyLine = -1;
  let scanned = -1;
  const close = () => {
    if (cur && isRecord(cur) && out.length < MAX_DOMAINS) out.push({ at: curAt, record: cur });
    cur = null;
  };
  for (const a of anchors) {
    if (out.length >= MAX_DOMAINS) break; // every later record would be dropped
    const from = Math.max(a - WINDOW, scanned + 1);
    const to = Math.min(doc.count, a + WINDOW);
    for (let i = from; i < to; i++) {
      scanned = i;
      const kv = splitKeyValue(doc.line(i), 30);
      if (!kv || !KEYS.has(kv.key)) continue;
      // A repeated key or a gap starts the next object.
      if (cur !== null && (cur.has(kv.key) || i - lastKeyLine > 3)) close();
      if (cur === null) {
        cur = new Map();
        curAt = i;
      }
      (cur as Fields).set(kv.key, kv.value);
      lastKeyLine = i;
    }
  }
  close();
  return out;
}

function rowsFor(f: KerberosServerFacts): FactRow[] {
  const rows: FactRow[] = [];
  for (const d of f.domains) {
    const name = d.domain ?? say('kerberosServer.domainNotShown');
    if (!d.presentOnPrem) rows.push({ label: name, value: say('kerberosServer.noObject'), mark: 'fail' });
    if (!d.presentInCloud) rows.push({ label: name, value: say('kerberosServer.notPublished'), mark: 'fail' });
    rows.push({
      label: say('kerberosServer.rowKeyVersion', { domain: name }),
      value: `${d.keyVersion ?? say('common.notShown')} / ${d.cloudKeyVersion ?? say('common.notShown')}`,
      mark: d.keyVersionMatches === null ? 'warn' : d.keyVersionMatches ? 'pass' : 'fail',
    });
    rows.push({
      label: say('kerberosServer.rowId', { domain: name }),
      value: `${d.id ?? say('common.notShown')} / ${d.cloudId ?? say('common.notShown')}`,
      mark: d.idMatches === null ? 'warn' : d.idMatches ? 'pass' : 'fail',
    });
  }
  return rows;
}

function summaryFor(f: KerberosServerFacts): string {
  const bad = f.domains.filter((d) => !d.presentOnPrem || !d.presentInCloud || d.keyVersionMatches === false || d.idMatches === false);
  const n = f.domains.length;
  const head = say(n === 1 ? 'kerberosServer.headOne' : 'kerberosServer.headOther', { count: n });
  if (bad.length === 0) return say('kerberosServer.match', { head });
  return say('kerberosServer.mismatch', { head, domains: bad.map((d) => d.domain ?? say('kerberosServer.aDomain')).join(', ') });
}

export function analyzeKerberosServer(doc: Doc): Located<Finding<'kerberos-server'>>[] {
  // No KeyVersion line, no record. A CloudKeyVersion line among them answers the cloud check without another search.
  const anchors = linesWith(doc, 'keyversion');
  if (anchors.length === 0) return [];
  const cloud = anchors.some((i) => doc.lowerLine(i).includes('cloudkeyversion'));
  if (!cloud && doc.lower.indexOf('cloudkeyversion') === -1 && doc.lower.indexOf('cloudid') === -1) return [];
  const found = records(doc, anchors);
  if (found.length === 0) return [];
  const facts: KerberosServerFacts = { domains: found.map((r) => domainOf(r.record)) };
  return [{ at: found[0]!.at, finding: { kind: 'kerberos-server', summary: summaryFor(facts), facts, rows: rowsFor(facts), } }];
}

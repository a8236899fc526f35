/**
 * Certificate details from `certutil -dump` / `certutil -v -store`, PowerShell certificate objects
 * (Subject, DnsNameList, EnhancedKeyUsageList), bare subject DNs and SAN lines (`dns=…`).
 * Also the DC certificate rule used by the non-Microsoft CA flow: `checkDcCertificate`.
 */
import { MAX_FINDINGS_PER_KIND } from './cap.ts';
import { splitKeyValue, stripWrapping, type Doc, type Located } from './text.ts';
import type { CertificateFacts, DcCertificateCheck, Eku, FactRow, Finding } from './types.ts';
import { say } from './say.ts';

export const EKU_KDC_AUTH = '1.3.6.1.5.2.3.5';
export const EKU_CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
export const EKU_SERVER_AUTH = '1.3.6.1.5.5.7.3.1';

const KNOWN_EKUS: Readonly<Record<string, string>> = {
  [EKU_SERVER_AUTH]: 'Server Authentication',
  [EKU_CLIENT_AUTH]: 'Client Authentication',
  [EKU_KDC_AUTH]: 'KDC Authentication',
  '1.3.6.1.5.2.3.4': 'PKINIT Client Authentication',
  '1.3.6.1.5.5.7.3.3': 'Code Signing',
  '1.3.6.1.5.5.7.3.4': 'Secure Email',
  '1.3.6.1.5.5.7.3.8': 'Time Stamping',
  '1.3.6.1.5.5.7.3.9': 'OCSP Signing',
  '1.3.6.1.4.1.311.20.2.2': 'Smart Card Logon',
  '1.3.6.1.4.1.311.20.2.1': 'Certificate Request Agent',
  '1.3.6.1.4.1.311.10.3.4': 'Encrypting File System',
  '1.3.6.1.4.1.311.54.1.2': 'Remote Desktop Authentication',
};

const NAME_TO_OID: ReadonlyMap<string, string> = new Map(Object.entries(KNOWN_EKUS).map(([oid, name]) => [name.toLowerCase(), oid]));

interface Block {
  at: number;
  subjectRdns?: string[];
  issuerRdns?: string[];
  sanDns: string[];
  ekus: Eku[];
}

function isRdn(t: string): boolean {
  // "CN=DC1", "OU=Domain Controllers", "DC=com", "E=x@y", "2.5.4.5=..."
  const eq = t.indexOf('=');
  if (eq < 1 || eq > 20) return false;
  for (let i = 0; i < eq; i++) {
    const c = t.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46;
    if (!ok) return false;
  }
  return true;
}

function splitDn(value: string): string[] {
  const parts = value.split(/,(?=\s*[A-Za-z0-9.]{1,20}=)/);
  const rdns: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t.length > 0 && isRdn(t) && rdns.length < 30) rdns.push(t.length > 300 ? t.slice(0, 300) : t);
  }
  return rdns;
}

/** Put RDNs most-specific first (CN=… first, DC=… last). */
function orderRdns(rdns: string[]): string[] {
  if (rdns.length < 2) return rdns;
  const first = rdns[0]!.toUpperCase();
  const last = rdns[rdns.length - 1]!.toUpperCase();
  if ((first.startsWith('DC=') || first.startsWith('C=')) && last.startsWith('CN=')) return [...rdns].reverse();
  return rdns;
}

function rdnValue(rdns: string[] | undefined, type: string): string | undefined {
  const prefix = `${type}=`;
  const hit = rdns?.find((r) => r.toUpperCase().startsWith(prefix));
  return hit?.slice(prefix.length).trim();
}

function addEku(b: Block, oid: string, name: string): void {
  if (b.ekus.some((e) => e.oid === oid) || b.ekus.length >= 40) return;
  b.ekus.push({ oid, name: name.length > 0 ? name : (KNOWN_EKUS[oid] ?? oid) });
}

function isOid(s: string): boolean {
  if (s.length < 3 || s.length > 80) return false;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      if (i === 0 || s.charCodeAt(i - 1) === 46) return false;
      dots++;
    } else if (c < 48 || c > 57) return false;
  }
  return dots >= 2 && s.charCodeAt(s.length - 1) !== 46;
}

/** "Name (1.2.3)" pairs in a line, by scanning for '(' – linear. */
function ekuPairs(line: string): Eku[] {
  const out: Eku[] = [];
  let at = line.indexOf('(');
  while (at !== -1 && out.length < 20) {
    const close = line.indexOf(')', at + 1);
    if (close === -1) break;
    const oid = line.slice(at + 1, close).trim();
    if (isOid(oid)) {
      let s = at;
      while (s > 0 && !'{,:=;['.includes(line[s - 1]!) && at - s < 80) s--;
      out.push({ oid, name: line.slice(s, at).trim() });
    }
    at = line.indexOf('(', close + 1);
  }
  return out;
}

function isHostChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46 || c === 42 || c === 95;
}

function readHost(line: string, from: number): string {
  let i = from;
  while (i < line.length && line[i] === ' ') i++;
  let j = i;
  while (j < line.length && isHostChar(line.charCodeAt(j)) && j - i < 253) j++;
  return line.slice(i, j).replace(/\.$/, '').toLowerCase();
}

function addSan(b: Block, host: string): void {
  if (host.length > 0 && !b.sanDns.includes(host) && b.sanDns.length < 100) b.sanDns.push(host);
}

/** SAN DNS entries: "DNS Name=x", "dns=x", "DNS:x". */
function sanInLine(b: Block, line: string, lower: string): boolean {
  let found = false;
  for (const marker of ['dns name=', 'dns=', 'dns:']) {
    let at = lower.indexOf(marker);
    while (at !== -1) {
      const prev = at > 0 ? lower.charCodeAt(at - 1) : 32;
      if (!((prev >= 97 && prev <= 122) || (prev >= 48 && prev <= 57))) {
        const host = readHost(line, at + marker.length);
        if (host.length > 0 && (marker !== 'dns:' || host.includes('.'))) {
          addSan(b, host);
          found = true;
        }
      }
      at = lower.indexOf(marker, at + marker.length);
    }
  }
  return found;
}

function collectRdnLines(doc: Doc, from: number): { rdns: string[]; next: number } {
  const rdns: string[] = [];
  let j = from;
  for (; j < doc.count && j - from < 30; j++) {
    const t = doc.line(j).trim();
    if (!isRdn(t) || t.toLowerCase().startsWith('dns')) break;
    rdns.push(...splitDn(t));
  }
  return { rdns, next: j };
}

function factsOf(b: Block): CertificateFacts {
  const rdns = b.subjectRdns ? orderRdns(b.subjectRdns) : undefined;
  const facts: CertificateFacts = {
    sanDns: b.sanDns,
    ekus: b.ekus,
    hasKdcAuthEku: b.ekus.some((e) => e.oid === EKU_KDC_AUTH),
    hasClientAuthEku: b.ekus.some((e) => e.oid === EKU_CLIENT_AUTH),
    hasServerAuthEku: b.ekus.some((e) => e.oid === EKU_SERVER_AUTH),
  };
  if (rdns && rdns.length > 0) {
    facts.subjectDn = rdns.join(',');
    facts.subject = rdnValue(rdns, 'CN') ?? facts.subjectDn;
    const dcs = rdns.filter((r) => r.toUpperCase().startsWith('DC=')).map((r) => r.slice(3).trim().toLowerCase());
    if (dcs.length > 0) facts.inferredDomain = dcs.join('.');
  }
  if (b.issuerRdns && b.issuerRdns.length > 0) facts.issuer = orderRdns(b.issuerRdns).join(',');
  return facts;
}

function rowsFor(f: CertificateFacts): FactRow[] {
  const rows: FactRow[] = [];
  if (f.subjectDn) rows.push({ label: say('certificate.rowSubject'), value: f.subjectDn, mark: 'info' });
  if (f.issuer) rows.push({ label: say('certificate.rowIssuer'), value: f.issuer, mark: 'info' });
  rows.push({ label: say('certificate.rowSan'), value: f.sanDns.length > 0 ? f.sanDns.join(', ') : say('certificate.none'), mark: f.sanDns.length > 0 ? 'info' : 'warn' });
  rows.push({ label: say('certificate.rowKdcEku'), value: say(f.hasKdcAuthEku ? 'certificate.present' : 'certificate.missing'), mark: f.hasKdcAuthEku ? 'pass' : 'fail' });
  rows.push({ label: say('certificate.rowClientEku'), value: say(f.hasClientAuthEku ? 'certificate.present' : 'certificate.missing'), mark: f.hasClientAuthEku ? 'pass' : 'warn' });
  rows.push({ label: say('certificate.rowServerEku'), value: say(f.hasServerAuthEku ? 'certificate.present' : 'certificate.missing'), mark: f.hasServerAuthEku ? 'pass' : 'warn' });
  return rows;
}

function summaryFor(f: CertificateFacts): string {
  const name = f.subject ?? f.sanDns[0] ?? say('certificate.unnamed');
  const eku = say(f.ekus.length === 0 ? 'certificate.noEkuList' : f.hasKdcAuthEku ? 'certificate.hasKdcEku' : 'certificate.lacksKdcEku');
  return say(f.sanDns.length === 1 ? 'certificate.summaryOne' : 'certificate.summaryOther', { name, eku, count: f.sanDns.length });
}

function hasContent(b: Block): boolean {
  return (b.subjectRdns?.length ?? 0) > 0 || b.sanDns.length > 0 || b.ekus.length > 0;
}

/** First characters (after indentation) of lines the certificate scan looks at. */
const FIRST = new Uint8Array(128);
for (const ch of 'sidaexc=-ktopr') FIRST[ch.charCodeAt(0)] = 1;

/** First words of EKU lines pasted outside an EKU list: "KDC Authentication (1.3.6.1.5.2.3.5)". */
const EKU_STARTS = new Set([...Object.values(KNOWN_EKUS).map((n) => n.toLowerCase().split(' ')[0]!), 'enhancedkeyusagelist']);

/** EKU list lines after an "Enhanced Key Usage" / "Application Policies" header, up to a blank line. */
function readEkuSection(doc: Doc, b: Block, header: number): number {
  let j = header + 1;
  for (; j < doc.count && j - header <= 12; j++) {
    const t = doc.lowerLine(j).trim();
    if (t.length === 0 || /^[0-9]+(\.[0-9]+){2,}: flags/.test(t)) break;
    const line = doc.line(j);
    const pairs = t.indexOf('(') !== -1 ? ekuPairs(line) : [];
    for (const e of pairs) addEku(b, e.oid, e.name);
    if (pairs.length === 0) {
      // "Policy Identifier=KDC Authentication", "Policy Identifier=1.3.6.1.5.2.3.5" or a bare EKU name.
      const eq = t.lastIndexOf('=');
      const name = (eq === -1 ? t : t.slice(eq + 1)).trim();
      const oid = isOid(name) ? name : NAME_TO_OID.get(name);
      if (oid) addEku(b, oid, KNOWN_EKUS[oid] ?? oid);
    }
  }
  return j;
}

export function analyzeCertificates(doc: Doc): Located<Finding<'certificate'>>[] {
  const blocks: Block[] = [];
  let b: Block | null = null;
  const open = (at: number): Block => {
    if (b && hasContent(b)) blocks.push(b);
    b = { at, sanDns: [], ekus: [] };
    return b;
  };
  const cur = (at: number): Block => b ?? open(at);
  const indents = doc.indents();
  const first = doc.firstChars();
  // Once the cap is reached every later certificate would be dropped: stop reading.
  for (let i = 0; i < doc.count && blocks.length < MAX_FINDINGS_PER_KIND; i++) {
    const c = first[i]!;
    if (!(c < 128 && FIRST[c] === 1)) continue;
    const l = doc.lowerLine(i);
    const ind = indents[i]!;
    if (
      (c === 61 && l.startsWith('================ certificate', ind)) ||
      (c === 120 && l.startsWith('x509 certificate', ind)) ||
      (c === 45 && l.startsWith('-----begin certificate', ind))
    ) {
      open(i);
      continue;
    }
    if ((c === 115 && l.startsWith('subject', ind)) || (c === 105 && l.startsWith('issuer', ind))) {
      const kv = splitKeyValue(doc.line(i), 40);
      if (kv && (kv.key === 'subject' || kv.key === 'issuer')) {
        let rdns = splitDn(kv.value);
        let next = i + 1;
        if (kv.value.length === 0) ({ rdns, next } = collectRdnLines(doc, i + 1));
        if (rdns.length > 0) {
          let blk = cur(i);
          if (kv.key === 'subject') {
            if (blk.subjectRdns) blk = open(i);
            blk.subjectRdns = rdns;
          } else {
            if (blk.issuerRdns) blk = open(i);
            blk.issuerRdns = rdns;
          }
        }
        i = next - 1;
        continue;
      }
    }
    if (c === 100 && l.startsWith('dnsnamelist', ind)) {
      const kv = splitKeyValue(doc.line(i), 40);
      if (kv && kv.key === 'dnsnamelist') {
        const blk = cur(i);
        for (const item of stripWrapping(kv.value, '{}').split(',')) addSan(blk, readHost(item, 0));
        continue;
      }
    }
    if ((c === 101 && l.startsWith('enhanced key usage', ind)) || (c === 97 && l.startsWith('application policies', ind))) {
      i = readEkuSection(doc, cur(i), i) - 1;
      continue;
    }
    if ((c === 100 && l.startsWith('dns', ind)) || (c === 115 && l.startsWith('subject alternative name', ind))) sanInLine(cur(i), doc.line(i), l);
    if (l.indexOf('(1.3.6.1.', ind) !== -1) {
      const space = l.indexOf(' ', ind);
      const word = l.slice(ind, space === -1 ? l.length : Math.min(space, ind + 30));
      const ekuList = word === 'enhancedkeyusagelist';
      if (ekuList || EKU_STARTS.has(word)) {
        for (const e of ekuPairs(doc.line(i))) if (ekuList || KNOWN_EKUS[e.oid] !== undefined) addEku(cur(i), e.oid, e.name);
      }
    }
    // A bare subject DN on its own line: CN=DC1,OU=Domain Controllers,DC=ad,DC=contoso,DC=com
    if (c === 99 && l.startsWith('cn=', ind) && l.indexOf('dc=', ind) !== -1 && l.indexOf(' : ', ind) === -1) {
      const blk = cur(i);
      if (!blk.subjectRdns) blk.subjectRdns = splitDn(doc.line(i).trim());
    }
  }
  if (b && hasContent(b)) blocks.push(b);
  return blocks.slice(0, MAX_FINDINGS_PER_KIND).map((blk) => {
    const facts = factsOf(blk);
    return { at: blk.at, finding: { kind: 'certificate', summary: summaryFor(facts), facts, rows: rowsFor(facts) } };
  });
}

/**
 * The DC certificate rule for Entra joined devices reaching on-premises resources with a
 * non-Microsoft CA: the subject holds the DC's distinguished name, or the SAN holds the DC's FQDN,
 * the domain FQDN and the domain's NetBIOS name; and the KDC Authentication EKU is present.
 * Without `netbios`, the first label of the domain FQDN is assumed (as in ad.contoso.com → ad).
 */
export function checkDcCertificate(facts: CertificateFacts, ctx: { dcName?: string; domainFqdn: string; netbios?: string }): DcCertificateCheck {
  const domain = (ctx.domainFqdn ?? '').trim().toLowerCase().replace(/\.$/, '');
  const dcRaw = (ctx.dcName ?? '').trim().toLowerCase().replace(/\.$/, '');
  const dcShort = dcRaw.split('.')[0] ?? '';
  const dcFqdn = dcRaw.length === 0 ? '' : dcRaw.includes('.') ? dcRaw : domain ? `${dcRaw}.${domain}` : dcRaw;
  const netbios = (ctx.netbios ?? domain.split('.')[0] ?? '').trim().toLowerCase();

  // Subject rule: CN is the DC and the DC= parts spell the domain.
  let subjectRule = false;
  if (facts.subjectDn) {
    const rdns = facts.subjectDn.split(',').map((r) => r.trim().toLowerCase());
    const cn = rdns.find((r) => r.startsWith('cn='))?.slice(3) ?? '';
    const dcs = rdns.filter((r) => r.startsWith('dc=')).map((r) => r.slice(3));
    const cnOk = dcShort.length > 0 ? cn === dcShort || cn === dcFqdn : cn.length > 0;
    subjectRule = cnOk && dcs.length > 0 && dcs.join('.') === domain;
  }

  const san = new Set(facts.sanDns.map((d) => d.toLowerCase()));
  const missing: string[] = [];
  if (dcFqdn.length > 0) {
    if (!san.has(dcFqdn)) missing.push(dcFqdn);
  } else if (![...san].some((d) => d !== domain && d.endsWith(`.${domain}`))) {
    missing.push(`<DC name>.${domain}`);
  }
  if (domain.length > 0 && !san.has(domain)) missing.push(domain);
  if (netbios.length > 0 && !san.has(netbios)) missing.push(netbios);
  const sanRule = domain.length > 0 && missing.length === 0;
  const kdcEku = facts.hasKdcAuthEku;
  return { subjectRule, sanRule, missing, kdcEku, ok: (subjectRule || sanRule) && kdcEku };
}

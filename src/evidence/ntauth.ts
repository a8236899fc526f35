/**
 * The enterprise NTAuth store, which CAs it holds:
 * - certutil's text listing of the store (`certutil -enterprise -store NTAuth`, the same listing people
 *   paste for `certutil -viewstore -enterprise NTAuth` / `certutil -enterprise -viewstore NTAuth`):
 *   `================ Certificate N ================` blocks with Serial Number, Issuer, NotBefore,
 *   NotAfter, Subject and Cert Hash(sha1), after a line naming NTAuth;
 * - the registry copy every machine gets at policy refresh,
 *   HKLM\Software\Microsoft\EnterpriseCertificates\NTAuth\Certificates, one subkey per CA named by its
 *   thumbprint: `reg query` (full key paths), a regedit export ([key] lines) or PowerShell
 *   `Get-ChildItem HKLM:\…` (a Hive: header, then a Name column).
 */
import { linesWith, splitKeyValue, type Doc, type Located } from './text.ts';
import type { FactRow, Finding, NtAuthCa, NtAuthFacts } from './types.ts';
import { say } from './say.ts';

const MAX_CAS = 200;
const CERT_HEADER = '================ certificate';
const REG_KEY = 'enterprisecertificates\\ntauth\\certificates';

/** "4f 0c 2a …" or "4F0C2A…" → 40 upper-case hex digits; undefined otherwise. */
export function thumbprintOf(value: string): string | undefined {
  let out = '';
  for (let i = 0; i < value.length && out.length <= 40; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    const hex = (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
    if (!hex) return undefined;
    out += value[i];
  }
  return out.length === 40 ? out.toUpperCase() : undefined;
}

function addCa(list: NtAuthCa[], ca: NtAuthCa): void {
  if (list.length >= MAX_CAS) return;
  if (ca.thumbprint !== undefined && list.some((c) => c.thumbprint === ca.thumbprint)) return;
  list.push(ca);
}

/** One certutil certificate block, lines [from, to). */
function readBlock(doc: Doc, from: number, to: number): NtAuthCa {
  const ca: NtAuthCa = {};
  for (let i = from; i < to; i++) {
    const kv = splitKeyValue(doc.line(i), 30);
    if (!kv || kv.value.length === 0) continue;
    const value = kv.value.slice(0, 400);
    switch (kv.key) {
      case 'serialnumber':
        ca.serial ??= value;
        break;
      case 'issuer':
        ca.issuer ??= value;
        break;
      case 'subject':
        ca.subject ??= value;
        break;
      case 'notbefore':
        ca.notBefore ??= value;
        break;
      case 'notafter':
        ca.notAfter ??= value;
        break;
      case 'certhash(sha1)': {
        const t = thumbprintOf(value);
        if (t !== undefined) ca.thumbprint ??= t;
        break;
      }
      default:
        break;
    }
  }
  return ca;
}

/** Is line i a line certutil ends a listing with ("CertUtil: -store command completed successfully.")? */
function isCertutilEnd(doc: Doc, i: number): boolean {
  return doc.lowerLine(i).trimStart().startsWith('certutil:');
}

function certutilListings(doc: Doc, names: readonly number[]): Located<NtAuthFacts>[] {
  const out: Located<NtAuthFacts>[] = [];
  const headers = linesWith(doc, CERT_HEADER);
  let h = 0;
  /** Last line of the listing read so far: its store line and command line are not read again. */
  let consumed = -1;
  for (const nameLine of names) {
    if (nameLine <= consumed) continue;
    const l = doc.lowerLine(nameLine);
    // The store's name line ('NTAuth "NTAuth"') or the command that printed the listing.
    if (!(l.includes('ntauth "ntauth"') || (l.includes('certutil') && (l.includes('-store') || l.includes('-viewstore'))))) continue;
    while (h < headers.length && headers[h]! < nameLine) h++;
    const cas: NtAuthCa[] = [];
    let sawStoreLine = l.includes('ntauth "ntauth"');
    // The first block must follow within a few lines; each next block within a certificate's length.
    let next = nameLine;
    while (h < headers.length && headers[h]! - next <= (cas.length === 0 ? 6 : 60)) {
      const from = headers[h]! + 1;
      let to = h + 1 < headers.length ? Math.min(headers[h + 1]!, from + 60) : Math.min(doc.count, from + 60);
      let ended = false;
      for (let i = from; i < to; i++) {
        // certutil's closing line, or the next listing's store line, ends this listing.
        if (isCertutilEnd(doc, i) || doc.lowerLine(i).includes('ntauth "ntauth"')) {
          to = i;
          ended = true;
          break;
        }
      }
      addCa(cas, readBlock(doc, from, to));
      next = headers[h]!;
      // The closing line belongs to this listing; a next store line does not.
      consumed = ended && isCertutilEnd(doc, to) ? to : to - 1;
      h++;
      if (ended) break;
    }
    if (cas.length === 0) {
      // An empty store prints the store line and certutil's closing line only.
      for (let i = nameLine + 1; i < Math.min(doc.count, nameLine + 4); i++) {
        if (doc.lowerLine(i).includes('ntauth "ntauth"')) sawStoreLine = true;
        if (isCertutilEnd(doc, i) && sawStoreLine) {
          consumed = i;
          out.push({ at: nameLine, finding: { source: 'certutil', cas } });
          break;
        }
      }
      continue;
    }
    out.push({ at: nameLine, finding: { source: 'certutil', cas } });
  }
  return out;
}

function isHexRun(s: string): boolean {
  return s.length > 0 && /^[0-9a-f]+$/.test(s);
}

/**
 * A Get-ChildItem row's Name column: the 40-digit thumbprint, or its first part when PowerShell
 * wrapped the column (the rest starts the next line).
 */
function nameColumnThumbprint(row: string, next: string | undefined): string | undefined {
  const name = row.split(/\s/, 1)[0] ?? '';
  if (name.length === 40) return thumbprintOf(name);
  if (name.length < 20 || name.length > 39 || !isHexRun(name) || next === undefined) return undefined;
  const rest = next.trim().split(/\s/, 1)[0] ?? '';
  return rest.length === 40 - name.length && isHexRun(rest) ? thumbprintOf(name + rest) : undefined;
}

/** Thumbprint subkeys of NTAuth\Certificates, grouped into listings (lines close together). */
const NAME_LIMIT = 100_000;

/** Lines holding the registry key: the NTAuth lines that hold it (linesWith(doc, REG_KEY) without searching the paste again). */
function regKeyLines(doc: Doc, names: readonly number[]): readonly number[] {
  if (names.length >= NAME_LIMIT) return linesWith(doc, REG_KEY);
  return names.filter((i) => doc.lowerLine(i).includes(REG_KEY));
}

function registryListings(doc: Doc, names: readonly number[]): Located<NtAuthFacts>[] {
  const out: Located<NtAuthFacts>[] = [];
  let cur: { at: number; last: number; cas: NtAuthCa[] } | null = null;
  const flush = () => {
    if (cur) out.push({ at: cur.at, finding: { source: 'registry', cas: cur.cas } });
    cur = null;
  };
  for (const i of regKeyLines(doc, names)) {
    const l = doc.lowerLine(i).trim();
    const hive = l.startsWith('hive:');
    // A command typed again (the next machine's `reg query` or `Get-ChildItem`) starts a new listing.
    if (l.includes('reg query') || l.includes('get-childitem') || l.includes('gci ')) {
      flush();
      continue;
    }
    // Output lines only: a key path as reg/regedit print it, or PowerShell's Hive: header (not the command typed).
    if (!(hive || l.startsWith('hkey_local_machine\\') || l.startsWith('[hkey_local_machine\\'))) continue;
    if (cur === null || i - cur.last > 20) {
      flush();
      cur = { at: i, last: i, cas: [] };
    }
    const c: { at: number; last: number; cas: NtAuthCa[] } = cur;
    c.last = i;
    const k = l.indexOf(REG_KEY) + REG_KEY.length;
    if (l.charCodeAt(k) === 92 /* \ */) {
      const t = thumbprintOf(l.slice(k + 1, k + 41));
      const after = l.charCodeAt(k + 41);
      if (t !== undefined && (Number.isNaN(after) || after === 93 /* ] */ || after === 32 || after === 92)) addCa(c.cas, { thumbprint: t });
    }
    if (hive) {
      // Get-ChildItem: "Name  Property" header, dashes, then one row per subkey named by its thumbprint.
      let misses = 0;
      for (let j = i + 1; j < doc.count && misses < 4; j++) {
        const row = doc.lowerLine(j).trim();
        if (row.startsWith('hive:')) break;
        const t = nameColumnThumbprint(row, j + 1 < doc.count ? doc.lowerLine(j + 1) : undefined);
        if (t !== undefined) {
          addCa(c.cas, { thumbprint: t });
          c.last = j;
          misses = 0;
        } else if (row.length > 0 && !row.startsWith('name') && !row.startsWith('----') && !row.startsWith('blob')) misses++;
      }
    }
  }
  flush();
  return out;
}

function rowsFor(f: NtAuthFacts): FactRow[] {
  if (f.cas.length === 0) return [{ label: 'NTAuth', value: say('ntauth.rowNone'), mark: 'warn' }];
  return f.cas.map((ca, i) => ({
    label: say('ntauth.rowCa', { number: i + 1 }),
    value: [ca.subject, ca.thumbprint ? say('ntauth.thumbprint', { thumbprint: ca.thumbprint }) : undefined].filter(Boolean).join(', ') || say('ntauth.unreadable'),
    mark: 'info',
  }));
}

export function analyzeNtAuth(doc: Doc): Located<Finding<'ntauth'>>[] {
  // Every line either listing reads names NTAuth: one search of the paste finds them all.
  const names = linesWith(doc, 'ntauth', NAME_LIMIT);
  if (names.length === 0) return [];
  const listings = [...certutilListings(doc, names), ...registryListings(doc, names)].sort((a, b) => a.at - b.at);
  return listings.map(({ at, finding: facts }) => {
    const where = say(facts.source === 'certutil' ? 'ntauth.certutil' : 'ntauth.registry');
    const n = facts.cas.length;
    return {
      at,
      finding: {
        kind: 'ntauth',
        summary: say(n === 0 ? 'ntauth.summaryNone' : n === 1 ? 'ntauth.summaryOne' : 'ntauth.summaryOther', { where, count: n }),
        facts,
        rows: rowsFor(facts),
      },
    };
  });
}

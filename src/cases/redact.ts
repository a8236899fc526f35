/**
 * Redaction: replaces values that identify a person, a tenant or a machine with placeholders,
 * consistently (one placeholder per identity, wherever and however it is written, within one redactor).
 *
 * It starts from what the case knows: every value typed into a flow's forms (user, DC names and
 * build lists, domain, NetBIOS name, OU) and every name the evidence labelled (device, computer,
 * tenant, domain, user, DC build rows) is replaced wherever it appears, also in notes and titles.
 * Then patterns catch what the case does not know:
 * - e-mail addresses and UPNs, also URL-encoded (%40) → user1@domain1.example
 * - DOMAIN\user (short or dotted domain) → <netbios-1>\user1; Get-ADUser name / -Identity 'name' → user1
 * - GUIDs → <guid-1>; SIDs with an issuer part (S-1-5-21-…, S-1-12-1-…) → <sid-1>
 * - thumbprints and hashes: 32+ hex digits, or byte pairs with spaces or colons (one placeholder
 *   whatever the separators) → <hex-1>
 * - IPv4 → 192.0.2.x; IPv6 → 2001:db8::x
 * - host and domain names with any suffix (.lab, .local, .ad, country and new suffixes; not file
 *   extensions) → host1.example; UNC servers; machine-looking names (DESKTOP-1A2B3C4) and DC build
 *   lines ("DC1 17763.1613") → <device-1>
 * - distinguished-name values, also with escaped commas (CN=Doe\, Jane) → CN=<name-1>
 *
 * Kept, because the fix needs them and they identify nobody:
 * - Microsoft's public service hosts (login.microsoftonline.us, enterpriseregistration.windows.net,
 *   schemas.microsoft.com, support.microsoft.com, …): see KEEP_DOMAINS;
 * - the AD FS device registration client id and the Security-Kerberos event provider GUID: KEEP_GUIDS;
 * - documentation names (*.example, example.com/net/org), loopback/documentation IP ranges,
 *   well-known SIDs (S-1-5-18), .NET names (Microsoft.IdentityServer.Web…) and file names.
 *
 * Limits: a single-word name typed only in a note or title (not typed in a form, not labelled by the
 * evidence, not machine-looking) is not recognised.
 */

export const KEEP_GUIDS: ReadonlySet<string> = new Set([
  '38aa3b87-a06d-4817-b275-7a316988d93b', // AD FS device registration client (the ugs scope fix)
  '98e6cfcb-ee0a-41e0-a57b-622d4e1b30b1', // Microsoft-Windows-Security-Kerberos event provider
]);

export const KEEP_DOMAINS: readonly string[] = [
  'microsoft.com',
  'microsoftonline.com',
  'microsoftonline.us',
  'microsoftonline-p.com',
  'microsoftazuread-sso.com',
  'windows.net',
  'windows.com',
  'windowsupdate.com',
  'live.com',
  'office.com',
  'office365.com',
  'azure.com',
  'azure.net',
  'azure.us',
  'msauth.net',
  'msftauth.net',
  'example',
  'example.com',
  'example.net',
  'example.org',
];

/** Top-level labels that make a dotted word a host name (file extensions like .md or .ps1 don't). */
const HOST_TLDS = new Set(
  'com net org edu gov mil int info biz io co us uk de fr nl be ch at se dk fi ie it es pl ca au nz jp br eu local lan corp internal intranet intra'.split(' '),
);

type Kind = 'user' | 'domain' | 'host' | 'guid' | 'sid' | 'hex' | 'ip' | 'ip6' | 'account' | 'name' | 'device' | 'tenant' | 'netbios';

const EMAIL = /(?<![\w.+%-])([a-z0-9._%+-]+)@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?![\w-]|\.[a-z0-9])/gi;
const GUID = /(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gi;
/** Any SID with an issuer part (S-1-5-21-…, S-1-12-1-… for Entra, …); the short well-known ones (S-1-5-18, S-1-5-32-544) stay. */
const SID = /(?<![\w-])S-1-\d{1,3}(?:-\d{1,10}){3,14}(?![\w-])/gi;
const HEX = /(?<![\w-])[0-9a-f]{32,}(?![\w-])/gi;
/** Thumbprints and hashes written in byte pairs with spaces or colons (16 bytes or more). */
const HEX_PAIRS = /(?<![\w:])[0-9a-f]{2}(?:[ :][0-9a-f]{2}){15,}(?![\w:])/gi;
/** URL-encoded UPNs: alexw%40contoso.com. */
const EMAIL_ENCODED = /(?<![\w.+%-])([a-z0-9._+-]+)%40((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?![\w-]|\.[a-z0-9])/gi;
/** IPv6 addresses (with :: shortening or a zone); times like 09:05:33 don't match (they need a hex letter, a 3-4 digit group or ::). */
const IPV6 = /(?<![\w:.])(?:[0-9a-f]{1,4}:){1,7}(?::|(?::[0-9a-f]{1,4}){1,6}|[0-9a-f]{1,4})(?:%[\w.]+)?(?![\w:])/gi;
/** UNC paths: \\server\share. */
const UNC = /(?<![\w\\])\\\\([a-z0-9](?:[a-z0-9.-]{0,252}[a-z0-9])?)(?=\\)/gi;
/** The name in Get-ADUser name / -Identity 'name' and $upn = '…' (the app's own commands). */
const AD_USER_ARG = /(Get-ADUser\s+(?:-Identity\s+)?)(?:'((?:[^']|'')+)'|([^\s'"<>$,;|-][^\s'"<>,;|)]*))/gi;
/**
 * Machine-looking names nothing labelled: DESKTOP-1A2B3C4, FAB-LT-0042, WIN-ABC123 (upper case, hyphenated,
 * with a digit). SHA-256, UTF-8, KB and S-1-… ids are not names: see isMachineName.
 */
const MACHINE = /(?<![\w.\\-])[A-Z][A-Z0-9]{1,14}(?:-[A-Z0-9]{1,15}){1,4}(?![\w-])/g;
/** A DC build list line: "DC1 17763.1613". */
const BUILD_LINE = /(^|\n|;\s*|,\s*)([a-z][a-z0-9-]{0,62})(\s+(?:10\.0\.)?\d{4,5}\.\d{1,5})/gi;
/** File extensions and code words that end a dotted word but make it no host name. */
const NOT_TLDS = new Set(
  'exe dll sys msc cpl inf req cer crt pfx pem p7b etl log txt md json xml ps1 psm1 psd1 bat cmd evtx zip cab msi html htm js mjs ts tsx css png jpg gif ico svg pdf doc docx xls xlsx csv ini reg config cfg yml yaml tmp bak old new lnk vbs wsf dat db sql min map'.split(' '),
);
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?!\\w|\\.\\d)`, 'g');
const HOST = /(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![\w-]|\.[a-z0-9])/gi;
const ACCOUNT = /(?<![\w\\:/.$%-])([a-z][a-z0-9-]{0,14}(?:\.[a-z0-9-]{1,63})*)\\([a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?)(?![\w\\$%-]|\.\w)/gi;
const DN = /\b(CN|OU|O|DC)=((?:\\.|[^,;+\r\n"<>=\\])+)/gi;

const KEEP_IPS = /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/;
/** Words before a backslash that start a path or a built-in account, not a domain. */
const NOT_DOMAINS = new Set(['nt', 'authority', 'builtin', 'microsoft', 'windows', 'software', 'system', 'system32', 'hklm', 'hkcu', 'hkey_local_machine', 'logs', 'services', 'users', 'program', 'fs', 'c', 'd', 'temp', 'policies', 'passportforwork']);
/** Values in labelled fact rows that are not names. */
const NOT_NAMES = /^(?:yes|no|none|unknown|n\/a|na|-|present|missing|not in the paste|true|false|\d+)$/i;

/** Fact-row labels whose value is a name worth replacing everywhere. */
const NAME_LABELS: [RegExp, Kind][] = [
  [/^(?:(?:device|computer|machine|host|dc|server)\s*name|computer)$/i, 'device'],
  [/^tenant(?:\s*name)?$/i, 'tenant'],
  [/^domain\s*name$/i, 'netbios'],
  [/^(?:user|user\s*name|account|sam\s*account\s*name)$/i, 'user'],
];

function isPlaceholder(s: string): boolean {
  return /^<[a-z]+-\d+>$/.test(s) || /\.example$/i.test(s);
}

function keptDomain(host: string): boolean {
  const h = host.toLowerCase();
  return KEEP_DOMAINS.some((d) => h === d || h.endsWith('.' + d));
}

/** Words that start a "word build" line without being a DC name. */
const NOT_DC_WORDS = /^(?:build|version|os|windows|server|revision|ubr|kb\d*|is|at|on|and|or|to|from|the|was|now|then|ver|winver|dc|dcs)$/i;

/**
 * Whether a dotted word is a host or domain name: a known top-level label, or any other alphabetic
 * one (corp.fabrikam.lab, .ad, .local, country and new suffixes) that is not a file extension and is
 * written in one case (Microsoft.IdentityServer.Web and "done.Then" are not names).
 */
function isHostName(m: string, tld: string): boolean {
  if (keptDomain(m)) return false;
  const t = tld.toLowerCase();
  if (HOST_TLDS.has(t)) return true;
  if (NOT_TLDS.has(t) || (tld !== t && tld !== tld.toUpperCase())) return false;
  return m.split('.').filter((l) => /^[A-Z][a-z]/.test(l)).length < 2;
}

function isMachineName(m: string): boolean {
  if (!/\d/.test(m) || /^(?:S|KB|CVE|MS|RFC|TLS|SSL|SHA|AES|RSA|UTF|ISO|X|IPV\d|HTTP|ECDH|ECDSA|DES|MD\d)-/.test(m)) return false;
  const parts = m.split('-');
  return parts.length > 2 || (/\d/.test(parts[1]) && /[A-Z]/.test(parts[1]) && parts[1].length >= 4);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface Redactor {
  /** Redacts one piece of text. */
  text(s: string): string;
  /** Redacts every string inside a JSON-like value (object keys are kept), learning from its fact rows first. */
  deep<T>(value: T): T;
  /** Learns names from labelled fact rows ({label, value}), e.g. "Device Name: LAPTOP-7Q2". */
  learn(rows: readonly { label: string; value: string }[]): void;
  /** How many distinct values have been replaced so far. */
  count(): number;
}

export function createRedactor(): Redactor {
  const maps = new Map<string, string>();
  const counters = new Map<Kind, number>();
  const learned = new Map<string, string>();
  let learnedPattern: RegExp | undefined;

  const next = (kind: Kind): number => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return n;
  };
  const placeholder = (kind: Kind, key: string, make: (n: number) => string): string => {
    const k = `${kind}:${key}`;
    let p = maps.get(k);
    if (!p) {
      p = make(next(kind));
      maps.set(k, p);
    }
    return p;
  };
  /** A domain or host name: shared mapping so an address's domain and the same bare domain agree. */
  const nameOf = (host: string, kind: 'domain' | 'host'): string => {
    const key = host.toLowerCase();
    const existing = maps.get(`domain:${key}`) ?? maps.get(`host:${key}`);
    if (existing) return existing;
    return placeholder(kind, key, (n) => `${kind}${n}.example`);
  };
  const ipOf = (ip: string): string =>
    placeholder('ip', ip, (n) => (n <= 254 ? `192.0.2.${n}` : n <= 508 ? `198.51.100.${n - 254}` : `203.0.113.${((n - 509) % 254) + 1}`));

  /** One placeholder per identity: a user is user1 whether it appears as a UPN, DOMAIN\name or a bare name. */
  const userOf = (name: string): string => placeholder('user', name.toLowerCase(), (n) => `user${n}`);
  const netbiosOf = (name: string): string => placeholder('netbios', name.toLowerCase(), (n) => `<netbios-${n}>`);
  const deviceOf = (name: string): string => {
    const key = name.toLowerCase();
    return maps.get(`host:${key}`) ?? placeholder('device', key, (n) => `<device-${n}>`);
  };
  const domainOf = (domain: string): string => (keptDomain(domain) ? domain : nameOf(domain, 'domain'));
  const hexOf = (hex: string): string => placeholder('hex', hex.replace(/[ :]/g, '').toLowerCase(), (n) => `<hex-${n}>`);
  const ip6Of = (ip: string): string => placeholder('ip6', ip.toLowerCase(), (n) => `2001:db8::${n.toString(16)}`);

  const text = (input: string): string => {
    if (!input) return input;
    let s = input.replace(EMAIL, (m, local: string, domain: string) => {
      if (/\.example$/i.test(domain)) return m;
      return `${userOf(local)}@${domainOf(domain)}`;
    });
    s = s.replace(EMAIL_ENCODED, (m, local: string, domain: string) => (/\.example$/i.test(domain) ? m : `${userOf(local)}%40${domainOf(domain)}`));
    s = s.replace(GUID, (m) => (KEEP_GUIDS.has(m.toLowerCase()) ? m : placeholder('guid', m.toLowerCase(), (n) => `<guid-${n}>`)));
    s = s.replace(SID, (m) => placeholder('sid', m.toUpperCase(), (n) => `<sid-${n}>`));
    s = s.replace(HEX_PAIRS, (m) => hexOf(m));
    s = s.replace(HEX, (m) => hexOf(m));
    s = s.replace(IPV4, (m) => (KEEP_IPS.test(m) ? m : ipOf(m)));
    s = s.replace(IPV6, (m) => (m === '::1' || m === '::' || /^2001:db8:/i.test(m) || !/[a-f]|::|\d{3}/i.test(m) ? m : ip6Of(m)));
    s = s.replace(UNC, (_m, server: string) => `\\\\${server.includes('.') ? domainOrHost(server) : deviceOf(server)}`);
    s = s.replace(AD_USER_ARG, (m, head: string, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare ?? '');
      if (!name || isPlaceholder(name) || /^user\d+$/.test(name) || name.includes('@') || name.includes('\\')) return m;
      return quoted !== undefined ? `${head}'${userOf(name)}'` : `${head}${userOf(name)}`;
    });
    s = s.replace(ACCOUNT, (m, domain: string, user: string) => {
      if (NOT_DOMAINS.has(domain.toLowerCase())) return m;
      const d = domain.includes('.') ? domainOf(domain) : netbiosOf(domain);
      return `${d}\\${userOf(user)}`;
    });
    s = s.replace(HOST, (m, _host: string, tld: string) => (isHostName(m, tld) ? nameOf(m, 'host') : m));
    s = s.replace(MACHINE, (m) => (isMachineName(m) ? deviceOf(m) : m));
    s = s.replace(BUILD_LINE, (m, lead: string, name: string, build: string) => (NOT_DC_WORDS.test(name) || isPlaceholder(name) ? m : `${lead}${deviceOf(name)}${build}`));
    s = s.replace(DN, (m, attr: string, value: string) => {
      const v = value.trim();
      if (!v || isPlaceholder(v) || keptDomain(v)) return m;
      const p = placeholder('name', v.replace(/\\(.)/g, '$1').toLowerCase(), (n) => `<name-${n}>`);
      return `${attr}=${value.replace(v, p)}`;
    });
    if (learnedPattern) {
      s = s.replace(learnedPattern, (m) => learned.get(m.toLowerCase()) ?? m);
    }
    return s;
  };
  const domainOrHost = (name: string): string => (keptDomain(name) ? name : nameOf(name, 'host'));

  /** Remembers a value the case knows, so it is replaced wherever it appears. */
  const remember = (kind: Kind, raw: string) => {
    const name = raw.trim().replace(/^['"]|['"]$/g, '');
    if (name.length < 2 || name.length > 200 || NOT_NAMES.test(name) || isPlaceholder(name) || /^user\d+$/.test(name)) return false;
    const key = name.toLowerCase();
    if (learned.has(key)) return false;
    const p = kind === 'user' ? userOf(name) : kind === 'netbios' ? netbiosOf(name) : kind === 'device' ? deviceOf(name) : placeholder(kind, key, (n) => `<${kind}-${n}>`);
    learned.set(key, p);
    return true;
  };
  const rebuild = () => {
    const words = [...learned.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    learnedPattern = words.length ? new RegExp(`(?<![\\w-])(?:${words.join('|')})(?![\\w-])`, 'gi') : undefined;
  };

  const learn = (rows: readonly { label: string; value: string }[]) => {
    let changed = false;
    for (const row of rows) {
      const kind = NAME_LABELS.find(([re]) => re.test(row.label.trim()))?.[1];
      if (typeof row.value !== 'string') continue;
      // A DC build row: "DC1: 17763.1613 (Windows Server 2019) …".
      if (/^(?:10\.0\.)?\d{4,5}\.\d+/.test(row.value) && /^[a-z][\w-]{0,62}$/i.test(row.label.trim()) && !NOT_DC_WORDS.test(row.label.trim())) {
        if (remember('device', row.label)) changed = true;
        continue;
      }
      if (!kind) continue;
      // Ids and addresses in the value are handled by the patterns; what is left is the name.
      const name = row.value.replace(GUID, ' ').replace(/\s+/g, ' ').trim();
      if (/[.@\\=]/.test(name)) continue;
      if (remember(kind, name)) changed = true;
    }
    if (changed) rebuild();
  };

  /** Learns what the person typed into a flow's forms (every typed value is a secret by default). */
  const learnTyped = (values: Record<string, unknown>) => {
    let changed = false;
    const str = (k: string) => (typeof values[k] === 'string' ? (values[k] as string).trim() : '');
    const user = str('user');
    if (user) {
      const slash = user.lastIndexOf('\\');
      const at = user.lastIndexOf('@');
      if (slash > 0 && remember('netbios', user.slice(0, slash))) changed = true;
      const name = slash !== -1 ? user.slice(slash + 1) : at > 0 ? user.slice(0, at) : user;
      if (remember('user', name)) changed = true;
    }
    const dc = str('dcName');
    if (dc && remember('device', dc.split('.')[0])) changed = true;
    if (str('netbios') && remember('netbios', str('netbios'))) changed = true;
    const ou = str('ou');
    if (ou && !ou.includes('=') && remember('name', ou)) changed = true;
    const dcs = Array.isArray(values.dcs) ? values.dcs : [];
    for (const line of dcs) {
      const first = typeof line === 'string' ? line.trim().split(/\s+/)[0] : '';
      if (first && /[a-z]/i.test(first) && !NOT_DC_WORDS.test(first) && !first.includes('.') && remember('device', first)) changed = true;
    }
    if (changed) rebuild();
  };

  const typed: Record<string, unknown>[] = [];
  const strings: string[] = [];
  /** The machine part of FQDNs (fab-lt-0042 of fab-lt-0042.corp.fabrikam.lab), so the short name alone is caught too. */
  const learnShortNames = (texts: string[]) => {
    let changed = false;
    for (const t of texts) {
      for (const m of t.matchAll(HOST)) {
        const first = m[1].split('.')[0];
        if (m[1].split('.').length >= 3 && /\d/.test(first) && /[a-z]/i.test(first) && isHostName(m[1], m[2]) && remember('device', first)) changed = true;
      }
    }
    if (changed) rebuild();
  };
  const collectRows = (value: unknown, out: { label: string; value: string }[], depth = 0) => {
    if (depth > 20 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) collectRows(v, out, depth + 1);
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.label === 'string' && typeof o.value === 'string') out.push({ label: o.label, value: o.value });
    for (const x of Object.values(o)) if (typeof x === 'string') strings.push(x);
    if (typeof o.type === 'string' && o.values && typeof o.values === 'object' && !Array.isArray(o.values)) typed.push(o.values as Record<string, unknown>);
    for (const v of Object.values(o)) collectRows(v, out, depth + 1);
  };

  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === 'string') return text(value);
    if (depth > 40 || value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) return value.map((v) => walk(v, depth + 1));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = walk(v, depth + 1);
    return out;
  };

  return {
    text,
    learn,
    deep<T>(value: T): T {
      const rows: { label: string; value: string }[] = [];
      typed.length = 0;
      strings.length = 0;
      collectRows(value, rows);
      learn(rows);
      for (const values of typed) learnTyped(values);
      learnShortNames(strings);
      return walk(value, 0) as T;
    },
    count: () => maps.size,
  };
}

/** Redacts one text with a fresh mapping. */
export function redactText(s: string): string {
  return createRedactor().text(s);
}

/** Redacts every string in a JSON-like value with one fresh mapping. */
export function redactDeep<T>(value: T): T {
  return createRedactor().deep(value);
}

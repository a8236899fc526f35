/**
 * Redaction: replaces values that identify a person, a tenant or a machine with placeholders,
 * consistently (the same value gets the same placeholder everywhere one redactor is used).
 *
 * Replaced:
 * - e-mail addresses and UPNs        → user1@domain1.example (the domain keeps its own mapping)
 * - GUIDs (tenant, device, key ids)  → <guid-1>
 * - domain SIDs (S-1-5-21-…)         → <sid-1>
 * - long hex strings (thumbprints, key hashes, 32+ hex digits) → <hex-1>
 * - IPv4 addresses                   → 192.0.2.1 (documentation range)
 * - host names and FQDNs             → host1.example (a bare domain seen in an address → domain1.example)
 * - DOMAIN\user accounts             → <account-1>
 * - distinguished-name values (CN=, OU=, O=, DC=) → CN=<name-1>
 * - names the evidence labelled (device name, tenant name, domain name, user) → <device-1>, …,
 *   wherever they appear, also in notes and titles.
 *
 * Kept, because the fix needs them and they identify nobody:
 * - Microsoft's public service hosts (login.microsoftonline.us, enterpriseregistration.windows.net,
 *   schemas.microsoft.com, support.microsoft.com, …): see KEEP_DOMAINS;
 * - the AD FS device registration client id and the Security-Kerberos event provider GUID: KEEP_GUIDS;
 * - documentation names (*.example, example.com/net/org) and loopback/documentation IP ranges.
 *
 * Limits: a single-word name typed only in a note (not named by the evidence) is not recognised.
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

type Kind = 'user' | 'domain' | 'host' | 'guid' | 'sid' | 'hex' | 'ip' | 'account' | 'name' | 'device' | 'tenant' | 'netbios';

const EMAIL = /(?<![\w.+%-])([a-z0-9._%+-]+)@((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])(?![\w-]|\.[a-z0-9])/gi;
const GUID = /(?<![\w-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\w-])/gi;
const SID = /(?<![\w-])S-1-5-21(?:-\d{1,10}){1,4}(?![\w-])/gi;
const HEX = /(?<![\w-])[0-9a-f]{32,}(?![\w-])/gi;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`(?<![\\w.])(?:${OCTET}\\.){3}${OCTET}(?!\\w|\\.\\d)`, 'g');
const HOST = /(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![\w-]|\.[a-z0-9])/gi;
const ACCOUNT = /(?<![\w\\:/.$%-])([a-z][a-z0-9-]{0,14})\\([a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?)(?![\w\\$%-]|\.\w)/gi;
const DN = /\b(CN|OU|O|DC)=([^,;+\r\n"<>=]+)/gi;

const KEEP_IPS = /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.)/;
/** Words before a backslash that start a path or a built-in account, not a domain. */
const NOT_DOMAINS = new Set(['nt', 'authority', 'builtin', 'microsoft', 'windows', 'software', 'system', 'system32', 'hklm', 'hkcu', 'logs', 'services', 'users', 'program', 'fs', 'ad']);
/** Values in labelled fact rows that are not names. */
const NOT_NAMES = /^(?:yes|no|none|unknown|n\/a|na|-|present|missing|not in the paste|true|false|\d+)$/i;

/** Fact-row labels whose value is a name worth replacing everywhere. */
const NAME_LABELS: [RegExp, Kind][] = [
  [/^(?:device|computer|machine|host|dc|server)\s*name$/i, 'device'],
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

  const text = (input: string): string => {
    if (!input) return input;
    let s = input.replace(EMAIL, (m, local: string, domain: string) => {
      if (/\.example$/i.test(domain)) return m;
      const d = keptDomain(domain) ? domain : nameOf(domain, 'domain');
      const user = placeholder('user', `${local.toLowerCase()}@${domain.toLowerCase()}`, (n) => `user${n}`);
      return `${user}@${d}`;
    });
    s = s.replace(GUID, (m) => (KEEP_GUIDS.has(m.toLowerCase()) ? m : placeholder('guid', m.toLowerCase(), (n) => `<guid-${n}>`)));
    s = s.replace(SID, (m) => placeholder('sid', m.toUpperCase(), (n) => `<sid-${n}>`));
    s = s.replace(HEX, (m) => placeholder('hex', m.toLowerCase(), (n) => `<hex-${n}>`));
    s = s.replace(IPV4, (m) => (KEEP_IPS.test(m) ? m : ipOf(m)));
    s = s.replace(HOST, (m, _host: string, tld: string) => {
      if (!HOST_TLDS.has(tld.toLowerCase()) || keptDomain(m)) return m;
      return nameOf(m, 'host');
    });
    s = s.replace(ACCOUNT, (m, domain: string) => {
      if (NOT_DOMAINS.has(domain.toLowerCase())) return m;
      return placeholder('account', m.toLowerCase(), (n) => `<account-${n}>`);
    });
    s = s.replace(DN, (m, attr: string, value: string) => {
      const v = value.trim();
      if (!v || isPlaceholder(v) || keptDomain(v)) return m;
      const p = placeholder('name', v.toLowerCase(), (n) => `<name-${n}>`);
      return `${attr}=${value.replace(v, p)}`;
    });
    if (learnedPattern) {
      s = s.replace(learnedPattern, (m) => learned.get(m.toLowerCase()) ?? m);
    }
    return s;
  };

  const learn = (rows: readonly { label: string; value: string }[]) => {
    let changed = false;
    for (const row of rows) {
      const kind = NAME_LABELS.find(([re]) => re.test(row.label.trim()))?.[1];
      if (!kind || typeof row.value !== 'string') continue;
      // Ids and addresses in the value are handled by the patterns; what is left is the name.
      const name = row.value.replace(GUID, ' ').replace(/\s+/g, ' ').trim();
      if (name.length < 2 || name.length > 200 || NOT_NAMES.test(name) || isPlaceholder(name)) continue;
      if (/[.@\\=]/.test(name)) continue;
      const key = name.toLowerCase();
      if (learned.has(key)) continue;
      learned.set(key, placeholder(kind, key, (n) => `<${kind}-${n}>`));
      changed = true;
    }
    if (changed) {
      const words = [...learned.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
      learnedPattern = new RegExp(`(?<![\\w-])(?:${words.join('|')})(?![\\w-])`, 'gi');
    }
  };

  const collectRows = (value: unknown, out: { label: string; value: string }[], depth = 0) => {
    if (depth > 20 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) collectRows(v, out, depth + 1);
      return;
    }
    const o = value as Record<string, unknown>;
    if (typeof o.label === 'string' && typeof o.value === 'string') out.push({ label: o.label, value: o.value });
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
      collectRows(value, rows);
      learn(rows);
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

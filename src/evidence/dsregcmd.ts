/**
 * `dsregcmd /status` output: the sectioned layout (+----+ / | Device State |) and the older flat
 * `Key: value` layout. Keys are matched case-insensitively; values may be empty.
 */
import { MAX_FINDINGS_PER_KIND } from './cap.ts';
import { compactKey, splitKeyValue, yesNo, type Doc, type Located } from './text.ts';
import { DSREG_FIELDS, NGC_FIELDS } from './types.ts';
import type { DsregcmdFacts, DsregField, FactRow, Finding, JoinType, NgcField, PrereqCheck, ShownField } from './types.ts';
import { say } from './say.ts';

const SECTIONS: Readonly<Record<string, string>> = {
  devicestate: 'Device State',
  devicedetails: 'Device Details',
  tenantdetails: 'Tenant Details',
  userstate: 'User State',
  ssostate: 'SSO State',
  diagnosticdata: 'Diagnostic Data',
  ieproxyconfig: 'IE Proxy Config',
  winhttpproxyconfig: 'WinHttp Proxy Config',
  ngcprerequisitecheck: 'Ngc Prerequisite Check',
  workaccount: 'Work Account',
};

/** Keys of the Ngc Prerequisite Check section (compact form). */
const PREREQ_KEYS = new Set([
  'isdevicejoined',
  'isuserazuread',
  'policyenabled',
  'postlogonenabled',
  'deviceeligible',
  'sessionisnotremote',
  'certenrollment',
  'adfsrefreshtoken',
  'adfsraisready',
  'logoncerttemplateready',
  'prereqresult',
]);

/** Other keys dsregcmd prints (compact form); used to recognise the output. */
const KNOWN_KEYS = new Set([
  'azureadjoined',
  'enterprisejoined',
  'domainjoined',
  'domainname',
  'devicename',
  'virtualdesktop',
  'deviceid',
  'thumbprint',
  'devicecertificatevalidity',
  'keycontainerid',
  'keyprovider',
  'tpmprotected',
  'deviceauthstatus',
  'tenantname',
  'tenantid',
  'authcodeurl',
  'accesstokenurl',
  'mdmurl',
  'mdmtouurl',
  'mdmcomplianceurl',
  'settingsurl',
  'joinsrvversion',
  'joinsrvurl',
  'joinsrvid',
  'keysrvversion',
  'keysrvurl',
  'keysrvid',
  'webauthnsrvversion',
  'webauthnsrvurl',
  'webauthnsrvid',
  'devicemanagementsrvver',
  'devicemanagementsrvurl',
  'devicemanagementsrvid',
  'idp',
  'ngcset',
  'ngckeyid',
  'canreset',
  'workplacejoined',
  'wamdefaultset',
  'wamdefaultauthority',
  'wamdefaultid',
  'wamdefaultguid',
  'azureadprt',
  'azureadprtupdatetime',
  'azureadprtexpirytime',
  'azureadprtauthority',
  'enterpriseprt',
  'enterpriseprtupdatetime',
  'enterpriseprtexpirytime',
  'enterpriseprtauthority',
  'onpremtgt',
  'cloudtgt',
  'kerbtoplevelnames',
  'aadrecoveryenabled',
  'executingaccountname',
  'keysigntest',
  'displaynameupdated',
  'osversionupdated',
  'hostnameupdated',
  'lasthostnameupdate',
  'clienttime',
  'attemptstatus',
  'usercontext',
  'clienterrorcode',
  'servererrorcode',
  ...PREREQ_KEYS,
]);

/** Keys strong enough on their own to say "this is dsregcmd output". */
const STRONG_KEYS = new Set(['azureadjoined', 'enterprisejoined', 'ngcset', 'prereqresult', 'azureadprt', 'isuserazuread', 'workplacejoined']);

interface Block {
  at: number;
  /** First value of each key anywhere in the run. */
  values: Map<string, string>;
  /** First value of each key outside the prerequisite section (SSO State's OnPremTgt, not the check's). */
  outside: Map<string, string>;
  /** First value of each key inside the prerequisite section (or a flat layout's prerequisite keys). */
  ngcValues: Map<string, string>;
  prereqs: PrereqCheck[];
  format: 'sectioned' | 'flat';
  known: number;
  strong: boolean;
}

/** `| Device State |` → 'devicestate', else undefined. */
function sectionOf(lower: string): string | undefined {
  const t = lower.trim();
  if (t.length < 5 || t.length > 120 || t.charCodeAt(0) !== 124 || t.charCodeAt(t.length - 1) !== 124) return undefined;
  const key = compactKey(t.slice(1, -1));
  if (SECTIONS[key] !== undefined) return key;
  // Other framed headers (proxy settings and the like) still end the previous section.
  return /^[a-z][a-z ()-]{2,80}$/.test(t.slice(1, -1).trim()) ? 'other' : undefined;
}

/** YES / NO, also with a note after it: "YES ( StateReady )". */
function yesNoOk(value: string): boolean | null {
  const first = value.trim().split(/[\s(]/, 1)[0] ?? '';
  return yesNo(first) ?? null;
}

function joinTypeOf(aad?: boolean, ent?: boolean, dom?: boolean): JoinType {
  if (aad === undefined || dom === undefined) return 'unknown';
  const e = ent ?? false; // some builds omit EnterpriseJoined; it is NO on everything but DRS joins
  if (aad && !e && !dom) return 'entra';
  if (aad && !e && dom) return 'hybrid';
  if (!aad && !e && dom) return 'domain';
  if (!aad && e && dom) return 'drs';
  if (!aad && !e && !dom) return 'none';
  return 'unknown';
}

/** The join type in words (src/evidence/words.yaml dsregcmd.join-*). */
const joinName = (join: JoinType) => say(`dsregcmd.join-${join}`);

/** A printed value → its shown state ('not-shown' when the line is missing). */
function shown(value: string | undefined, key: string): ShownField {
  if (value === undefined) return { state: 'not-shown' };
  const printed = value.slice(0, 200);
  if (key === 'prereqresult') {
    const c = compactKey(value);
    return { state: c === 'willprovision' ? 'yes' : c === 'willnotprovision' ? 'no' : 'other', value: printed };
  }
  if (key === 'deviceauthstatus') {
    const u = value.trim().toUpperCase();
    return { state: u === 'SUCCESS' ? 'yes' : u.startsWith('FAILED') ? 'no' : 'other', value: printed };
  }
  const ok = yesNoOk(value);
  return { state: ok === true ? 'yes' : ok === false ? 'no' : 'other', value: printed };
}

/** "2020-07-12 22:57:53.000 UTC" → "2020-07-12T22:57:53.000Z"; undefined for anything else. */
export function dsregTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?\s*(?:utc|z)?$/i.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 60) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, se, ms);
  const date = new Date(t);
  if (Number.isNaN(t) || date.getUTCDate() !== d) return undefined;
  return date.toISOString();
}

const DEVICE_AUTH: Readonly<Record<ShownField['state'], DsregcmdFacts['deviceAuthStatus']>> = {
  yes: 'success',
  no: 'other',
  other: 'other',
  'not-shown': undefined,
};

function deviceAuthOf(field: ShownField): DsregcmdFacts['deviceAuthStatus'] {
  if (field.state !== 'no') return DEVICE_AUTH[field.state];
  const v = (field.value ?? '').toLowerCase();
  if (v.includes('disabled') || v.includes('deleted')) return 'disabled-or-deleted';
  return v.includes('error') ? 'error' : 'other';
}

function fieldsOf(b: Block): { fields: Record<DsregField, ShownField>; ngc: Record<NgcField, ShownField> } {
  const fields = {} as Record<DsregField, ShownField>;
  for (const name of DSREG_FIELDS) {
    const key = compactKey(name);
    fields[name] = shown(b.outside.get(key), key);
  }
  const ngc = {} as Record<NgcField, ShownField>;
  for (const name of NGC_FIELDS) {
    const key = compactKey(name);
    ngc[name] = shown(b.ngcValues.get(key), key);
  }
  return { fields, ngc };
}

function factsOf(b: Block): DsregcmdFacts {
  const v = (k: string) => b.values.get(k);
  const azureAdJoined = yesNo(v('azureadjoined'));
  const enterpriseJoined = yesNo(v('enterprisejoined'));
  const domainJoined = yesNo(v('domainjoined'));
  const { fields, ngc } = fieldsOf(b);
  const facts: DsregcmdFacts = {
    joinType: joinTypeOf(azureAdJoined, enterpriseJoined, domainJoined),
    prereqs: b.prereqs,
    failingPrereqs: b.prereqs.filter((p) => p.ok === false).map((p) => p.key),
    fields,
    ngc,
    format: b.format,
  };
  const auth = deviceAuthOf(fields.DeviceAuthStatus);
  if (auth !== undefined) facts.deviceAuthStatus = auth;
  const prtTime = dsregTime(b.outside.get('azureadprtupdatetime'));
  if (prtTime !== undefined) facts.azureAdPrtUpdateTime = prtTime;
  const clientTime = dsregTime(b.outside.get('clienttime'));
  if (clientTime !== undefined) facts.clientTime = clientTime;
  if (prtTime !== undefined && clientTime !== undefined) {
    facts.prtAgeHours = Math.round((Date.parse(clientTime) - Date.parse(prtTime)) / 360_000) / 10;
  }
  const context = b.outside.get('usercontext');
  if (context !== undefined && context.length > 0) facts.userContext = context.slice(0, 60);
  const account = b.outside.get('executingaccountname');
  if (account !== undefined && account.length > 0) facts.executingAccount = account.slice(0, 200);
  const setBool = (name: 'azureAdJoined' | 'enterpriseJoined' | 'domainJoined' | 'ngcSet' | 'azureAdPrt' | 'workplaceJoined' | 'tpmProtected' | 'enterprisePrt' | 'onPremTgt' | 'cloudTgt', value: boolean | undefined) => {
    if (value !== undefined) facts[name] = value;
  };
  const setStr = (name: 'deviceId' | 'tenantId' | 'tenantName' | 'domainName' | 'ngcKeyId' | 'canReset' | 'deviceName' | 'certEnrollment', key: string) => {
    const value = v(key);
    if (value !== undefined && value.length > 0) facts[name] = value.slice(0, 200);
  };
  setBool('azureAdJoined', azureAdJoined);
  setBool('enterpriseJoined', enterpriseJoined);
  setBool('domainJoined', domainJoined);
  setBool('ngcSet', yesNo(v('ngcset')));
  setBool('azureAdPrt', yesNo(v('azureadprt')));
  setBool('workplaceJoined', yesNo(v('workplacejoined')));
  setBool('tpmProtected', yesNo(v('tpmprotected')));
  setBool('enterprisePrt', yesNo(v('enterpriseprt')));
  setBool('onPremTgt', yesNo(v('onpremtgt')));
  setBool('cloudTgt', yesNo(v('cloudtgt')));
  setStr('deviceId', 'deviceid');
  setStr('tenantId', 'tenantid');
  setStr('tenantName', 'tenantname');
  setStr('domainName', 'domainname');
  setStr('ngcKeyId', 'ngckeyid');
  setStr('canReset', 'canreset');
  setStr('deviceName', 'devicename');
  setStr('certEnrollment', 'certenrollment');
  const pre = v('prereqresult')?.toLowerCase();
  if (pre === 'willprovision') facts.preReqResult = 'WillProvision';
  else if (pre === 'willnotprovision') facts.preReqResult = 'WillNotProvision';
  const adfsRt = yesNo(v('adfsrefreshtoken'));
  if (adfsRt !== undefined) facts.adfsRefreshToken = adfsRt;
  return facts;
}

function boolRow(label: string, value: boolean | undefined, good: boolean | null): FactRow | null {
  if (value === undefined) return null;
  const mark = good === null ? 'info' : value === good ? 'pass' : 'fail';
  return { label, value: value ? 'YES' : 'NO', mark };
}

function rowsFor(f: DsregcmdFacts): FactRow[] {
  const rows: (FactRow | null)[] = [
    { label: say('dsregcmd.rowJoin'), value: joinName(f.joinType), mark: f.joinType === 'unknown' || f.joinType === 'none' ? 'warn' : 'info' },
    boolRow('AzureAdJoined', f.azureAdJoined, null),
    boolRow('EnterpriseJoined', f.enterpriseJoined, null),
    boolRow('DomainJoined', f.domainJoined, null),
    f.tenantName || f.tenantId ? { label: say('dsregcmd.rowTenant'), value: [f.tenantName, f.tenantId].filter(Boolean).join(' '), mark: 'info' } : null,
    f.domainName ? { label: 'DomainName', value: f.domainName, mark: 'info' } : null,
    f.deviceId ? { label: 'DeviceId', value: f.deviceId, mark: 'info' } : null,
    f.deviceAuthStatus ? { label: 'DeviceAuthStatus', value: f.fields.DeviceAuthStatus.value ?? '', mark: f.deviceAuthStatus === 'success' ? 'pass' : 'fail' } : null,
    boolRow('AzureAdPrt', f.azureAdPrt, true),
    f.azureAdPrtUpdateTime
      ? {
          label: 'AzureAdPrtUpdateTime',
          value: f.prtAgeHours === undefined ? f.azureAdPrtUpdateTime : say('dsregcmd.rowPrtTimeAge', { time: f.azureAdPrtUpdateTime, hours: f.prtAgeHours }),
          mark: f.prtAgeHours !== undefined && f.prtAgeHours > 4 ? 'warn' : 'info',
        }
      : null,
    f.userContext ? { label: say('dsregcmd.rowUserContext'), value: f.userContext, mark: 'info' } : null,
    f.executingAccount ? { label: say('dsregcmd.rowExecutingAccount'), value: f.executingAccount, mark: 'info' } : null,
    boolRow('NgcSet', f.ngcSet, null),
    f.canReset ? { label: 'CanReset', value: f.canReset, mark: 'info' } : null,
  ];
  for (const p of f.prereqs) {
    if (p.key.toLowerCase() === 'prereqresult') continue;
    rows.push({ label: p.key, value: p.value, mark: p.ok === null ? 'info' : p.ok ? 'pass' : 'fail' });
  }
  if (f.preReqResult) rows.push({ label: 'PreReqResult', value: f.preReqResult, mark: f.preReqResult === 'WillProvision' ? 'pass' : 'fail' });
  return rows.filter((r): r is FactRow => r !== null);
}

function summaryFor(f: DsregcmdFacts): string {
  const parts = [say('dsregcmd.summaryJoin', { join: f.joinType === 'unknown' ? say('dsregcmd.joinUnknown') : joinName(f.joinType) })];
  if (f.ngcSet === true) parts.push(say('dsregcmd.provisioned'));
  else if (f.ngcSet === false) parts.push(say('dsregcmd.noKey'));
  if (f.preReqResult === 'WillNotProvision') {
    parts.push(f.failingPrereqs.length > 0 ? say('dsregcmd.willNotProvisionFailing', { failing: f.failingPrereqs.join(', ') }) : say('dsregcmd.willNotProvision'));
  } else if (f.preReqResult === 'WillProvision') parts.push(say('dsregcmd.prerequisitesPass'));
  return parts.join('; ');
}

/** true when a line starts a new dsregcmd run (so one paste can hold several). */
function startsNewRun(b: Block, key: string): boolean {
  return key === 'azureadjoined' && b.values.has('azureadjoined');
}

/** dsregcmd keys as printed (lowercase, spaces kept) → compact key. */
const PRINTED = new Map<string, string>([
  ...[...KNOWN_KEYS].map((k) => [k, k] as [string, string]),
  ['device name', 'devicename'],
  ['executing account name', 'executingaccountname'],
  ['last hostname update', 'lasthostnameupdate'],
  ['client errorcode', 'clienterrorcode'],
  ['server errorcode', 'servererrorcode'],
  ['client time', 'clienttime'],
  ['attempt status', 'attemptstatus'],
  ['user context', 'usercontext'],
]);

/** Printed keys by their first two characters, so a line costs one or two startsWith checks. */
const BY_PREFIX = new Map<number, string[]>();
/** The same two-character prefixes as a flat table, checked before the map. */
const HAS_PREFIX = new Uint8Array(128 * 128);
for (const printed of PRINTED.keys()) {
  const id = printed.charCodeAt(0) * 128 + printed.charCodeAt(1);
  const list = BY_PREFIX.get(id) ?? [];
  list.push(printed);
  BY_PREFIX.set(id, list.sort((a, b) => b.length - a.length));
  HAS_PREFIX[id] = 1;
}

interface LineKey {
  key: string;
  rawKey: string;
  value: string;
}

/** A known dsregcmd key at the start of line i, without allocating for other lines. */
function knownKey(doc: Doc, i: number, ind: number): LineKey | null {
  // The first two characters are read in the paste itself: most lines are no key, not worth a string each.
  const at = doc.starts[i]! + ind;
  const c1 = doc.lower.charCodeAt(at);
  const c2 = doc.lower.charCodeAt(at + 1);
  if (!(c1 < 128 && c2 < 128) || HAS_PREFIX[c1 * 128 + c2] !== 1) return null;
  const l = doc.lowerLine(i);
  if (ind + 2 > l.length) return null; // a line cut at MAX_LINE just after its indent
  const list = BY_PREFIX.get(c1 * 128 + c2);
  if (!list) return null;
  for (const printed of list) {
    if (!l.startsWith(printed, ind)) continue;
    let j = ind + printed.length;
    while (j < l.length && (l.charCodeAt(j) === 32 || l.charCodeAt(j) === 9)) j++;
    if (l.charCodeAt(j) !== 58 /* : */) continue;
    const line = doc.line(i);
    return { key: PRINTED.get(printed)!, rawKey: line.slice(ind, ind + printed.length), value: line.slice(j + 1).trim() };
  }
  return null;
}

/** A block holds enough of a dsregcmd output to be one. */
function givesFinding(b: Block): boolean {
  if (!(b.strong || b.values.has('domainjoined') || b.known >= 3)) return false;
  return !(b.format === 'flat' && !b.strong && b.known < 3);
}

export function analyzeDsregcmd(doc: Doc): Located<Finding<'dsregcmd'>>[] {
  const blocks: Block[] = [];
  // Blocks that give a finding; once the cap is reached every later one would be dropped: stop reading.
  let counted = 0;
  const close = (b: Block) => {
    blocks.push(b);
    if (givesFinding(b)) counted++;
  };
  let cur: Block | null = null;
  let section: string | undefined;
  let lastHit = -1;
  const fresh = (at: number, format: Block['format']): Block => ({
    at,
    values: new Map(),
    outside: new Map(),
    ngcValues: new Map(),
    prereqs: [],
    format,
    known: 0,
    strong: false,
  });
  const indents = doc.indents();
  const first = doc.firstChars();
  for (let i = 0; i < doc.count && counted < MAX_FINDINGS_PER_KIND; i++) {
    const c = first[i]!;
    if (c !== 124 && (c < 97 || c > 122)) continue;
    const ind = indents[i]!;
    if (c === 124 /* | */) {
      const s = sectionOf(doc.lowerLine(i));
      if (s === 'other') {
        if (cur) section = s;
      } else if (s) {
        if (s === 'devicestate' && cur && cur.values.has('azureadjoined')) {
          close(cur);
          cur = null;
        }
        section = s;
        if (!cur) cur = fresh(i, 'sectioned');
        cur.format = 'sectioned';
        lastHit = i;
      }
      continue;
    }
    let kv: LineKey | null = knownKey(doc, i, ind);
    if (!kv && section === 'ngcprerequisitecheck' && cur && i - lastHit <= 3) {
      // Unknown keys count only inside the prerequisite section (newer Windows adds checks there).
      const split = splitKeyValue(doc.line(i), 40);
      if (split && split.spaced && !/\s/.test(split.rawKey)) kv = split;
    }
    if (!kv) continue;
    // A dsregcmd key far from the previous one starts afresh.
    if (cur && lastHit !== -1 && i - lastHit > 60) {
      close(cur);
      cur = null;
      section = undefined;
    }
    if (cur && startsNewRun(cur, kv.key)) {
      close(cur);
      cur = null;
      section = undefined;
    }
    if (!cur) cur = fresh(i, 'flat');
    lastHit = i;
    cur.known++;
    if (STRONG_KEYS.has(kv.key)) cur.strong = true;
    if (!cur.values.has(kv.key)) cur.values.set(kv.key, kv.value);
    const inPrereqSection = section === 'ngcprerequisitecheck';
    if (inPrereqSection || (section === undefined && PREREQ_KEYS.has(kv.key))) {
      if (!cur.ngcValues.has(kv.key)) cur.ngcValues.set(kv.key, kv.value);
    } else if (!cur.outside.has(kv.key)) cur.outside.set(kv.key, kv.value);
    if ((inPrereqSection || (section === undefined && PREREQ_KEYS.has(kv.key))) && cur.prereqs.length < 40) {
      cur.prereqs.push({ key: kv.rawKey.slice(0, 60), value: kv.value.slice(0, 200), ok: kv.key === 'certenrollment' || kv.key === 'prereqresult' ? null : yesNoOk(kv.value) });
    }
  }
  if (cur) close(cur);
  const out: Located<Finding<'dsregcmd'>>[] = [];
  for (const b of blocks) {
    if (!givesFinding(b)) continue;
    if (out.length >= MAX_FINDINGS_PER_KIND) break;
    const facts = factsOf(b);
    out.push({ at: b.at, finding: { kind: 'dsregcmd', summary: summaryFor(facts), facts, rows: rowsFor(facts) } });
  }
  return out;
}

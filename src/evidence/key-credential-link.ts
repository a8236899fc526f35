/**
 * The msDS-KeyCredentialLink attribute from Get-ADUser output: format-list (`{B:828:…:CN=…, B:…}`,
 * possibly wrapped and cut with '...'; `{}` when empty), `Select -Expand` (one value a line),
 * or an LDP/ADSI style `msDS-KeyCredentialLink: B:…` line.
 */
import { indentOf, linesWith, mergeLines, splitKeyValue, trimEndChars, type Doc, type Located } from './text.ts';
import type { FactRow, Finding, KeyCredentialLinkFacts } from './types.ts';
import { say } from './say.ts';

const ATTR = 'msds-keycredentiallink';
const MAX_ENTRIES = 200;

/** Split a value list into key credential values: each starts with "B:<digits>:". */
function splitEntries(content: string): string[] {
  const starts: number[] = [];
  const re = /B:[0-9]{1,6}:/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(content)) !== null && starts.length < MAX_ENTRIES) {
    const prev = m.index > 0 ? content.charCodeAt(m.index - 1) : 32;
    // must start the list or follow a separator
    if (m.index === 0 || prev === 32 || prev === 44 || prev === 123 || prev === 59 || prev === 9) starts.push(m.index);
  }
  const entries: string[] = [];
  for (let k = 0; k < starts.length; k++) {
    const end = k + 1 < starts.length ? starts[k + 1]! : content.length;
    const e = trimEndChars(content.slice(starts[k], end), ' \t,;}').trim();
    if (e.length > 0) entries.push(e.length > 400 ? `${e.slice(0, 400)}...` : e);
  }
  return entries;
}

/** User from the surrounding format-list object: SamAccountName, UserPrincipalName or Name. */
function userNear(doc: Doc, at: number): string | undefined {
  let sam: string | undefined;
  let upn: string | undefined;
  let name: string | undefined;
  const scan = (i: number): boolean => {
    const l = doc.line(i);
    if (l.trim().length === 0) return false;
    const kv = splitKeyValue(l, 40);
    if (kv) {
      if (kv.key === 'samaccountname') sam ??= kv.value;
      else if (kv.key === 'userprincipalname') upn ??= kv.value;
      else if (kv.key === 'name') name ??= kv.value;
    }
    return true;
  };
  for (let i = at - 1; i >= 0 && at - i <= 40 && scan(i); i--);
  for (let i = at + 1; i < doc.count && i - at <= 40 && scan(i); i++);
  const u = sam ?? upn ?? name;
  return u && u.length > 0 ? u.slice(0, 200) : undefined;
}

/** User from a Get-ADUser command line: `Get-ADUser jdoe …` or `-Identity jdoe`. */
function userFromCommand(line: string): string | undefined {
  const m = /get-aduser\s+(?:-identity\s+)?(?!-)("[^"]{1,200}"|'[^']{1,200}'|[^\s|]{1,200})/i.exec(line);
  return m ? m[1]!.replace(/^["']|["']$/g, '') : undefined;
}

/** The DN that follows the key data in a value, as a user hint: B:828:<hex>:CN=Jane Doe,... */
function userFromEntry(entry: string): string | undefined {
  const at = entry.toUpperCase().indexOf(':CN=');
  if (at === -1) return undefined;
  const rest = entry.slice(at + 4);
  const end = rest.indexOf(',');
  const cn = (end === -1 ? rest : rest.slice(0, end)).trim();
  return cn.length > 0 && !cn.endsWith('...') ? cn : undefined;
}

function finding(user: string | undefined, entries: string[], truncated: boolean): Finding<'key-credential-link'> {
  const facts: KeyCredentialLinkFacts = { keyCount: entries.length, empty: entries.length === 0 && !truncated, entries };
  if (user) facts.user = user;
  if (truncated) facts.truncated = true;
  const count = truncated ? say('keyCredentialLink.orMore', { count: entries.length }) : entries.length;
  const keys = say(entries.length === 1 && !truncated ? 'keyCredentialLink.keyOne' : 'keyCredentialLink.keyOther');
  const summary = facts.empty
    ? say(user ? 'keyCredentialLink.emptyFor' : 'keyCredentialLink.empty', { user })
    : say(user ? 'keyCredentialLink.holdsFor' : 'keyCredentialLink.holds', { user, count, keys });
  const rows: FactRow[] = [];
  if (user) rows.push({ label: say('keyCredentialLink.rowUser'), value: user, mark: 'info' });
  rows.push({ label: say('keyCredentialLink.rowKeys'), value: truncated ? say('keyCredentialLink.rowKeysTruncated', { count: entries.length }) : String(entries.length), mark: facts.empty ? 'fail' : 'pass' });
  return { kind: 'key-credential-link', summary, facts, rows };
}

/** Lines mentioning the attribute, and lines that start with a value ("B:828:…"). */
function candidates(doc: Doc): number[] {
  const attr = linesWith(doc, ATTR);
  const indents = doc.indents();
  const first = doc.firstChars();
  const values: number[] = [];
  for (let i = 0; i < doc.count; i++) {
    if (first[i] !== 98 /* b */) continue;
    const l = doc.lowerLine(i);
    const ind = indents[i]!;
    if (l.charCodeAt(ind + 1) === 58 && /^b:[0-9]{1,6}:/.test(l.slice(ind, ind + 10))) values.push(i);
  }
  return mergeLines(attr, values);
}

function hasTextBetween(doc: Doc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.lowerLine(j).trim().length > 0) return true;
  return false;
}

export function analyzeKeyCredentialLink(doc: Doc): Located<Finding<'key-credential-link'>>[] {
  const out: Located<Finding<'key-credential-link'>>[] = [];
  const n = doc.count;
  const indents = doc.indents();
  let expandUser: string | undefined;
  let expandAt = -1;
  let expandEntries: string[] = [];
  let last = -1;
  const flushExpand = () => {
    if (expandAt !== -1) {
      const user = expandUser ?? (expandEntries[0] ? userFromEntry(expandEntries[0]) : undefined);
      out.push({ at: expandAt, finding: finding(user, expandEntries, false) });
    }
    expandAt = -1;
    expandUser = undefined;
    expandEntries = [];
  };
  let skipUntil = -1;
  for (const i of candidates(doc)) {
    if (i < skipUntil) continue;
    // Expand output ends at the first other text (a prompt, the next command).
    if (expandAt !== -1 && hasTextBetween(doc, last + 1, i)) flushExpand();
    last = i;
    const lower = doc.lowerLine(i);
    const ind = indents[i]!;
    // Select -Expand output: one value a line.
    if (lower.charCodeAt(ind) === 98 && lower.charCodeAt(ind + 1) === 58 && /^b:[0-9]{1,6}:/.test(lower.slice(ind, ind + 10))) {
      if (expandAt === -1) expandAt = i;
      if (expandEntries.length < MAX_ENTRIES) expandEntries.push(...splitEntries(doc.line(i).trim()));
      continue;
    }
    const attrAt = lower.indexOf(ATTR);
    if (attrAt === -1) continue;
    // A command line: Get-ADUser jdoe -Properties msDS-KeyCredentialLink | Select -ExpandProperty …
    if (lower.indexOf('get-aduser') !== -1) {
      flushExpand();
      const sel = lower.indexOf('select');
      if (sel !== -1 && lower.indexOf('-exp', sel) !== -1) {
        expandAt = i;
        expandUser = userFromCommand(doc.line(i));
      }
      continue;
    }
    flushExpand();
    const line = doc.line(i);
    let k = attrAt + ATTR.length;
    while (k < line.length && (line[k] === ' ' || line[k] === '\t')) k++;
    if (line[k] !== ':') continue;
    let value = line.slice(k + 1).trim();
    if (value.startsWith('{')) {
      // Collect wrapped continuation lines until the closing brace.
      let j = i;
      while (!value.includes('}') && j + 1 < n && j - i < 200) {
        const next = doc.line(j + 1);
        if (next.trim().length === 0 || (indentOf(next) === 0 && splitKeyValue(next, 40)?.spaced)) break;
        j++;
        value += ` ${next.trim()}`;
        if (value.length > 100_000) break;
      }
      const close = value.lastIndexOf('}');
      const inner = value.slice(1, close === -1 ? undefined : close).trim();
      const truncated = inner.endsWith('...') || close === -1;
      const entries = inner.length === 0 ? [] : splitEntries(inner);
      if (entries.length === 0 && inner.replace(/[.\s]/g, '').length > 0) entries.push(inner.slice(0, 400));
      const user = userNear(doc, i) ?? (entries[0] ? userFromEntry(entries[0]) : undefined);
      out.push({ at: i, finding: finding(user, entries, truncated && inner.length > 3) });
      skipUntil = j + 1;
      last = j;
      continue;
    }
    // LDP / ADSI Edit: "msDS-KeyCredentialLink: B:828:...; B:828:..."
    const entries = value.length === 0 ? [] : splitEntries(value);
    if (entries.length === 0 && value.length > 0 && value !== '<not set>') continue;
    const user = userNear(doc, i) ?? (entries[0] ? userFromEntry(entries[0]) : undefined);
    out.push({ at: i, finding: finding(user, entries, false) });
  }
  flushExpand();
  return out;
}

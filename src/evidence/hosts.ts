import { stripWrapping } from './text.ts';

/**
 * Host names for the ConfigureWebSignInAllowedUrls policy (a ';'-separated list of host names).
 */

function isLabelChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}

/**
 * true for a plain DNS host name: RFC 1123 labels (letters, digits, '-', 1–63 chars, no leading or
 * trailing '-'), at least one dot, at most 253 characters, a top-level label that isn't all digits.
 * No scheme, path, port, wildcard or trailing dot.
 */
export function isValidHostName(s: string): boolean {
  if (typeof s !== 'string' || s.length === 0 || s.length > 253) return false;
  let labelStart = 0;
  let dots = 0;
  let allDigits = true;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 46;
    if (c === 46) {
      const len = i - labelStart;
      if (len < 1 || len > 63) return false;
      if (s.charCodeAt(labelStart) === 45 || s.charCodeAt(i - 1) === 45) return false;
      if (i < s.length) {
        dots++;
        allDigits = true;
      }
      labelStart = i + 1;
      continue;
    }
    if (!isLabelChar(c)) return false;
    if (c < 48 || c > 57) allDigits = false;
  }
  return dots >= 1 && !allDigits;
}

/**
 * The host part of a URL or host-like token: drops scheme, user info, path, query, fragment and
 * port, and lowercases. Returns '' when nothing is left.
 */
export function hostFromUrl(token: string): string {
  let s = token.trim();
  const scheme = s.indexOf('://');
  if (scheme !== -1 && scheme < 12) s = s.slice(scheme + 3);
  let end = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // / ? # whitespace quotes < > ) ] , ;
    if (c === 47 || c === 63 || c === 35 || c <= 32 || c === 34 || c === 39 || c === 60 || c === 62 || c === 41 || c === 93 || c === 44 || c === 59 || c === 92) {
      end = i;
      break;
    }
  }
  s = s.slice(0, end);
  const at = s.lastIndexOf('@');
  if (at !== -1) s = s.slice(at + 1);
  const colon = s.indexOf(':');
  if (colon !== -1) {
    const port = s.slice(colon + 1);
    if (/^[0-9]{0,5}$/.test(port)) s = s.slice(0, colon);
  }
  return s.toLowerCase();
}

/**
 * Parse a list of hosts or URLs separated by ';', ',', spaces or new lines. Hosts are lowercased
 * and deduplicated; tokens that aren't valid host names are returned in `invalid` as typed.
 */
export function parseHostList(text: string): { hosts: string[]; invalid: string[] } {
  const hosts: string[] = [];
  const invalid: string[] = [];
  if (typeof text !== 'string') return { hosts, invalid };
  const seenHosts = new Set<string>();
  const seenInvalid = new Set<string>();
  const tokens = text.split(/[;,\s]+/);
  for (const raw of tokens) {
    const token = stripWrapping(raw);
    if (token.length === 0) continue;
    let host = hostFromUrl(token);
    if (host.endsWith('.') && host.length > 1) host = host.slice(0, -1);
    if (isValidHostName(host)) {
      if (!seenHosts.has(host)) {
        seenHosts.add(host);
        hosts.push(host);
      }
    } else if (!seenInvalid.has(token)) {
      seenInvalid.add(token);
      invalid.push(token);
    }
  }
  return { hosts, invalid };
}

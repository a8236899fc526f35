/**
 * KDC_ERR_CLIENT_NAME_MISMATCH (Kerberos error 75, 0x4B) in network trace text.
 * The bare number only counts on a line that also talks about Kerberos and an error code.
 */
import type { Doc, Located } from './text.ts';
import type { Finding } from './types.ts';

/** KDC_ERR_CLIENT_NAME_MISMATCH, KRB5KDC_ERR_CLIENT_NAME_MISMATCH, Wireshark's eRR-CLIENT-NAME-MISMATCH. */
const NAMES = ['client_name_mismatch', 'client-name-mismatch'];

function countNames(l: string): number {
  let n = 0;
  for (const name of NAMES) {
    let at = l.indexOf(name);
    while (at !== -1) {
      n++;
      at = l.indexOf(name, at + name.length);
    }
  }
  return n;
}

// "error 75", "error-code: 0x4b", "ErrorCode = 75", "status 0x0000004B"; bounded, no nested quantifiers.
const CODE = /(?:error|err|status)(?:[ _-]?code)?[^0-9a-z\n]{0,4}(?:0x0{0,6}4b|75)(?![0-9a-z.])/;

/** A bare error code counts when Kerberos is named on its line or up to this many lines above. */
const CONTEXT_LINES = 5;

function hasKerberosContext(lower: string): boolean {
  return lower.indexOf('krb') !== -1 || lower.indexOf('kerberos') !== -1 || lower.indexOf('kdc') !== -1;
}

export function analyzeKdcNameMismatch(doc: Doc): Located<Finding<'kdc-name-mismatch'>>[] {
  const lower = doc.lower;
  const hasName = NAMES.some((name) => lower.indexOf(name) !== -1);
  if (!hasName && lower.indexOf('krb') === -1 && lower.indexOf('kerberos') === -1 && lower.indexOf('kdc') === -1) return [];
  let byName = 0;
  let byCode = 0;
  let first = -1;
  let lastKerberos = -1;
  for (let i = 0; i < doc.lowerLines.length; i++) {
    const l = doc.lowerLines[i]!;
    const named = hasName ? countNames(l) : 0;
    if (named > 0) {
      if (first === -1) first = i;
      byName += named;
      continue;
    }
    const kerberosHere = hasKerberosContext(l);
    if (kerberosHere) lastKerberos = i;
    if ((l.indexOf('75') !== -1 || l.indexOf('4b') !== -1) && lastKerberos !== -1 && i - lastKerberos <= CONTEXT_LINES && CODE.test(l)) {
      if (first === -1) first = i;
      byCode++;
    }
  }
  const occurrences = byName + byCode;
  if (occurrences === 0) return [];
  const via = byName > 0 ? 'name' : 'code';
  const summary =
    via === 'name'
      ? `KDC_ERR_CLIENT_NAME_MISMATCH seen ${occurrences === 1 ? 'once' : `${occurrences} times`} in the trace`
      : `Kerberos error 75 (KDC_ERR_CLIENT_NAME_MISMATCH) seen ${occurrences === 1 ? 'once' : `${occurrences} times`} in the trace`;
  return [
    {
      at: first,
      finding: {
        kind: 'kdc-name-mismatch',
        summary,
        facts: { occurrences, via },
        rows: [
          { label: 'Kerberos error', value: 'KDC_ERR_CLIENT_NAME_MISMATCH (75, 0x4B)', mark: 'fail' },
          { label: 'Occurrences', value: String(occurrences), mark: 'info' },
          { label: 'Recognised by', value: via === 'name' ? 'error name' : 'error code', mark: 'info' },
        ],
        suggests: ['ws2019-key-trust-name-mismatch'],
      },
    },
  ];
}

/**
 * KDC_ERR_CLIENT_NAME_MISMATCH (Kerberos error 75, 0x4B) in network trace text.
 * The bare number only counts on a line that also talks about Kerberos and an error code.
 */
import type { Doc, Located } from './text.ts';
import type { Finding } from './types.ts';

const NAME = 'kdc_err_client_name_mismatch';

// "error 75", "error-code: 0x4b", "ErrorCode = 75", "status 0x0000004B"; bounded, no nested quantifiers.
const CODE = /(?:error|err|status)(?:[ _-]?code)?[^0-9a-z\n]{0,4}(?:0x0{0,6}4b|75)(?![0-9a-z.])/;

function hasKerberosContext(lower: string): boolean {
  return lower.indexOf('krb') !== -1 || lower.indexOf('kerberos') !== -1 || lower.indexOf('kdc') !== -1;
}

export function analyzeKdcNameMismatch(doc: Doc): Located<Finding<'kdc-name-mismatch'>>[] {
  const lower = doc.lower;
  const hasName = lower.indexOf(NAME) !== -1;
  if (!hasName && lower.indexOf('krb') === -1 && lower.indexOf('kerberos') === -1 && lower.indexOf('kdc') === -1) return [];
  let byName = 0;
  let byCode = 0;
  let first = -1;
  for (let i = 0; i < doc.lowerLines.length; i++) {
    const l = doc.lowerLines[i]!;
    let at = hasName ? l.indexOf(NAME) : -1;
    if (at !== -1) {
      if (first === -1) first = i;
      while (at !== -1) {
        byName++;
        at = l.indexOf(NAME, at + NAME.length);
      }
      continue;
    }
    if ((l.indexOf('75') !== -1 || l.indexOf('4b') !== -1) && hasKerberosContext(l) && CODE.test(l)) {
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

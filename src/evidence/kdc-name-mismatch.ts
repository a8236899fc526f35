/**
 * KDC_ERR_CLIENT_NAME_MISMATCH (Kerberos error 75, 0x4B) in network trace text.
 * The bare number (75 or 0x4B) only counts as an error code with Kerberos named on its line or just above.
 */
import { linesWith, mergeLines, type Doc, type Located } from './text.ts';
import type { Finding } from './types.ts';
import { say } from './say.ts';




// "error 75", "error-code: 0x4b", "ErrorCode = 75", "status 0x0000004B"; bounded, no nested quantifiers.
const CODE = /(?:error|err|status)(?:[ _-]?code)?[^0-9a-z\n]{0,4}(?:0x0{0,6}4b|75)(?![0-9a-z.])/;

/** A bare error code counts when Kerberos is named on its line or up to this many lines above. */
const CONTEXT_LINES = 5;

function hasKerberosContext(lower: string): boolean {
  return lower.indexOf('krb') !== -1 || lower.indexOf('kerberos') !== -1 || lower.indexOf('kdc') !== -1;
}

export function analyzeKdcNameMismatch(doc: Doc): Located<Finding<'kdc-name-mismatch'>>[] {
  const lower = doc.lower;
  let byName = 0;
  let byCode = 0;
  let first = -1;
  const named = new Set<number>();
  // KDC_ERR_CLIENT_NAME_MISMATCH / KRB5KDC_ERR_CLIENT_NAME_MISMATCH: one pass for "_mismatch"
  // (a needle opening with a rare character is cheap to search for).
  let at = lower.indexOf('_mismatch');
  while (at !== -1) {
    if (lower.startsWith('client_name', at - 11)) {
      byName++;
      const line = doc.lineAt(at);
      named.add(line);
      if (first === -1 || line < first) first = line;
    }
    at = lower.indexOf('_mismatch', at + 9);
  }
  // Bare codes: lines with 75 / 4b that read as an error code, with Kerberos named nearby.
  const context = new Int8Array(doc.count); // 0 unknown, 1 yes, -1 no
  const kerberosAt = (i: number): boolean => {
    if (context[i] === 0) context[i] = hasKerberosContext(doc.lowerLine(i)) ? 1 : -1;
    return context[i] === 1;
  };
  for (const i of mergeLines(linesWith(doc, '75'), linesWith(doc, '4b'))) {
    const l = doc.lowerLine(i);
    if (named.has(i)) continue;
    // Wireshark: "error-code: eRR-CLIENT-NAME-MISMATCH (75)"
    if (l.indexOf('client-name-mismatch') !== -1) {
      byName++;
      if (first === -1 || i < first) first = i;
      continue;
    }
    if ((l.indexOf('err') === -1 && l.indexOf('status') === -1) || !CODE.test(l)) continue;
    let near = false;
    for (let j = i; j >= 0 && i - j <= CONTEXT_LINES && !near; j--) near = kerberosAt(j);
    if (!near) continue;
    byCode++;
    if (first === -1 || i < first) first = i;
  }
  const occurrences = byName + byCode;
  if (occurrences === 0) return [];
  const via = byName > 0 ? 'name' : 'code';
  const summary =
    via === 'name'
      ? say('kdcNameMismatch.byName', { seen: occurrences === 1 ? say('kdcNameMismatch.once') : say('kdcNameMismatch.times', { count: occurrences }) })
      : say('kdcNameMismatch.byCode', { seen: occurrences === 1 ? say('kdcNameMismatch.once') : say('kdcNameMismatch.times', { count: occurrences }) });
  return [
    {
      at: first,
      finding: {
        kind: 'kdc-name-mismatch',
        summary,
        facts: { occurrences, via },
        rows: [
          { label: say('kdcNameMismatch.rowError'), value: 'KDC_ERR_CLIENT_NAME_MISMATCH (75, 0x4B)', mark: 'fail' },
          { label: say('kdcNameMismatch.rowOccurrences'), value: String(occurrences), mark: 'info' },
          { label: say('kdcNameMismatch.rowRecognised'), value: say(via === 'name' ? 'kdcNameMismatch.viaName' : 'kdcNameMismatch.viaCode'), mark: 'info' },
        ],
      },
    },
  ];
}

import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import traceName from './fixtures/kdc-trace-name.txt?raw';
import traceCode from './fixtures/kdc-trace-code.txt?raw';

function mismatch(text: string): Finding<'kdc-name-mismatch'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'kdc-name-mismatch'> => f.kind === 'kdc-name-mismatch');
}

describe('KDC_ERR_CLIENT_NAME_MISMATCH', () => {
  it('counts the error by name in a trace summary and detail', () => {
    const found = mismatch(traceName);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual({ occurrences: 3, via: 'name' });
  });

  it('recognises error 75 / 0x4B by code next to Kerberos context', () => {
    expect(mismatch(traceCode)[0]!.facts).toEqual({ occurrences: 3, via: 'code' });
    expect(mismatch('Kerberos error 75')[0]!.facts).toEqual({ occurrences: 1, via: 'code' });
    expect(mismatch('KRB5 KRB-ERROR error-code: 0x0000004B')[0]!.facts.via).toBe('code');
  });

  it('accepts the name in any spelling', () => {
    expect(mismatch('krb5kdc_err_client_name_mismatch')[0]!.facts.occurrences).toBe(1);
    expect(mismatch('error-code: eRR-CLIENT-NAME-MISMATCH (75)')[0]!.facts).toEqual({ occurrences: 1, via: 'name' });
  });

  it('does not fire on arbitrary 75s', () => {
    expect(mismatch('Processed 75 items, error count 0')).toEqual([]);
    expect(mismatch('Kerberos tickets: 75')).toEqual([]);
    expect(mismatch('error 75 while copying files')).toEqual([]);
    expect(mismatch('Kerberos error 750')).toEqual([]);
    expect(mismatch('Kerberos error 75.5')).toEqual([]);
    expect(mismatch('KRB error 0x4BAD')).toEqual([]);
    expect(mismatch('susec: 75\nKerberos')).toEqual([]);
  });
});

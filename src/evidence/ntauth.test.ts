import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeEvidence } from './index.ts';
import { thumbprintOf } from './ntauth.ts';
import type { Finding } from './types.ts';
import certutilStore from './fixtures/ntauth-certutil-store.txt?raw';
import certutilViewstore from './fixtures/ntauth-certutil-viewstore.txt?raw';
import regQuery from './fixtures/ntauth-reg-query.txt?raw';
import getChildItem from './fixtures/ntauth-get-childitem.txt?raw';

function ntauth(text: string): Finding<'ntauth'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'ntauth'> => f.kind === 'ntauth');
}

const ROOT = '4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F7E6D5C4B3A';
const ISSUING = 'A1B2C3D4E5F60718293A4B5C6D7E8F9011223344';

describe('NTAuth: certutil listings', () => {
  it('reads each CA of `certutil -enterprise -store NTAuth` with subject and thumbprint', () => {
    const [f, ...rest] = ntauth(certutilStore);
    expect(rest).toEqual([]);
    expect(f!.facts.source).toBe('certutil');
    expect(f!.facts.cas).toEqual([
      {
        serial: '1e4a7f2c9b3d5e6f4a1b2c3d4e5f6071',
        issuer: 'CN=Contoso Root CA, DC=contoso, DC=com',
        notBefore: '3/14/2021 10:02 AM',
        notAfter: '3/14/2036 10:12 AM',
        subject: 'CN=Contoso Root CA, DC=contoso, DC=com',
        thumbprint: ROOT,
      },
      {
        serial: '610f3b8e000000000004',
        issuer: 'CN=Contoso Root CA, DC=contoso, DC=com',
        notBefore: '3/15/2021 9:41 AM',
        notAfter: '3/15/2031 9:51 AM',
        subject: 'CN=Contoso Issuing CA 1, DC=contoso, DC=com',
        thumbprint: ISSUING,
      },
    ]);
    expect(f!.summary).toBe('certutil NTAuth listing: 2 CA certificates');
    expect(f!.rows.map((r) => r.value)).toEqual([`CN=Contoso Root CA, DC=contoso, DC=com, thumbprint ${ROOT}`, `CN=Contoso Issuing CA 1, DC=contoso, DC=com, thumbprint ${ISSUING}`]);
    expect(f).not.toHaveProperty('suggests'); // facts only: no flow ids
  });

  it('reads the -viewstore command line and a thumbprint printed in pairs', () => {
    const [f] = ntauth(certutilViewstore);
    expect(f!.facts.cas).toHaveLength(1);
    expect(f!.facts.cas[0]).toMatchObject({ subject: 'CN=Fabrikam Enterprise CA, O=Fabrikam, C=US', thumbprint: '9E8D7C6B5A4938271605F4E3D2C1B0A998877665' });
  });

  it('reads `certutil -enterprise -viewstore NTAuth` too', () => {
    const text = certutilViewstore.replace('certutil -viewstore -enterprise NTAuth', 'certutil -enterprise -viewstore NTAuth');
    expect(ntauth(text)[0]!.facts.cas).toHaveLength(1);
  });

  it('says an empty store is empty', () => {
    const [f] = ntauth('C:\\>certutil -enterprise -store NTAuth\nNTAuth "NTAuth"\nCertUtil: -store command completed successfully.\n');
    expect(f!.facts).toEqual({ source: 'certutil', cas: [] });
    expect(f!.rows[0]).toMatchObject({ mark: 'warn' });
  });

  it('reads each of two listings in one paste once', () => {
    const found = ntauth(`${certutilStore}\n${certutilViewstore}`);
    expect(found.map((f) => f.facts.cas.length)).toEqual([2, 1]);
    const noClosingLine = `${certutilStore.replace(/CertUtil: .*\n/, '')}${certutilViewstore.split('\n').slice(1).join('\n')}`;
    expect(ntauth(noClosingLine).map((f) => f.facts.cas.length)).toEqual([2, 1]);
    expect(ntauth('C:\\>certutil -enterprise -store NTAuth\nNTAuth "NTAuth"\nCertUtil: -store command completed successfully.\n')).toHaveLength(1);
  });

  it('does not take another store for NTAuth', () => {
    expect(ntauth(certutilStore.replace(/NTAuth/g, 'Root'))).toEqual([]);
  });

  it('survives CRLF and a listing cut short', () => {
    expect(ntauth(certutilStore.replace(/\n/g, '\r\n'))[0]!.facts.cas).toHaveLength(2);
    const cut = certutilStore.slice(0, certutilStore.indexOf('Cert Hash(sha1): a1b2'));
    const cas = ntauth(cut)[0]!.facts.cas;
    expect(cas).toHaveLength(2);
    expect(cas[1]!.thumbprint).toBeUndefined();
  });
});

describe('NTAuth: the registry listing', () => {
  it('reads thumbprint subkeys from reg query', () => {
    const [f] = ntauth(regQuery);
    expect(f!.facts).toEqual({ source: 'registry', cas: [{ thumbprint: ROOT }, { thumbprint: ISSUING }] });
    expect(f!.summary).toBe('NTAuth registry listing: 2 CA certificates');
  });

  it('reads a regedit export', () => {
    const text = `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates]\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\${ROOT}]\n"Blob"=hex:03,00,00,00\n`;
    expect(ntauth(text)[0]!.facts.cas).toEqual([{ thumbprint: ROOT }]);
  });

  it('reads Get-ChildItem rows, also when PowerShell wrapped the Name column', () => {
    expect(ntauth(getChildItem)[0]!.facts.cas).toEqual([{ thumbprint: ROOT }]);
    const unwrapped = getChildItem.replace('4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F Blob : {3, 0, 0, 0...}\n7E6D5C4B3A', `${ROOT} Blob : {3, 0, 0, 0...}\n${ISSUING} Blob : {3, 0, 0, 0...}`);
    expect(ntauth(unwrapped)[0]!.facts.cas).toEqual([{ thumbprint: ROOT }, { thumbprint: ISSUING }]);
  });

  it('reads an empty key as no CAs, and ignores the command typed', () => {
    expect(ntauth('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\n')[0]!.facts.cas).toEqual([]);
    expect(ntauth('reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates')).toEqual([]);
  });

  it('reads two machines pasted one after the other as two listings (each command starts one)', () => {
    const device = `C:\\>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\${ROOT}\n`;
    const both = ntauth(`${regQuery}\n${device}`);
    expect(both.map((f) => f.facts.cas.map((c) => c.thumbprint))).toEqual([[ROOT, ISSUING], [ROOT]]);
    const ps = ntauth(`${getChildItem}\n${getChildItem}`);
    expect(ps).toHaveLength(2);
  });

  it('ignores a subkey that is not a thumbprint', () => {
    expect(ntauth('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\ABC123\n')[0]!.facts.cas).toEqual([]);
  });
});

describe('thumbprintOf', () => {
  it.each([
    ['4f0c2a9d8e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a', ROOT],
    ['4f 0c 2a 9d 8e 7b 6c 5a 4f 3e 2d 1c 0b 9a 8f 7e 6d 5c 4b 3a', ROOT],
    ['4f0c', undefined],
    [`${ROOT}00`, undefined],
    ['zz0c2a9d8e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a', undefined],
  ])('%s → %s', (input, out) => {
    expect(thumbprintOf(input)).toBe(out);
  });
});

describe('NTAuth: property', () => {
  it('any number of machines pasted one after the other, each its own reg query: one listing each, its thumbprints in order', () => {
    const thumb = fc.array(fc.constantFrom(...'0123456789ABCDEF'.split('')), { minLength: 40, maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(fc.array(thumb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (machines) => {
        const text = machines
          .map((ts, i) => [`C:\\Users\\u${i}>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates`, '', ...ts.map((t) => `HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\${t}`), ''].join('\n'))
          .join('\n');
        const got = ntauth(text).map((f) => f.facts.cas.map((c) => c.thumbprint));
        expect(got).toEqual(machines.map((ts) => [...new Set(ts)]));
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hostFromUrl, isValidHostName, parseHostList } from './hosts.ts';

describe('isValidHostName', () => {
  it.each(['signin.contoso.com', 'fs.contoso.com', 'login.microsoftonline.us', 'a-b.c0.example', 'xn--bcher-kva.example'])('accepts %s', (h) => {
    expect(isValidHostName(h)).toBe(true);
  });

  it.each([
    '',
    'contoso',
    'https://fs.contoso.com',
    'fs.contoso.com/adfs',
    'fs.contoso.com:443',
    '*.contoso.com',
    '-fs.contoso.com',
    'fs-.contoso.com',
    'fs..contoso.com',
    'fs.contoso.com.',
    '10.0.0.1',
    'fs_contoso.com',
    `${'a'.repeat(64)}.com`,
    `${'a.'.repeat(127)}com`,
  ])('rejects %j', (h) => {
    expect(isValidHostName(h)).toBe(false);
  });
});

describe('hostFromUrl', () => {
  it('keeps just the host', () => {
    expect(hostFromUrl('https://User@FS.Contoso.com:443/adfs/ls/?a=b#c')).toBe('fs.contoso.com');
    expect(hostFromUrl('fs.contoso.com/adfs')).toBe('fs.contoso.com');
  });
});

describe('parseHostList', () => {
  it('accepts URLs and bare hosts separated by ; , spaces or new lines', () => {
    expect(parseHostList('signin.contoso.com;fs.contoso.com')).toEqual({ hosts: ['signin.contoso.com', 'fs.contoso.com'], invalid: [] });
    expect(parseHostList('https://FS.contoso.com/adfs/ls, login.microsoftonline.us\n  signin.contoso.com ; fs.contoso.com')).toEqual({
      hosts: ['fs.contoso.com', 'login.microsoftonline.us', 'signin.contoso.com'],
      invalid: [],
    });
  });

  it('reports what is not a host name', () => {
    expect(parseHostList('*.contoso.com; intranet; "fs.contoso.com"')).toEqual({ hosts: ['fs.contoso.com'], invalid: ['*.contoso.com', 'intranet'] });
  });

  it('never throws and only returns valid, lowercase, unique hosts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), (s) => {
        const { hosts, invalid } = parseHostList(s);
        expect(new Set(hosts).size).toBe(hosts.length);
        for (const h of hosts) {
          expect(isValidHostName(h)).toBe(true);
          expect(h).toBe(h.toLowerCase());
        }
        expect(Array.isArray(invalid)).toBe(true);
      }),
      { numRuns: 10000 },
    );
  });

  it('round-trips a policy value built from its own output', () => {
    fc.assert(
      fc.property(fc.array(fc.domain(), { maxLength: 6 }), (domains) => {
        const valid = domains.filter(isValidHostName);
        const { hosts } = parseHostList(valid.join(';'));
        expect(parseHostList(hosts.join(';')).hosts).toEqual(hosts);
      }),
      { numRuns: 2000 },
    );
  });
});

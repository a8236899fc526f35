/**
 * Property and adversarial tests: no analyzer throws, every finding is well formed, web-console
 * mangling changes nothing, and pathological inputs return (a quadratic scan would time out).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeEvidence, ANALYZERS, MAX_FINDINGS_PER_KIND } from './index.ts';
import { prepare } from './text.ts';
import { FINDING_KINDS, type AnyFinding } from './types.ts';
import { findingProblems } from './fixtures/well-formed.ts';

const FIXTURES = import.meta.glob('./fixtures/*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const FIXTURE_TEXTS = Object.values(FIXTURES);
const FIXTURE_LINES = [...new Set(FIXTURE_TEXTS.flatMap((t) => t.split('\n')))].filter((l) => l.length > 0);

const NUM_RUNS = 10_000;

/** Pieces of every format, plus characters that have broken parsers before. */
const SPECIAL = [
  '&amp;',
  '&lt;',
  '&gt;',
  '&#39;',
  '&nbsp;',
  '&#x2019;',
  '&',
  '<br>',
  '\u2019',
  '\u201c',
  '\u00a0',
  '\t',
  '\r',
  '\r\n',
  '\u0000',
  '\ud800',
  '\u0130',
  '\ufeff',
  '|',
  '+',
  ' : ',
  ': ',
  ':',
  '{',
  '}',
  '(',
  ')',
  "'",
  '...',
  '0',
  '75',
  '0x4B',
  '10.0.',
  '17763',
  '14393',
  '.1613',
  '10.0 (17763)',
  'B:828:',
  'CN=',
  'DC=',
  'dns=',
  'DNS Name=',
  'REG_DWORD',
  '0x64d',
  'HKEY_LOCAL_MACHINE',
  'Major  Minor  Build  Revision',
  'Event ID: ',
  'Log Name: ',
  'Source: ',
  'Description:',
  '| Device State |',
  '| Ngc Prerequisite Check |',
  'AzureAdJoined : ',
  'msDS-KeyCredentialLink : ',
  'Get-ADUser x | Select -Expand msDS-KeyCredentialLink',
  'Windows Hello for Business provisioning will not be launched.',
  'Windows Hello for Business provisioning will be launched.',
  'Automatic registration failed at join phase.',
  'Encountered error during OAuth token request.',
  'The Kerberos client received a KDC certificate that does not have a matched domain name.',
  "the client '",
  "with scope '",
  "We can't open that page right now",
  'https://',
  'KDC_ERR_CLIENT_NAME_MISMATCH',
  'Kerberos error ',
  'Enhanced Key Usage',
  '(1.3.6.1.5.2.3.5)',
  'That option is temporarily unavailable',
  '0x801C03ED',
  '801c03ed',
  '-2145647635',
  '2149319661',
  '0xc00000bb',
  '-',
  'NTAuth "NTAuth"',
  '================ Certificate 0 ================',
  'Cert Hash(sha1): ',
  'CertUtil: -store command completed successfully.',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\',
  'Hive: ',
  'CloudKeyVersion    : ',
  'KeyVersion         : ',
  'Id                 : ',
  'AzureAdPrtUpdateTime : 2024-05-14 00:12:40.000 UTC',
  'Client Time : ',
  'OnPremTGT : ',
];

const SEPARATORS = ['\n', '\r\n', ' ', '', '\t', '\u00a0', '&nbsp;', ' : ', ': ', ', ', ';'];

const junk = fc.string({ unit: 'binary', maxLength: 160 });
const soup = fc
  .array(fc.tuple(fc.constantFrom(...SPECIAL, ...FIXTURE_LINES), fc.constantFrom(...SEPARATORS)), { maxLength: 24 })
  .map((parts) => parts.map(([p, sep]) => p + sep).join(''));
const lineMix = fc.array(fc.oneof(fc.constantFrom(...FIXTURE_LINES), fc.string({ maxLength: 30 })), { maxLength: 30 }).map((ls) => ls.join('\n'));
const anyPaste = fc.oneof(junk, soup, lineMix, fc.string({ unit: 'grapheme', maxLength: 80 }));

function expectWellFormed(findings: AnyFinding[]): void {
  expect(Array.isArray(findings)).toBe(true);
  for (const f of findings) {
    const problems = findingProblems(f);
    if (problems.length > 0) throw new Error(`${f.kind}: ${problems.join('; ')}\n${JSON.stringify(f).slice(0, 500)}`);
  }
}

describe('every analyzer on generated input', () => {
  for (const kind of FINDING_KINDS) {
    it(`${kind}: never throws, findings well formed (${NUM_RUNS} runs)`, () => {
      fc.assert(
        fc.property(anyPaste, (text) => {
          const found = ANALYZERS[kind](prepare(text));
          for (const { finding } of found) expect(finding.kind).toBe(kind);
          expectWellFormed(found.map((l) => l.finding));
        }),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it(`analyzeEvidence never throws (${NUM_RUNS} runs)`, () => {
    fc.assert(
      fc.property(anyPaste, (text) => {
        expectWellFormed(analyzeEvidence(text));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('fixtures cut at random positions', () => {
  it('never throw and still give well-formed findings', () => {
    for (const text of FIXTURE_TEXTS) {
      fc.assert(
        fc.property(fc.nat(text.length), fc.nat(text.length), (a, b) => {
          expectWellFormed(analyzeEvidence(text.slice(Math.min(a, b), Math.max(a, b))));
          expectWellFormed(analyzeEvidence(text.slice(0, a)));
        }),
        { numRuns: 400 },
      );
    }
  });
});

/** Mangling a web console does, which normalisation must undo completely. */
function mangle(text: string, choices: { crlf: boolean; nbspEvery: number; entities: boolean; curly: boolean }): string {
  let t = text;
  if (choices.entities) t = t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  if (choices.curly) t = t.replace(/'/g, '\u2019');
  else if (choices.entities) t = t.replace(/'/g, '&#39;');
  if (choices.nbspEvery > 0) {
    let n = 0;
    t = t.replace(/ /g, () => (++n % choices.nbspEvery === 0 ? (choices.entities ? '&nbsp;' : '\u00a0') : ' '));
  }
  if (choices.crlf) t = t.replace(/\n/g, '\r\n');
  return t;
}

describe('web-console mangling', () => {
  it('gives the same findings as the clean fixture', () => {
    const choices = fc.record({ crlf: fc.boolean(), nbspEvery: fc.integer({ min: 0, max: 4 }), entities: fc.boolean(), curly: fc.boolean() });
    for (const text of FIXTURE_TEXTS) {
      const clean = analyzeEvidence(text);
      expect(clean.length).toBeGreaterThan(0);
      fc.assert(
        fc.property(choices, (c) => {
          expect(analyzeEvidence(mangle(text, c))).toEqual(clean);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('every fixture is recognised as something', () => {
    for (const [name, text] of Object.entries(FIXTURES)) {
      expect(analyzeEvidence(text).length, name).toBeGreaterThan(0);
    }
  });
});

describe('adversarial inputs return', () => {
  const cases: [string, string][] = [
    ['one long line of a', 'a'.repeat(200_000)],
    ['0. repeated', '0.'.repeat(100_000)],
    ['" : " repeated', ' : '.repeat(100_000)],
    ['empty lines', '\n'.repeat(200_000)],
    ['spaces then newline', `${' '.repeat(100_000)}\n`.repeat(3)],
    ['digits', '1'.repeat(200_000)],
    ['build-like runs', '17763.'.repeat(40_000)],
    ['10.0 ( repeated', '10.0 ('.repeat(40_000)],
    ['many builds', 'DC1 17763.1613\n'.repeat(30_000)],
    ['pipes', '|'.repeat(200_000)],
    ['framed headers', '| Device State |\n'.repeat(20_000)],
    ['dsregcmd keys', 'AzureAdJoined : YES\n'.repeat(30_000)],
    ['event headers', 'Log Name: x\nEvent ID: 362\n'.repeat(20_000)],
    ['event anchors', 'Windows Hello for Business provisioning will not be launched.\n'.repeat(20_000)],
    ['checks on one line', 'Device is AAD joined: Yes '.repeat(20_000)],
    ['key credential values', `msDS-KeyCredentialLink : {${'B:828:00, '.repeat(30_000)}`],
    ['key credential lines', 'B:828:0002000020000171D5E8\n'.repeat(30_000)],
    ['commas and spaces', `B:1:${' ,'.repeat(100_000)}x`],
    ['parentheses', '(1.'.repeat(60_000)],
    ['open parens', '('.repeat(200_000)],
    ['dns markers', 'dns='.repeat(50_000)],
    ['RDNs', 'CN=DC1,DC=ad,'.repeat(15_000)],
    ['subjects', 'Subject:\n'.repeat(30_000)],
    ['entities', '&amp;'.repeat(40_000)],
    ['broken entities', '&#'.repeat(100_000)],
    ['urls', `We can't open that page right now ${'https://a.b '.repeat(20_000)}`],
    ['kerberos codes', 'Kerberos error 75\n'.repeat(30_000)],
    ['kerberos words', 'kerberos krb kdc error '.repeat(10_000)],
    ['quotes', "'".repeat(200_000)],
    ['msis', 'msis9368 '.repeat(20_000)],
    ['adfs triggers', "MSIS9368 the client '".repeat(5_000)],
    ['brackets', '{'.repeat(200_000)],
    ['colon runs', ':'.repeat(200_000)],
    ['tabs', '\t'.repeat(200_000)],
    ['nbsp', '\u00a0'.repeat(200_000)],
    ['crlf', '\r\n'.repeat(100_000)],
    ['hex codes', '0x801c03ed '.repeat(40_000)],
    ['bare hex codes', '801c03ed\n'.repeat(40_000)],
    ['signed decimals', '-2145647635 '.repeat(30_000)],
    ['hex runs', '8009'.repeat(50_000)],
    ['digit runs with minus', '-1234567890'.repeat(20_000)],
    ['certutil headers', '================ Certificate 0 ================\n'.repeat(20_000)],
    ['ntauth lines', 'NTAuth "NTAuth"\n'.repeat(30_000)],
    ['ntauth registry paths', 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\\n'.repeat(10_000)],
    ['hive headers', 'Hive: HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\n'.repeat(10_000)],
    ['kerberos server keys', 'KeyVersion : 1\nCloudKeyVersion : 2\n'.repeat(20_000)],
    ['binary', Array.from({ length: 100_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join('')],
  ];

  it.each(cases)('%s', (_name, text) => {
    const doc = prepare(text);
    for (const kind of FINDING_KINDS) {
      expect(() => ANALYZERS[kind](doc)).not.toThrow();
    }
    expectWellFormed(analyzeEvidence(text));
  });

  it('a ~2 MB paste of every fixture repeated stays bounded in findings', () => {
    const block = FIXTURE_TEXTS.join('\n\n');
    const text = block.repeat(Math.ceil(2_000_000 / block.length));
    const found = analyzeEvidence(text);
    expectWellFormed(found);
    const perKind = new Map<string, number>();
    for (const f of found) perKind.set(f.kind, (perKind.get(f.kind) ?? 0) + 1);
    for (const n of perKind.values()) expect(n).toBeLessThanOrEqual(MAX_FINDINGS_PER_KIND);
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
  });
});

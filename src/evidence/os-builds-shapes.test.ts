/**
 * Domain controller builds in the shapes PowerShell and cmd print them, read per DC: tables and
 * lists of several DCs (Format-Table / Format-List / Select-Object), Get-ADComputer, systeminfo,
 * reg query loops, winver text. Plus properties: garbage never throws, generated tables read back.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import { readTables } from './table.ts';
import { prepare } from './text.ts';
import type { Finding } from './types.ts';
import formatTable from './fixtures/builds-dcs-format-table.txt?raw';
import formatList from './fixtures/builds-dcs-format-list.txt?raw';
import selectObject from './fixtures/builds-dcs-select-object.txt?raw';
import computerInfoTable from './fixtures/builds-dcs-computerinfo-table.txt?raw';
import adComputer from './fixtures/builds-dcs-get-adcomputer.txt?raw';
import adComputerTable from './fixtures/builds-dcs-get-adcomputer-table.txt?raw';
import systeminfo from './fixtures/builds-dcs-systeminfo.txt?raw';
import systeminfoCsv from './fixtures/builds-dcs-systeminfo-csv.txt?raw';
import regQuery from './fixtures/builds-dcs-reg-query.txt?raw';
import winver from './fixtures/builds-dcs-winver.txt?raw';
import versionTable from './fixtures/builds-dcs-version-table.txt?raw';

function builds(text: string): Finding<'os-builds'> | undefined {
  const found = analyzeEvidence(text).filter((f): f is Finding<'os-builds'> => f.kind === 'os-builds');
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

/** [name, build] per machine (what each build means is the flows' business: tests/flows/build-rules.test.ts). */
function perDc(text: string): [string | undefined, string][] {
  return (builds(text)?.facts.machines ?? []).map((m) => [m.name, m.build]);
}

describe('DC builds, several DCs per paste, in the shapes PowerShell and cmd print', () => {
  it('Format-Table of Get-ItemProperty: PSComputerName, ProductName, CurrentBuild, right-aligned UBR', () => {
    expect(perDc(formatTable)).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4046'],
      ['DC3', '17763.1637'],
    ]);
    expect(builds(formatTable)!.facts.machines.map((m) => m.os)).toEqual(['Windows Server 2019', 'Windows Server 2016', 'Windows Server 2019']);
    expect(builds(formatTable)!.facts.machines.every((m) => m.source === 'registry')).toBe(true);
  });

  it('Format-List of Get-ItemProperty for two DCs', () => {
    expect(perDc(formatList)).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4104'],
    ]);
  });

  it('Select-Object inside Invoke-Command (PSComputerName and RunspaceId columns added)', () => {
    expect(perDc(selectObject)).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4104'],
    ]);
  });

  it('Get-ComputerInfo selected as a table: OsBuildNumber and WindowsUBR', () => {
    expect(perDc(computerInfoTable)).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4046'],
    ]);
  });

  it('Get-ADComputer as a list and as a table: OperatingSystemVersion "10.0 (17763)" has no revision', () => {
    const list = builds(adComputer)!;
    expect(list.facts.machines.map((m) => [m.name?.split('.')[0], m.build, m.os])).toEqual([
      ['DC1', '17763', 'Windows Server 2019'],
      ['DC2', '14393', 'Windows Server 2016'],
    ]);
    expect(list.facts.revisionUnknown).toBe(true);
    expect(list.facts.howToReadRevision).toMatch(/UBR/);
    expect(perDc(adComputerTable)).toEqual([
      ['DC1', '17763'],
      ['DC2', '14393'],
      ['DC3', '17763'],
    ]);
  });

  it('systeminfo for several DCs, filtered with findstr and as CSV', () => {
    for (const text of [systeminfo, systeminfoCsv]) {
      const f = builds(text)!;
      expect(f.facts.machines.map((m) => [m.name, m.build, m.os])).toEqual([
        ['DC1', '17763', 'Windows Server 2019'],
        ['DC2', '14393', 'Windows Server 2016'],
      ]);
      expect(f.facts.revisionUnknown).toBe(true);
    }
  });

  it('reg query in a for loop over DCs: UBR for all first, then CurrentBuild for all', () => {
    expect(perDc(regQuery)).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4104'],
    ]);
  });

  it('winver text with the DC name in front', () => {
    expect(perDc(winver)).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4046'],
      ['DC3', '17763.1637'],
    ]);
  });

  it('[Environment]::OSVersion.Version from several DCs: revision 0 is unknown, per DC', () => {
    const f = builds(versionTable)!;
    expect(f.facts.machines.map((m) => [m.name, m.build, m.source])).toEqual([
      ['DC1', '17763', 'version-object'],
      ['DC2', '14393', 'version-object'],
    ]);
    expect(f.facts.revisionUnknown).toBe(true);
  });

  it('a build column holding the whole build, tab- or comma-separated, with a header', () => {
    expect(perDc('DC\tBuild\nDC1\t17763.1613\nDC2\t14393.4104')).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4104'],
    ]);
    expect(perDc('"PSComputerName","CurrentBuild","UBR"\n"DC1","17763","1613"\n"DC2","14393","4104"')).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4104'],
    ]);
  });
});

// ------------------------------------------------------------------ properties

const NAMES = ['DC1', 'DC2', 'dc-03', 'BRANCH-DC7', 'dc9.ad.contoso.com'];
const BUILDS: [number, number][] = [
  [17763, 1613],
  [17763, 1637],
  [17763, 107],
  [17763, 316],
  [14393, 4046],
  [14393, 4104],
  [14393, 2155],
];

/** A Format-Table the way PowerShell pads it: strings left-aligned, numbers right-aligned, one space between columns. */
function formatTableOf(rows: { name: string; build: number; ubr: number }[]): string {
  const cols = [
    { head: 'PSComputerName', right: false, cells: rows.map((r) => r.name) },
    { head: 'CurrentBuild', right: false, cells: rows.map((r) => String(r.build)) },
    { head: 'UBR', right: true, cells: rows.map((r) => String(r.ubr)) },
  ];
  const widths = cols.map((c) => Math.max(c.head.length, ...c.cells.map((x) => x.length)));
  const pad = (s: string, w: number, right: boolean) => (right ? s.padStart(w) : s.padEnd(w));
  const line = (cells: string[]) => cells.map((x, i) => pad(x, widths[i]!, cols[i]!.right)).join(' ').trimEnd();
  return [
    '',
    line(cols.map((c) => c.head)),
    line(cols.map((c) => '-'.repeat(c.head.length))),
    ...rows.map((_, r) => line(cols.map((c) => c.cells[r]!))),
    '',
  ].join('\n');
}

describe('properties', () => {
  it('reads back every generated Format-Table of DCs, per DC', () => {
    const row = fc.record({ name: fc.constantFrom(...NAMES), b: fc.constantFrom(...BUILDS) });
    fc.assert(
      fc.property(fc.uniqueArray(row, { minLength: 1, maxLength: 5, selector: (r) => r.name }), (rows) => {
        const text = formatTableOf(rows.map((r) => ({ name: r.name, build: r.b[0], ubr: r.b[1] })));
        const got = (builds(text)?.facts.machines ?? []).map((m) => [m.name, m.build]);
        expect(got).toEqual(rows.map((r) => [r.name, `${r.b[0]}.${r.b[1]}`]));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on garbage tables, and every cell it returns comes from the text', () => {
    const cell = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('17763', '1613', '10.0 (17763)', '---', '"', ',', '\t', 'UBR', 'CurrentBuild', 'Name', ''));
    const lineOf = fc.array(cell, { maxLength: 6 }).chain((cells) => fc.constantFrom(' ', '  ', '\t', ',', ' | ').map((sep) => cells.join(sep)));
    fc.assert(
      fc.property(fc.array(lineOf, { maxLength: 12 }), (lines) => {
        const text = lines.join('\n');
        const doc = prepare(text);
        const tables = readTables(doc, 0, doc.count);
        for (const t of tables) for (const r of t.rows) for (const c of r.cells) expect(doc.text).toContain(c);
        expect(() => analyzeEvidence(text)).not.toThrow();
      }),
      { numRuns: 1000 },
    );
  });
});

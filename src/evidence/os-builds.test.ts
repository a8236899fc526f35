import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding, MachineBuild } from './types.ts';
import regQuery from './fixtures/builds-reg-query.txt?raw';
import itemProperty from './fixtures/builds-get-itemproperty.txt?raw';
import computerInfo from './fixtures/builds-computerinfo.txt?raw';
import dcTable from './fixtures/builds-dc-table.txt?raw';
import adDcs from './fixtures/builds-ad-dcs.txt?raw';
import systemInfo from './fixtures/builds-systeminfo.txt?raw';
import versionObject from './fixtures/builds-version-object.txt?raw';

function builds(text: string): Finding<'os-builds'> | undefined {
  const found = analyzeEvidence(text).filter((f): f is Finding<'os-builds'> => f.kind === 'os-builds');
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0];
}

function machines(text: string): Pick<MachineBuild, 'name' | 'build' | 'source'>[] {
  return (builds(text)?.facts.machines ?? []).map(({ name, build, source }) => (name === undefined ? { build, source } : { name, build, source }));
}

describe('Windows builds', () => {
  it('reads `ver` output', () => {
    const f = builds('Microsoft Windows [Version 10.0.17763.1613]\n(c) 2018 Microsoft Corporation. All rights reserved.')!;
    expect(f.facts.machines).toHaveLength(1);
    expect(f.facts.machines[0]).toMatchObject({ major: 17763, revision: 1613, build: '17763.1613', os: 'Windows Server 2019', source: 'ver' });
    expect(f.facts.revisionUnknown).toBe(false);
    expect(f.facts.howToReadRevision).toBeUndefined();
    // Facts only: no verdicts and no flow ids (the flows' builds.ts decide what a build means).
    expect(Object.keys(f.facts.machines[0]!).sort()).toEqual(['build', 'major', 'os', 'revision', 'source']);
    expect(f).not.toHaveProperty('suggests');
  });

  it.each([
    ['Version 1809 (OS Build 17763.1613)', '17763.1613'],
    ['OS Build 14393.4046', '14393.4046'],
  ])('reads winver text %j', (text, build) => {
    expect(machines(text)).toEqual([{ build, source: 'winver' }]);
  });

  it('reads reg query CurrentBuild and a hex UBR from two commands against a remote DC', () => {
    const f = builds(regQuery)!;
    expect(f.facts.machines).toEqual([expect.objectContaining({ name: 'DC1', major: 17763, revision: 1613, source: 'registry' })]);
  });

  it('reads Get-ItemProperty of the CurrentVersion key', () => {
    const f = builds(itemProperty)!;
    expect(f.facts.machines).toEqual([expect.objectContaining({ name: 'DC2', build: '14393.4046', os: 'Windows Server 2016', source: 'registry' })]);
  });

  it('reads Get-ComputerInfo, taking the UBR from WindowsUBR and not from WindowsBuildLabEx', () => {
    const f = builds(computerInfo)!;
    expect(f.facts.machines).toEqual([expect.objectContaining({ name: 'DC3', build: '17763.1457', os: 'Windows Server 2019', source: 'computerinfo' })]);
  });

  it('reads a table of DCs in mixed separators: one row per DC with its build, no verdict', () => {
    const f = builds(dcTable)!;
    expect(f.facts.machines.map((m) => [m.name, m.build])).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4046'],
      ['DC3', '17763.1637'],
      ['DC4', '14393.4104'],
      ['dc5.ad.contoso.com', '17763.107'],
    ]);
    expect(f.rows.map((r) => [r.label, r.value.split(' ')[0], r.mark])).toEqual([
      ['DC1', '17763.1613', 'info'],
      ['DC2', '14393.4046', 'info'],
      ['DC3', '17763.1637', 'info'],
      ['DC4', '14393.4104', 'info'],
      ['dc5.ad.contoso.com', '17763.107', 'info'],
    ]);
  });

  it('reads CSV, and says how to read the revision when only "10.0 (17763)" is known', () => {
    const f = builds('Name,OperatingSystem,OperatingSystemVersion\nDC1,Windows Server 2019 Datacenter,10.0 (17763)\n"DC2","Windows Server 2016 Standard","10.0 (14393)"')!;
    expect(machines('Name,OperatingSystemVersion\nDC1,10.0 (17763)')).toEqual([{ name: 'DC1', build: '17763', source: 'table' }]);
    expect(f.facts.machines.map((m) => [m.name, m.build, m.os])).toEqual([
      ['DC1', '17763', 'Windows Server 2019'],
      ['DC2', '14393', 'Windows Server 2016'],
    ]);
    expect(f.facts.revisionUnknown).toBe(true);
    expect(f.facts.howToReadRevision).toMatch(/ver/);
    expect(f.facts.howToReadRevision).toMatch(/UBR/);
    expect(f.facts.howToReadRevision).toMatch(/WindowsUBR/);
  });

  it('reads Get-ADDomainController as a table and as a list', () => {
    expect(machines(adDcs)).toEqual([
      { name: 'DC1', build: '17763', source: 'table' },
      { name: 'DC2', build: '14393', source: 'table' },
    ]);
    const list = 'Name                   : DC1\nOperatingSystem        : Windows Server 2019 Standard\nOperatingSystemVersion : 10.0 (17763)\n\nName                   : DC2\nOperatingSystem        : Windows Server 2016 Standard\nOperatingSystemVersion : 10.0 (14393)';
    expect(machines(list)).toEqual([
      { name: 'DC1', build: '17763', source: 'table' },
      { name: 'DC2', build: '14393', source: 'table' },
    ]);
  });

  it('reads systeminfo and notes it lacks the revision', () => {
    const f = builds(systemInfo)!;
    expect(f.facts.machines).toEqual([expect.objectContaining({ name: 'DC1', build: '17763', revision: null, source: 'systeminfo', os: 'Windows Server 2019' })]);
    expect(f.facts.revisionUnknown).toBe(true);
    expect(f.facts.howToReadRevision).toBeDefined();
  });

  it('treats [Environment]::OSVersion.Version revision 0 as unknown', () => {
    const f = builds(versionObject)!;
    expect(f.facts.machines).toEqual([expect.objectContaining({ major: 17763, revision: null, source: 'version-object' })]);
    expect(f.facts.revisionUnknown).toBe(true);
    const list = builds('Major         : 10\nMinor         : 0\nBuild         : 17763\nRevision      : 0\nMajorRevision : 0\nMinorRevision : 0')!;
    expect(list.facts.machines).toEqual([expect.objectContaining({ major: 17763, revision: null, source: 'version-object' })]);
    const osVersion = builds('Platform ServicePack Version      VersionString\n-------- ----------- -------      -------------\n Win32NT             10.0.17763.0 Microsoft Windows NT 10.0.17763.0')!;
    expect(osVersion.facts.machines).toEqual([expect.objectContaining({ build: '17763', source: 'version-object' })]);
  });

  it.each([
    ['17763.1613', '17763.1613'],
    ['10.0.14393.4046', '14393.4046'],
    ['  17763.316  ', '17763.316'],
  ])('reads the bare build %j', (text, build) => {
    expect(machines(text)).toEqual([{ build, source: 'bare' }]);
  });

  it('reads a build between the documented range and the fix as it is', () => {
    const f = builds('14393.4050')!;
    expect(f.facts.machines[0]).toMatchObject({ major: 14393, revision: 4050, build: '14393.4050', os: 'Windows Server 2016' });
  });

  it('reads a reg query UBR DWORD and ProductName in one block', () => {
    const f = builds('HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\n    CurrentBuild    REG_SZ    14393\n    UBR    REG_DWORD    0xfc6\n    ProductName    REG_SZ    Windows Server 2016 Datacenter')!;
    expect(f.facts.machines).toEqual([expect.objectContaining({ build: '14393.4038', os: 'Windows Server 2016', source: 'registry' })]);
  });

  it('ignores numbers that only look like builds', () => {
    expect(builds('IP 10.0.17763.1613.5, OID 1.3.6.1.17763.1, port 17763 at 12:00, thumbprint AB17763CD, 2020.12.01, KB4586830')).toBeUndefined();
    expect(builds('Processed 17763 records')).toBeUndefined();
  });

  it('names the client OS of a client build (the flows then rule it out as a DC)', () => {
    const f = builds('OS Name:                   Microsoft Windows 10 Enterprise\nOS Version:                10.0.17763 N/A Build 17763\nHost Name:                 PC42')!;
    expect(f.facts.machines[0]).toMatchObject({ os: 'Windows 10', build: '17763' });
  });
});

describe('a DC name before ver or winver output', () => {
  it('keeps the name', () => {
    const f = analyzeEvidence('DC1 Microsoft Windows [Version 10.0.17763.1613]\nDC2: OS Build 14393.4104\nMicrosoft Windows [Version 10.0.17763.316]');
    const os = f.find((x) => x.kind === 'os-builds');
    expect(os?.kind === 'os-builds' && os.facts.machines.map((m) => [m.name, m.build])).toEqual([
      ['DC1', '17763.1613'],
      ['DC2', '14393.4104'],
      [undefined, '17763.316'],
    ]);
  });
});

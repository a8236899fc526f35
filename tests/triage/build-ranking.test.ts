/**
 * Pasted DC builds: evidence reads facts only (each DC's name, build and OS); the DC-build flows' own
 * rules decide what they mean, for the ranking and for the rows the screens and the report show.
 */
import { describe, expect, it } from 'vitest';
import { analyzeEvidence, type AnyFinding, type Finding } from '../../src/evidence';
import dcTable from '../../src/evidence/fixtures/builds-dc-table.txt?raw';
import { describeBuilds, withBuildVerdicts } from '../../src/flows/shared/builds';
import { rankSuggestions } from '../../src/triage/suggest';

const ranked = (text: string) => rankSuggestions(withBuildVerdicts(analyzeEvidence(text))).map((s) => s.flowId);

function buildsFinding(findings: readonly AnyFinding[]): Finding<'os-builds'> {
  const f = findings.find((x): x is Finding<'os-builds'> => x.kind === 'os-builds');
  expect(f).toBeDefined();
  return f!;
}

describe('which flow DC builds point to', () => {
  it('key deletion first when more DCs are in its range than below 17763.316, name mismatch second', () => {
    expect(ranked(dcTable)).toEqual(['hybrid-key-deletion', 'ws2019-key-trust-name-mismatch']);
  });

  it('the name mismatch flow first when only early Windows Server 2019 builds are pasted', () => {
    expect(ranked('DC7 17763.253\nDC8 17763.195')).toEqual(['ws2019-key-trust-name-mismatch']);
  });

  it('no DC-build flow for fixed builds, builds without a revision, or a build between the range and its fix', () => {
    expect(ranked('DC1 17763.1637\nDC2 14393.4104')).toEqual([]);
    expect(ranked('Name,OperatingSystemVersion\nDC1,10.0 (17763)')).toEqual([]);
    expect(ranked('14393.4050')).toEqual([]);
  });

  it('no DC-build flow for a machine the paste names as Windows 10, whatever its build', () => {
    expect(ranked('OS Name:                   Microsoft Windows 10 Enterprise\nOS Version:                10.0.17763 N/A Build 17763.1500\nHost Name:                 PC42')).toEqual([]);
  });
});

describe('withBuildVerdicts', () => {
  it('marks each DC row from the flows\' rules and keeps the facts as read', () => {
    const plain = buildsFinding(analyzeEvidence(dcTable));
    const described = buildsFinding(withBuildVerdicts([plain]));
    expect(described.facts).toBe(plain.facts);
    expect(described.facts.machines.every((m) => !('keyDeletion' in m) && !('nameMismatch' in m))).toBe(true);
    expect(described.rows.map((r) => [r.label, r.mark])).toEqual([
      ['DC1', 'fail'], // 17763.1613: key deletion range
      ['DC2', 'fail'], // 14393.4046: key deletion range
      ['DC3', 'pass'], // 17763.1637: fixed for both
      ['DC4', 'pass'], // 14393.4104: fixed
      ['dc5.ad.contoso.com', 'fail'], // 17763.107: below 17763.316
    ]);
    expect(plain.rows.every((r) => r.mark === 'info')).toBe(true);
  });

  it('a build without its revision is a warning, and the note on how to read it stays last', () => {
    const described = buildsFinding(withBuildVerdicts(analyzeEvidence('DC1 17763\nDC2 20348.100')));
    expect(described.rows.map((r) => [r.label, r.mark])).toEqual([
      ['DC1', 'warn'],
      ['DC2', 'pass'],
      ['Revision', 'warn'],
    ]);
  });

  it('with more DCs than rows shown, describes the rows shown and keeps the "More" row', () => {
    const text = Array.from({ length: 60 }, (_, i) => `DC${i} ${i % 2 ? '17763.1613' : '14393.4104'}`).join('\n');
    const described = buildsFinding(withBuildVerdicts(analyzeEvidence(text)));
    expect(described.facts.machines).toHaveLength(60);
    expect(described.rows).toHaveLength(51);
    expect(described.rows.slice(0, 2).map((r) => r.mark)).toEqual(['pass', 'fail']);
    expect(described.rows[50]).toMatchObject({ label: 'More', mark: 'info' });
  });

  it('leaves other findings alone and never throws on a malformed one', () => {
    const others = analyzeEvidence('Error code: 0x801C03ED');
    expect(withBuildVerdicts(others)).toEqual(others);
    const odd = { kind: 'os-builds', summary: 's', facts: { machines: null }, rows: [] } as unknown as AnyFinding;
    expect(withBuildVerdicts([odd])).toEqual([odd]);
    expect(() => describeBuilds({ kind: 'os-builds', summary: 's', facts: { machines: [], revisionUnknown: false }, rows: [] })).not.toThrow();
  });
});

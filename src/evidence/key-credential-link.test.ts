import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import flOne from './fixtures/keycred-fl.txt?raw';
import flMulti from './fixtures/keycred-multi-truncated.txt?raw';
import flEmpty from './fixtures/keycred-empty.txt?raw';
import expanded from './fixtures/keycred-expand.txt?raw';

function kcl(text: string): Finding<'key-credential-link'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'key-credential-link'> => f.kind === 'key-credential-link');
}

function one(text: string): Finding<'key-credential-link'> {
  const found = kcl(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

describe('msDS-KeyCredentialLink', () => {
  it('reads one key from Get-ADUser format-list output, with the user', () => {
    const f = one(flOne);
    expect(f.facts).toMatchObject({ user: 'awilber', keyCount: 1, empty: false });
    expect(f.facts.entries[0]).toMatch(/^B:828:0002000020000171D5E8/);
    expect(f.facts.entries[0]).toMatch(/:CN=Alex Wilber,OU=Staff,DC=ad,DC=contoso,DC=com$/);
  });

  it('reads several wrapped values cut short with "..." (the DN commas do not split values)', () => {
    const f = one(flMulti);
    expect(f.facts).toMatchObject({ user: 'mbowen', keyCount: 4, empty: false, truncated: true });
    expect(f.facts.entries.every((e) => e.startsWith('B:828:'))).toBe(true);
    expect(f.summary).toContain('or more');
  });

  it('reads an empty attribute', () => {
    const f = one(flEmpty);
    expect(f.facts).toEqual({ user: 'leeg', keyCount: 0, empty: true, entries: [] });
    expect(f.rows.find((r) => r.label.includes('Keys'))?.mark).toBe('fail');
  });

  it('reads Select -ExpandProperty output, one value a line, with the user from the command', () => {
    const f = one(expanded);
    expect(f.facts).toMatchObject({ user: 'awilber', keyCount: 2, empty: false });
  });

  it('reports an empty expand result when only the command and a prompt were pasted', () => {
    const f = one('PS C:\\> Get-ADUser leeg -Properties msDS-KeyCredentialLink | Select -Expand msDS-KeyCredentialLink\nPS C:\\>');
    expect(f.facts).toEqual({ user: 'leeg', keyCount: 0, empty: true, entries: [] });
  });

  it('reads bare value lines and takes the user from the DN in the value', () => {
    const f = one('B:828:00020000200001A8C2E4F6081A3C5E7092B4D6:CN=Lee Gu,OU=Staff,DC=ad,DC=contoso,DC=com');
    expect(f.facts).toMatchObject({ user: 'Lee Gu', keyCount: 1 });
  });

  it('reads LDP style output', () => {
    const f = one('2> msDS-KeyCredentialLink: B:828:0002000020000171D5E8:CN=Alex Wilber,OU=Staff,DC=ad,DC=contoso,DC=com; B:828:00020000200001A8C2E4:CN=Alex Wilber,OU=Staff,DC=ad,DC=contoso,DC=com;');
    expect(f.facts.keyCount).toBe(2);
  });

  it('reads two users in one paste', () => {
    expect(kcl(`${flOne}\n\n${flEmpty}`).map((f) => [f.facts.user, f.facts.keyCount])).toEqual([
      ['awilber', 1],
      ['leeg', 0],
    ]);
  });
});

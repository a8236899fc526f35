import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import event1021 from './fixtures/adfs-1021.txt?raw';
import seed1021 from './fixtures/adfs-1021-seed-verbatim.txt?raw';

function adfs(text: string): Finding<'adfs-1021'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'adfs-1021'> => f.kind === 'adfs-1021');
}

const UGS_FACTS = {
  eventId: 1021,
  msis: 'MSIS9368',
  clientId: '38aa3b87-a06d-4817-b275-7a316988d93b',
  resource: 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope',
  scope: 'ugs',
  isUgsScopeIssue: true,
};

describe('AD FS event 1021', () => {
  it('reads the documented event and spots the ugs scope issue', () => {
    const found = adfs(event1021);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual(UGS_FACTS);
    expect(found[0]!.summary).toContain('ugs');
  });

  it('reads the documented example verbatim', () => {
    const found = adfs(seed1021);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual(UGS_FACTS);
  });

  it('reads the exception line pasted on its own', () => {
    const line = event1021.split('\n').find((l) => l.includes('MSIS9368'))!;
    const found = adfs(line);
    expect(found).toHaveLength(1);
    expect(found[0]!.facts).toEqual({ ...UGS_FACTS, eventId: undefined });
    expect(found[0]!.facts.eventId).toBeUndefined();
  });

  it('reads the message when a console wrapped it over several lines', () => {
    const wrapped = event1021.replace("is forbidden to access the resource '", "is forbidden\nto access the resource '").replace(" with scope 'ugs'", "\nwith scope 'ugs'");
    expect(adfs(wrapped)[0]!.facts.isUgsScopeIssue).toBe(true);
  });

  it('reports another scope without pointing at the ugs flow', () => {
    const other = event1021.replace("with scope 'ugs'", "with scope 'openid'").replace('38aa3b87-a06d-4817-b275-7a316988d93b', 'a1b2c3d4-0000-4000-8000-000000000001');
    const f = adfs(other)[0]!;
    expect(f.facts).toMatchObject({ scope: 'openid', isUgsScopeIssue: false });
  });

  it('still points at the ugs flow when the exception details were cut off', () => {
    const cut = event1021.slice(0, event1021.indexOf('Additional Data'));
    const f = adfs(cut)[0]!;
    expect(f.facts).toEqual({ eventId: 1021, isUgsScopeIssue: false });
  });
});

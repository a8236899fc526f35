/** Over the per-kind cap, the first findings in paste order are kept, whichever analyzer stops early. */
import { describe, expect, it } from 'vitest';
import { analyzeEvidence, MAX_FINDINGS_PER_KIND, type AnyFinding, type FindingKind } from './index.ts';
import dsregcmd from './fixtures/dsregcmd-hybrid-provisioned.txt?raw';
import udr362 from './fixtures/udr-362-copy-details.txt?raw';
import cert from './fixtures/cert-dc-good.txt?raw';

const N = MAX_FINDINGS_PER_KIND + 20;

function many(fixture: string, from: string, to: (i: number) => string): string {
  return Array.from({ length: N }, (_, i) => fixture.replace(from, to(i))).join('\n\n');
}

function of<K extends FindingKind>(findings: AnyFinding[], kind: K) {
  return findings.filter((f): f is Extract<AnyFinding, { kind: K }> => f.kind === kind);
}

describe('the per-kind cap', () => {
  it('dsregcmd: the first outputs in the paste', () => {
    const found = of(analyzeEvidence(many(dsregcmd, 'WS-0142.ad.contoso.com', (i) => `PC-${i}.ad.contoso.com`)), 'dsregcmd');
    expect(found.map((f) => f.facts.deviceName)).toEqual(Array.from({ length: MAX_FINDINGS_PER_KIND }, (_, i) => `PC-${i}.ad.contoso.com`));
  });

  it('User Device Registration events: the first events in the paste', () => {
    const found = of(analyzeEvidence(many(udr362, 'WS-0142.ad.contoso.com', (i) => `PC-${i}.ad.contoso.com`)), 'udr-event');
    expect(found.map((f) => f.facts.computer)).toEqual(Array.from({ length: MAX_FINDINGS_PER_KIND }, (_, i) => `PC-${i}.ad.contoso.com`));
  });

  it('certificates: the first certificates in the paste', () => {
    const found = of(analyzeEvidence(many(cert, 'DC1', (i) => `DC${i + 1000}`)), 'certificate');
    expect(found).toHaveLength(MAX_FINDINGS_PER_KIND);
    expect(found[0]!.facts.subject).toBe('DC1000');
    expect(found.at(-1)!.facts.subject).toBe(`DC${1000 + MAX_FINDINGS_PER_KIND - 1}`);
  });
});

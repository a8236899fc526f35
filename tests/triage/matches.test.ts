/** Paste triage ranks from the flows' own match declarations (src/flows/<id>/matches.ts). */
import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from '../../src/evidence';
import dsregCertTrust from '../../src/evidence/fixtures/dsregcmd-hybrid-cert-trust.txt?raw';
import dsregHybrid from '../../src/evidence/fixtures/dsregcmd-hybrid-provisioned.txt?raw';
import adfs1021 from '../../src/evidence/fixtures/adfs-1021.txt?raw';
import udr362 from '../../src/evidence/fixtures/udr-362-copy-details.txt?raw';
import kerberos107 from '../../src/evidence/fixtures/kerberos-107.txt?raw';
import keycredEmpty from '../../src/evidence/fixtures/keycred-empty.txt?raw';
import { matchesByFlow } from '../../src/flows/matches';
import { flows } from '../../src/flows/registry';
import { match } from '../../src/flows/shared/matches';
import { rankSuggestions } from '../../src/triage/suggest';

const ranked = (text: string) => rankSuggestions(analyzeEvidence(text)).map((s) => s.flowId);

describe('match declarations', () => {
  it('every documented flow declares the evidence that points to it', () => {
    for (const f of flows) expect(matchesByFlow.get(f.id)?.length ?? 0, `src/flows/${f.id}/matches.ts`).toBeGreaterThan(0);
  });

  it('a provisioned hybrid device points to the two DC-build issues, key deletion first', () => {
    expect(ranked(dsregHybrid)).toEqual(['hybrid-key-deletion', 'ws2019-key-trust-name-mismatch']);
  });

  it('certificate trust without an AD FS token: the ugs scope flow, then provisioning', () => {
    expect(ranked(dsregCertTrust)).toEqual(['adfs2019-ugs-scope', 'hybrid-cert-trust-provisioning']);
  });

  it('dsregcmd, event 362 and AD FS 1021 together put the ugs scope flow first', () => {
    expect(ranked(`${dsregCertTrust}\n\n${udr362}\n\n${adfs1021}`)[0]).toBe('adfs2019-ugs-scope');
  });

  it('an empty msDS-KeyCredentialLink points to key deletion', () => {
    expect(ranked(keycredEmpty)).toEqual(['hybrid-key-deletion']);
  });

  it('ranks from the declarations it is given, with their reason text', () => {
    const declared = new Map([['x-flow', [match({ kind: 'kerberos-107', reason: (f) => `107 says ${f.facts.expectedDomain ?? 'no domain'}` })]]]);
    const out = rankSuggestions(analyzeEvidence(`${adfs1021}\n\n${kerberos107}`), () => true, declared);
    expect(out.map((s) => s.flowId)).toEqual(['x-flow']);
    expect(out[0]!.reasons[0]).toMatch(/^107 says /);
  });

  it('a declaration that throws on odd facts points nowhere instead of breaking triage', () => {
    const declared = new Map([['x-flow', [match({ kind: 'dsregcmd', when: () => { throw new Error('odd'); } })]]]);
    expect(rankSuggestions(analyzeEvidence(dsregHybrid), () => true, declared)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from '../../src/evidence';
import type { AnyFinding } from '../../src/evidence/types';
import { rankSuggestions } from '../../src/triage/suggest';
import * as fx from './fixtures';

const top = (text: string) => rankSuggestions(analyzeEvidence(text));

describe('each kind of evidence routes to its flow', () => {
  const cases: [string, string, string][] = [
    ['User Device Registration event 362, STS No', fx.UDR_362_STS_NO, 'adfs2019-ugs-scope'],
    ['User Device Registration event 360', fx.UDR_360, 'hybrid-cert-trust-provisioning'],
    ['AD FS event 1021 with scope ugs', fx.ADFS_1021, 'adfs2019-ugs-scope'],
    ['Kerberos event 107', fx.KERBEROS_107, 'non-microsoft-ca-kdc-cert'],
    ['KDC_ERR_CLIENT_NAME_MISMATCH in a trace', fx.KDC_TRACE, 'ws2019-key-trust-name-mismatch'],
    ['DC builds in the key-deletion range', fx.DC_BUILDS_KEY_DELETION, 'hybrid-key-deletion'],
    ['a WS2019 DC below 17763.316', fx.DC_BUILD_EARLY_2019, 'ws2019-key-trust-name-mismatch'],
    ['an empty msDS-KeyCredentialLink', fx.KEYCRED_EMPTY, 'hybrid-key-deletion'],
    ['a DC certificate', fx.DC_CERT, 'non-microsoft-ca-kdc-cert'],
    ['the PIN reset error screen', fx.PIN_RESET_ERROR, 'pin-reset-allowed-urls'],
    ['dsregcmd /status, certificate trust without an AD FS token', fx.DSREGCMD_CERT_TRUST_NO_ADFS, 'adfs2019-ugs-scope'],
  ];
  it.each(cases)('%s', (_what, text, flow) => {
    const ranked = top(text);
    expect(ranked[0]?.flowId).toBe(flow);
    expect(ranked[0]!.reasons.length).toBeGreaterThan(0);
  });

  it('the 362 event gives its reason in words', () => {
    expect(top(fx.UDR_362_STS_NO)[0]!.reasons.join(' ')).toMatch(/362.*enterprise STS authentication failed/i);
  });

  it('"That option is temporarily unavailable" alone offers both DC-build issues', () => {
    expect(top(fx.SIGN_IN_ERROR).map((s) => s.flowId)).toEqual(['hybrid-key-deletion', 'ws2019-key-trust-name-mismatch']);
  });
});

describe('several findings together', () => {
  it('the sign-in error plus an early WS2019 build puts the name mismatch first, with both reasons', () => {
    const ranked = top(`${fx.SIGN_IN_ERROR}\n\n${fx.DC_BUILD_EARLY_2019}`);
    expect(ranked[0]!.flowId).toBe('ws2019-key-trust-name-mismatch');
    expect(ranked[0]!.reasons).toHaveLength(2);
    expect(ranked.map((s) => s.flowId)).toContain('hybrid-key-deletion');
  });

  it('event 362 and AD FS 1021 agree: the ugs scope flow first, no flow listed twice', () => {
    const ranked = top(`${fx.UDR_362_STS_NO}\n\n${fx.ADFS_1021}`);
    expect(ranked[0]!.flowId).toBe('adfs2019-ugs-scope');
    expect(new Set(ranked.map((s) => s.flowId)).size).toBe(ranked.length);
  });

  it('the same finding repeated counts once and gives one reason', () => {
    const f = analyzeEvidence(fx.KERBEROS_107);
    const ranked = rankSuggestions([...f, ...f, ...f]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.reasons).toHaveLength(1);
  });

  it('drops flows the app does not have, and findings that suggest nothing', () => {
    const findings = [
      { kind: 'sign-in-error', summary: 'x', facts: { message: 'temporarily-unavailable' }, rows: [] },
      { kind: 'dsregcmd', summary: 'nothing', facts: {}, rows: [] },
    ] as unknown as AnyFinding[];
    expect(rankSuggestions(findings, (id) => id !== 'hybrid-key-deletion').map((s) => s.flowId)).toEqual(['ws2019-key-trust-name-mismatch']);
  });

  it('nothing recognisable gives no suggestion', () => {
    expect(top('hello, the PIN thing is broken again')).toEqual([]);
    expect(rankSuggestions([])).toEqual([]);
  });
});

/**
 * The Windows Hello error code table against the sources, code by code: the fixture is a
 * transcription of the PIN-creation page's two tables (and the hybrid join page's 0x80090016 row).
 * The causes are the flow's words (src/flows/hello-error-codes/causes.yaml), checked against the same transcription
 * code by code in tests/flows/hello-error-codes.test.ts (evidence reads nothing of the flows).
 */
import { describe, expect, it } from 'vitest';
import { hybridJoinRow, mitigationRows, supportRows } from '../../tests/fixtures/hello-error-codes/sources.ts';
import { normaliseErrorCode } from './error-codes.ts';
import { GENERAL_ADVICE, HELLO_ERROR_CODES, helloErrorCode, type HelloErrorCode, type MitigationStep } from './hello-error-codes.ts';

/** Step ids a mitigation text calls for, read from its words (an independent check of the table). */
function stepsSaid(text: string): Set<MitigationStep> {
  const t = text.toLowerCase();
  const steps = new Set<MitigationStep>();
  if (/sign out and then sign in/.test(t)) steps.add('sign-out-in');
  if (/\bunjoin the device\b/.test(t)) steps.add('unjoin-rejoin');
  if (t.startsWith('reboot the device')) steps.add('reboot');
  if (/prepare the tpm/.test(t)) steps.add('prepare-tpm');
  if (/reset the tpm|clear-tpm/.test(t)) steps.add('reset-tpm');
  if (/not require a tpm/.test(t)) steps.add('policy-without-tpm');
  if (/fpurl\.xml/.test(t)) steps.add(/fpdomainname/.test(t) ? 'fpurl-domain-not-empty' : /clientconfig element/.test(t) ? 'fpurl-clientconfig-url' : 'fpurl-file-not-empty');
  if (/maximum number of devices/.test(t)) steps.add('device-quota');
  if (/proxyaddresses/.test(t)) steps.add('duplicate-proxy-addresses');
  if (/allow user\(s\) to join/.test(t)) steps.add('allow-users-to-join');
  if (/kdc service/.test(t)) steps.add('kdc-certificate');
  if (/different login method/.test(t)) steps.add('other-sign-in-method');
  if (/join the device to an active directory domain/.test(t)) steps.add('join-ad-domain');
  if (/close programs/.test(t)) steps.add('close-programs');
  if (/asked to try again/.test(t)) steps.add('user-tries-again');
  if (/permission to perform the operation/.test(t)) steps.add('check-enroll-permission');
  if (/token is valid and user has permission to register/.test(t)) steps.add('check-token-and-key-permission');
  if (/check network and credentials/.test(t)) steps.add('check-network-and-credentials');
  return steps;
}

describe('the source transcription', () => {
  it('has the two tables with 29 and 21 codes, plus one row without a code', () => {
    expect(mitigationRows.filter((r) => r.code !== undefined)).toHaveLength(29);
    expect(mitigationRows.filter((r) => r.printed === '-')).toHaveLength(1);
    expect(supportRows).toHaveLength(21);
    for (const r of [...mitigationRows, ...supportRows]) {
      if (r.printed !== '-') expect(r.code, r.printed).toBeDefined();
    }
  });
});

describe('HELLO_ERROR_CODES against the sources', () => {
  it('holds every code of both tables and 0x80090016, each once, nothing else', () => {
    const codes = HELLO_ERROR_CODES.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    const expected = [...mitigationRows, ...supportRows].flatMap((r) => (r.code ? [r.code] : []));
    expect([...codes].sort()).toEqual([...expected, '0x80090016'].sort());
    for (const code of codes) expect(code).toMatch(/^0x[0-9A-F]{8}$/);
  });

  it.each(mitigationRows.filter((r) => r.code !== undefined).map((r) => [r.printed, r] as const))('%s: mitigation as the source says', (_printed, row) => {
    const entry = helloErrorCode(row.code!)!;
    expect(entry).toBeDefined();
    expect(entry.table).toBe('pin-creation');
    expect(new Set(entry.steps)).toEqual(stepsSaid(row.mitigation!));
    expect(entry.category).not.toBe('escalate');
  });

  it.each(supportRows.map((r) => [r.printed, r] as const))('%s: contact support', (_printed, row) => {
    const entry = helloErrorCode(row.code!)!;
    expect(entry).toMatchObject({ category: 'escalate', steps: [], table: 'pin-creation-support' });
  });

  it('keeps the row without a code with the row above it (0x801C044D)', () => {
    const i = mitigationRows.findIndex((r) => r.printed === '-');
    const above = mitigationRows[i - 1]!;
    const row = mitigationRows[i]!;
    const entry = helloErrorCode(above.code!)!;
    expect(entry.code).toBe('0x801C044D');
    expect(new Set(entry.uncodedRow?.steps)).toEqual(stepsSaid(row.mitigation!));
  });

  it('orders steps as the source does, general advice in its documented order', () => {
    expect(GENERAL_ADVICE).toEqual(['try-again', 'sign-out-in', 'reboot', 'unjoin-rejoin']);
    for (const e of HELLO_ERROR_CODES) {
      const general = e.steps.filter((s) => (GENERAL_ADVICE as readonly string[]).includes(s));
      const order = general.map((s) => GENERAL_ADVICE.indexOf(s as (typeof GENERAL_ADVICE)[number]));
      expect(order, e.code).toEqual([...order].sort((a, b) => a - b));
    }
    expect(helloErrorCode('0x801C03ED')!.steps).toEqual(['sign-out-in', 'unjoin-rejoin', 'allow-users-to-join']);
    expect(helloErrorCode('0x80090031')!.steps).toEqual(['reboot', 'reset-tpm']);
  });

  it('puts each code in the category its steps call for', () => {
    const byCategory = (c: HelloErrorCode['category']) => HELLO_ERROR_CODES.filter((e) => e.category === c).map((e) => e.code);
    expect(byCategory('tpm').sort()).toEqual(['0x80090016', '0x80090029', '0x80090031', '0x80090035']);
    expect(byCategory('escalate')).toHaveLength(21);
    expect(byCategory('general').sort()).toEqual(
      ['0x80090005', '0x8009000F', '0x80090011', '0x801C000F', '0x801C0010', '0x801C0011', '0x801C0012', '0x801C03E9', '0x801C03EB', '0x801C03EC', '0x801C03EE', '0x801C03EF', '0x801C044D', '0x801C044E'].sort(),
    );
  });

  it('carries 0x80090016 from the hybrid join page', () => {
    const [, codes] = hybridJoinRow;
    const [hex, signed] = codes.split('/');
    expect(normaliseErrorCode(hex!)).toBe('0x80090016');
    expect(normaliseErrorCode(signed!)).toBe('0x80090016');
    const entry = helloErrorCode('0x80090016')!;
    expect(entry).toMatchObject({ table: 'hybrid-join', category: 'tpm', steps: ['tpm-cleared-or-joined-image'] });
  });

  it('finds nothing for a code no source lists', () => {
    expect(helloErrorCode('0x801C0021')).toBeUndefined();
    expect(helloErrorCode('0x801c03ed')).toBeUndefined(); // lookups take normalised codes only
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeEvidence } from './index.ts';
import { familyOf, normaliseErrorCode, parseErrorCode } from './error-codes.ts';
import type { Finding } from './types.ts';
import pinScreen from './fixtures/error-code-pin-screen.txt?raw';
import decimals from './fixtures/error-code-decimals.txt?raw';
import adminPrompt from './fixtures/dsregcmd-admin-prompt-not-joined.txt?raw';

function codes(text: string): Finding<'error-code'>['facts']['codes'] {
  const found = analyzeEvidence(text).filter((f): f is Finding<'error-code'> => f.kind === 'error-code');
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.facts.codes ?? [];
}

describe('normaliseErrorCode', () => {
  it.each([
    ['0x801C03ED', '0x801C03ED'],
    ['0x801c03ed', '0x801C03ED'],
    ['0X801C03ED', '0x801C03ED'],
    ['801c03ed', '0x801C03ED'],
    ['  801C03ED ', '0x801C03ED'],
    ['-2145647635', '0x801C03ED'],
    ['2149319661', '0x801C03ED'],
    ['-2146893802', '0x80090016'],
    ['80090016', '0x80090016'],
    ['0xc00000bb', '0xC00000BB'],
    ['-1073741637', '0xC00000BB'],
    ['-894947587', '0xCAA82EFD'],
    ['0x80290407', '0x80290407'],
  ])('%s → %s', (input, code) => {
    expect(normaliseErrorCode(input)).toBe(code);
  });

  it.each([
    ['', 'empty'],
    ['0x0', 'too short'],
    ['0x12345678', 'not a Windows Hello family'],
    ['12345678', 'bare hex of another family'],
    ['-1', 'small number'],
    ['4294967296', 'more than 32 bits'],
    ['-2147483649', 'less than -2^31'],
    ['1700000000', 'a timestamp'],
    ['0x801C03ED0', 'nine hex digits'],
    ['error 0x801C03ED', 'more than one token'],
  ])('%s is not a code (%s)', (input) => {
    expect(normaliseErrorCode(input)).toBeUndefined();
  });

  it('reads every shape of every family code to the same code', () => {
    const ranges: [number, number][] = [
      [0x80070000, 0x8007ffff],
      [0x80090000, 0x8009ffff],
      [0x801c0000, 0x801cffff],
      [0x80280000, 0x8029ffff],
      [0xc0000000, 0xc000ffff],
      [0xcaa00000, 0xcaafffff],
    ];
    const value = fc.constantFrom(...ranges).chain(([from, to]) => fc.integer({ min: from, max: to }));
    fc.assert(
      fc.property(value, fc.boolean(), (v, upper) => {
        const hex8 = v.toString(16).padStart(8, '0');
        const code = `0x${hex8.toUpperCase()}`;
        expect(familyOf(v)).toBeDefined();
        expect(normaliseErrorCode(`0x${upper ? hex8.toUpperCase() : hex8}`)).toBe(code);
        expect(normaliseErrorCode(upper ? hex8.toUpperCase() : hex8)).toBe(code);
        expect(normaliseErrorCode(String(v - 0x100000000))).toBe(code);
        expect(normaliseErrorCode(String(v))).toBe(code);
        expect(parseErrorCode(String(v - 0x100000000))?.shape).toBe('signed-decimal');
      }),
      { numRuns: 2000 },
    );
  });
});

describe('error codes in a paste', () => {
  it('reads the code on a "Create a PIN" error screen', () => {
    expect(codes(pinScreen)).toEqual([{ code: '0x801C03ED', family: 'dsreg', printed: '0x801c03ed', shape: 'hex', count: 1, label: 'Error code' }]);
  });

  it('reads signed and unsigned decimals a script prints', () => {
    expect(codes(decimals).map((c) => [c.code, c.shape])).toEqual([
      ['0x80090016', 'signed-decimal'],
      ['0x801C03ED', 'unsigned-decimal'],
    ]);
  });

  it('reads dsregcmd diagnostics, counting a code seen twice once', () => {
    const found = codes(adminPrompt);
    expect(found.map((c) => c.code)).toEqual(['0x80070520', '0x801C0021', '0x801C000C']);
    expect(found.find((c) => c.code === '0x801C0021')).toMatchObject({ count: 2 });
  });

  it('merges the same code in different shapes', () => {
    const found = codes('DSREG_E_DIRECTORY_FAILURE (0x801c03f2/-2145647630) and again 801C03F2');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: '0x801C03F2', count: 3, printed: '0x801c03f2' });
  });

  it('reads a code in a sentence and in the PIN status line', () => {
    expect(codes('Something went wrong and your PIN isn\'t available (status: 0xc00000bb, substatus:0x0).').map((c) => c.code)).toEqual(['0xC00000BB']);
    expect(codes('Error: 0X80090029.').map((c) => c.code)).toEqual(['0x80090029']);
  });

  it('ignores GUID parts, thumbprints, versions and ordinary numbers', () => {
    expect(codes('DeviceId : 801c03ed-3b0d-4f54-9a51-0e8d7c1b2a90')).toEqual([]);
    expect(codes('{7E6D5C4B-801C-03ED-8009-001680090016}')).toEqual([]);
    expect(codes('Thumbprint : 8C1F0A2B3D4E5F60801C03ED8293A4B5C6D7E8F9')).toEqual([]);
    expect(codes('Cert Hash(sha1): 80090016a1b2c3d4e5f60718293a4b5c6d7e8f90')).toEqual([]);
    expect(codes('version 10.0.80090016 build 123456789 id 2149319661x')).toEqual([]);
    expect(codes('KeyVersion : 192272\nTimestamp 1715677360\nSerial 0x12345678')).toEqual([]);
  });

  it('keeps at most 50 distinct codes', () => {
    const many = Array.from({ length: 80 }, (_, i) => `0x801C${(0x100 + i).toString(16).padStart(4, '0')}`).join('\n');
    expect(codes(many)).toHaveLength(50);
  });
});

import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import { HELLO_ERROR_CODES, GENERAL_ADVICE } from '../../src/evidence/hello-error-codes';
import descriptor from '../../src/flows/hello-error-codes';
import { causesOf, causeWords, ownCauses } from '../../src/flows/hello-error-codes/causes';
import { hybridJoinRow, mitigationRows, supportRows } from '../fixtures/hello-error-codes/sources';
import { readTypedCode } from '../../src/flows/hello-error-codes/code';
import { content } from '../../src/flows/hello-error-codes/content';
import { planFor, type HelloErrorCodesContext } from '../../src/flows/hello-error-codes/machine';
import { FOLLOWERS, STEP_STATE, WALK_STEPS } from '../../src/flows/hello-error-codes/plan';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { EvidenceStep, OutcomeStep } from '../../src/flows/shared/types';
import { rankSuggestions } from '../../src/triage/suggest';

const code = (c: string): EventObject => ({ type: 'CODE_ENTERED', values: { code: c } }) as EventObject;
const at = (events: EventObject[]) => {
  const r = replay(descriptor.machine, events);
  return { state: stateIdOf(r.snapshot), ctx: r.snapshot.context as HelloErrorCodesContext, refused: r.rejectedAt };
};

/** Walks "it still fails" until an outcome, listing the states passed. */
function walk(first: EventObject[]): string[] {
  const events = [...first];
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const s = at(events).state;
    seen.push(s);
    if (s.startsWith('out')) break;
    events.push({ type: ['unlistedCode', 'generalCause', 'keyCause', 'serviceCause'].includes(s) ? 'CONTINUE' : 'NOT_FIXED' });
  }
  return seen;
}

const SCREEN = "Something went wrong\nWe weren't able to set up your PIN. Try again later.\nError code: 0x801c03ed";

describe('hello-error-codes', () => {
  it('routes every code of both tables by its row: support codes to a hand-over, 0xC00000BB to the KDC flow, the rest to their first step', () => {
    expect(HELLO_ERROR_CODES.length).toBe(51);
    for (const e of HELLO_ERROR_CODES) {
      const { state, ctx } = at([code(e.code)]);
      if (e.code === '0xC00000BB') expect(state, e.code).toBe('outKdcCertificate');
      else if (e.category === 'escalate') expect(state, e.code).toBe('outSupport');
      else {
        const first = STEP_STATE[planFor(e.code)[0]!];
        // The code's cause first (general-advice fixes, key/TPM codes, registration codes), then its first step.
        const group = ['signOutIn', 'reboot', 'unjoinRejoin'].includes(first) ? 'generalCause' : e.code.startsWith('0x8009') ? 'keyCause' : 'serviceCause';
        expect(state, e.code).toBe(group);
        expect(at([code(e.code), { type: 'CONTINUE' }]).state, e.code).toBe(first);
        expect(ctx.code).toBe(e.code);
      }
    }
  });

  it('walks each code\'s steps in the source\'s order, then hands over to support', () => {
    expect(walk([code('0x801C03ED')])).toEqual(['generalCause', 'signOutIn', 'unjoinRejoin', 'allowUsersToJoin', 'outEscalate']);
    expect(walk([code('0x80090031')])).toEqual(['generalCause', 'reboot', 'resetTpm', 'outEscalate']);
    expect(walk([code('0x801C03F2')])).toEqual(['serviceCause', 'duplicateProxyAddresses', 'outEscalate']);
    expect(walk([code('0x80090016')])).toEqual(['keyCause', 'tpmKeysetGone', 'outEscalate']);
    expect(at([code('0x80090016'), { type: 'CONTINUE' }]).ctx.code).toBe('0x80090016');
    // 0x801C044D: its second row (no code of its own) first, then the rejoin.
    expect(walk([code('0x801C044D')])).toEqual(['generalCause', 'signOutIn', 'networkAndCredentials', 'unjoinRejoin', 'outEscalate']);
  });

  it('ends resolved from any step that fixes it', () => {
    expect(at([code('0x801C03ED'), { type: 'CONTINUE' }, { type: 'NOT_FIXED' }, { type: 'FIXED' }]).state).toBe('outResolved');
    expect(at([{ type: 'NO_CODE' }, { type: 'CONTINUE' }, { type: 'FIXED' }]).state).toBe('outResolved');
  });

  it('reads the code in every usual shape', () => {
    for (const shape of ['0x801C03ED', '801c03ed', '0X801C03ED', '-2145647635', '2149319661', ' 0x801c03ed ', 'Error: 0x801C03ED']) {
      expect(readTypedCode(shape), shape).toBe('0x801C03ED');
      expect(at([code(shape)]).state, shape).toBe('generalCause');
    }
  });

  it('walks the general advice, in the documented order, for a code no source lists and for no code', () => {
    const general = GENERAL_ADVICE.map((s) => STEP_STATE[s as keyof typeof STEP_STATE]);
    expect(walk([code('0x801C9999')])).toEqual(['unlistedCode', ...general, 'outEscalate']);
    expect(walk([code('0x9000000A')])).toEqual(['unlistedCode', ...general, 'outEscalate']);
    expect(walk([{ type: 'NO_CODE' }])).toEqual(['unlistedCode', ...general, 'outEscalate']);
    expect(at([code('0x801C9999')]).ctx.code).toBe('0x801C9999');
  });

  it('refuses a value that is not a code (guards, not just the form)', () => {
    for (const bad of ['', 'hello', '12345', '0x1234567', "0x801C03ED'; rm -rf", '0x00000005', 42 as unknown as string]) {
      const r = at([code(bad)]);
      expect(r.state, String(bad)).toBe('code');
      expect(r.refused, String(bad)).toBeDefined();
    }
    const field = (content.steps.code as EvidenceStep<HelloErrorCodesContext>).fields![0]!;
    expect(field.validate!('nonsense', {} as HelloErrorCodesContext)).toBeTruthy();
    expect(field.validate!('801c03ed', {} as HelloErrorCodesContext)).toBeUndefined();
  });

  it('only draws moves a documented code makes', () => {
    for (const s of WALK_STEPS) for (const n of FOLLOWERS.get(s) ?? []) expect(s).not.toBe(n);
    expect(FOLLOWERS.get('sign-out-in')).toEqual(expect.arrayContaining(['reboot', 'unjoin-rejoin', 'check-network-and-credentials']));
    expect(FOLLOWERS.get('duplicate-proxy-addresses')).toEqual([]);
  });

  it('reads a pasted error screen, picking the code the list has', () => {
    const step = content.steps.code as EvidenceStep<HelloErrorCodesContext>;
    const reading = step.read!(analyzeEvidence(SCREEN), at([]).ctx);
    expect(reading?.event).toEqual({ type: 'CODE_ENTERED', values: { code: '0x801C03ED' } });
    const two = step.read!(analyzeEvidence('HRESULT 0x80070005 then 0x801C03F2'), at([]).ctx);
    expect(two?.event).toEqual({ type: 'CODE_ENTERED', values: { code: '0x801C03F2' } });
    const signed = step.read!(analyzeEvidence('Error: -2145647635'), at([]).ctx);
    expect(signed?.because).toContain('-2145647635');
    expect(step.read!(analyzeEvidence('nothing here'), at([]).ctx)).toBeUndefined();
    // Opening the flow from the paste answers the first step.
    const events = prefillEvents(descriptor, analyzeEvidence(SCREEN), 0);
    expect(at(events).state).toBe('generalCause');
  });

  it('ranks first in paste triage for a pasted error screen, with the reason', () => {
    const ranked = rankSuggestions(analyzeEvidence(SCREEN), () => true);
    expect(ranked[0]?.flowId).toBe('hello-error-codes');
    expect(ranked[0]?.reasons.join(' ')).toContain('0x801C03ED');
  });

  it('says what to hand over: the code, the time, dsregcmd /status and the User Device Registration events', () => {
    for (const [events, outcome] of [
      [[code('0x801C0002')], 'outSupport'],
      [[code('0x801C03F2'), { type: 'CONTINUE' }, { type: 'NOT_FIXED' }], 'outEscalate'],
    ] as const) {
      const { state, ctx } = at([...events]);
      expect(state).toBe(outcome);
      const handOver = ((content.steps[outcome] as OutcomeStep<HelloErrorCodesContext>).handOver ?? []).map((t) => resolveText(t, ctx)).join('\n');
      expect(handOver).toContain(ctx.code!);
      expect(handOver).toContain('dsregcmd /status');
      expect(handOver).toContain('User Device Registration');
      expect(handOver).toMatch(/time/);
    }
  });

  it('hands 0xC00000BB to the domain controller certificate flow and links the NTAuth flow', () => {
    const out = content.steps.outKdcCertificate as OutcomeStep<HelloErrorCodesContext>;
    expect(out.result).toBe('not-this');
    expect(out.related).toBe('non-microsoft-ca-kdc-cert');
    expect(out.also?.map((a) => a.flow)).toEqual(['ntauth-ca-missing']);
  });

  it("each code's first fix step names the code, its place in the walk, and lists the code among those Microsoft documents the step for", () => {
    for (const e of HELLO_ERROR_CODES.filter((x) => x.category !== 'escalate' && x.code !== '0xC00000BB')) {
      const { state, ctx } = at([code(e.code), { type: 'CONTINUE' }]);
      const step = content.steps[state]!;
      expect(STEP_STATE[planFor(e.code)[0]!], e.code).toBe(state);
      expect(resolveText(step.body, ctx), e.code).toContain(e.code);
      expect(resolveText(step.detail, ctx), e.code).toContain(e.code);
      if (ctx.plan.length > 1) expect(resolveText(step.body, ctx), e.code).toContain(`1 of ${ctx.plan.length}`);
      expect(resolveText(step.body, ctx) + resolveText(step.detail, ctx), e.code).not.toMatch(/[{}]/);
    }
  });

  it("shows each code's causes (causes.yaml) on its cause screen and above its first fix step; and a support code's first cause in the list of codes that go to support", () => {
    const causeScreens = ['generalCause', 'keyCause', 'serviceCause'];
    for (const e of HELLO_ERROR_CODES.filter((x) => x.category !== 'escalate' && x.code !== '0xC00000BB')) {
      const causes = causesOf(e.code);
      expect(causes.length, e.code).toBeGreaterThan(0);
      const first = at([code(e.code)]);
      expect(causeScreens, e.code).toContain(first.state);
      const screen = resolveText(content.steps[first.state]!.body, first.ctx);
      const fix = at([code(e.code), { type: 'CONTINUE' }]);
      const above = resolveText(content.steps[fix.state]!.body, fix.ctx);
      for (const t of causes) {
        expect(screen, e.code).toContain(t);
        expect(above, e.code).toContain(t);
      }
    }
    // 0x801C03ED's five causes and 0x801C044D's uncoded row, joined by "Or:".
    expect(causesOf('0x801C03ED')).toHaveLength(5);
    const kept = at([code('0x801C044D')]);
    expect(resolveText(content.steps[kept.state]!.body, kept.ctx)).toContain('Authorization token does not contain device ID. Or: Unable to obtain user token.');
    const tryAgain = at([{ type: 'NO_CODE' }, { type: 'CONTINUE' }]);
    expect(tryAgain.state).toBe('tryAgain');
    const listed = resolveText(content.steps.tryAgain!.detail, tryAgain.ctx);
    for (const e of HELLO_ERROR_CODES.filter((x) => x.category === 'escalate')) expect(listed).toContain(`${e.code} (${causesOf(e.code)[0]})`);
  });

  it('refuses typed text that is not a code with a message, and takes a code in any shape', () => {
    const field = (content.steps.code as EvidenceStep<HelloErrorCodesContext>).fields![0]!;
    const ctx = at([]).ctx;
    expect(field.validate!('not a code', ctx)).toMatch(/\w/);
    expect(field.validate!('801c03ed', ctx)).toBeUndefined();
    expect(content.describe!(code('801c03ed'))).toContain('0x801C03ED');
    expect(content.describe!(code('nonsense'))).not.toMatch(/[{}]|undefined/);
  });
});

/** The causes are words (causes.yaml): Microsoft's texts, checked against the transcribed sources code by code. */
describe('hello-error-codes causes.yaml against the sources', () => {
  it.each([...mitigationRows, ...supportRows].filter((r) => r.code !== undefined).map((r) => [r.printed, r] as const))('%s: the cause as the source says', (_printed, row) => {
    expect(ownCauses(row.code!)).toEqual(row.causes);
  });

  it('keeps the cause of the row without a code under the row above it (0x801C044D), shown after its own', () => {
    const i = mitigationRows.findIndex((r) => r.printed === '-');
    expect(causeWords.uncodedRow).toEqual({ under: mitigationRows[i - 1]!.code, cause: mitigationRows[i]!.causes[0] });
    expect(causesOf('0x801C044D')).toEqual([...mitigationRows[i - 1]!.causes, ...mitigationRows[i]!.causes]);
  });

  it('has the hybrid join page\'s cause for 0x80090016, and no cause for a code no source lists', () => {
    const [name, , reason] = hybridJoinRow;
    expect(ownCauses('0x80090016')).toEqual([`${name}: ${reason}`]);
    expect(causesOf('0x801C0021')).toEqual([]);
    expect(ownCauses('toString')).toEqual([]);
  });
});

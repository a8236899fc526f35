/**
 * hello-error-codes: from a Windows Hello error code to its documented mitigation. One state per
 * screen; outcomes are final states. The code decides the route (guards read its row of the code
 * table): the code's own mitigation steps one screen at a time, "contact support" codes straight to a
 * hand-over, 0xC00000BB to the domain controller certificate flow, and a code no source lists (or no
 * code at all) through the general advice. Pure.
 */
import { assign, setup } from 'xstate';
import { GENERAL_ADVICE, helloErrorCode, type MitigationStep } from '../../evidence/hello-error-codes';
import { readTypedCode } from './code';
import { FIRST_STEPS, FOLLOWERS, KDC_CODE, STEP_STATE, WALK_STEPS, isWalkStep, type StepState, type WalkStep } from './plan';

export interface HelloErrorCodesContext {
  /** The code, normalised ('0x801C03ED'); null when the person can't see one. */
  code: string | null;
  /** The steps to walk for this code, in the source's order. */
  plan: WalkStep[];
  /** Index in `plan` of the step on screen (or last shown). */
  at: number;
}

export type HelloErrorCodesEvent =
  | { type: 'CODE_ENTERED'; values: { code: string } }
  | { type: 'NO_CODE' }
  | { type: 'CONTINUE' }
  | { type: 'FIXED' }
  | { type: 'NOT_FIXED' };

/** The normalised code an event carries, or undefined when it carries none that reads as a code. */
export function codeOf(event: HelloErrorCodesEvent): string | undefined {
  return event.type === 'CODE_ENTERED' ? readTypedCode(event.values?.code) : undefined;
}

/** The steps a code's table row gives this flow to walk (the general advice for a code no source lists). */
export function planFor(code: string | null | undefined): WalkStep[] {
  const entry = code ? helloErrorCode(code) : undefined;
  // 0x801C044D's second row ("Unable to obtain user token", no code of its own) is the cheaper fix: first.
  const steps: readonly MitigationStep[] = entry ? [...(entry.uncodedRow?.steps ?? []), ...entry.steps] : GENERAL_ADVICE;
  return [...new Set(steps.filter(isWalkStep))];
}

type Transition = { guard?: { type: 'firstStepIs' | 'nextStepIs'; params: { step: WalkStep } }; target: StepState; actions?: 'setCode' | 'advance' };

const startAt = (step: WalkStep): Transition => ({ guard: { type: 'firstStepIs', params: { step } }, target: STEP_STATE[step], actions: 'setCode' });

/** A step screen: fixed → resolved; still failing → the next step of the plan (only moves some code makes), or support. */
function stepState(step: WalkStep) {
  const next = (FOLLOWERS.get(step) ?? []).map((n) => ({ guard: { type: 'nextStepIs' as const, params: { step: n } }, target: STEP_STATE[n], actions: 'advance' as const }));
  return { on: { FIXED: 'outResolved', NOT_FIXED: [...next, { target: 'outEscalate' }] } } as const;
}

const stepStates = Object.fromEntries(WALK_STEPS.map((s) => [STEP_STATE[s], stepState(s)])) as Record<StepState, ReturnType<typeof stepState>>;

export const machine = setup({
  types: {
    context: {} as HelloErrorCodesContext,
    events: {} as HelloErrorCodesEvent,
  },
  guards: {
    /** 0xC00000BB: the domain controller's KDC certificate, which another flow covers. */
    isKdcCode: ({ event }) => codeOf(event) === KDC_CODE,
    /** A code the source lists with no mitigation ("contact Microsoft Support"). */
    isSupportCode: ({ event }) => helloErrorCode(codeOf(event) ?? '')?.category === 'escalate',
    /** A code that reads as a code but that no source lists. */
    isUnlistedCode: ({ event }) => {
      const code = codeOf(event);
      return code !== undefined && helloErrorCode(code) === undefined;
    },
    /** The code's plan starts with this step. */
    firstStepIs: ({ event }, params: { step: WalkStep }) => {
      const code = codeOf(event);
      return code !== undefined && helloErrorCode(code) !== undefined && planFor(code)[0] === params.step;
    },
    /** The plan has a step after the one on screen, and it is this one. */
    nextStepIs: ({ context }, params: { step: WalkStep }) => context.plan[context.at + 1] === params.step,
  },
  actions: {
    setCode: assign({ code: ({ event }) => codeOf(event) ?? null, plan: ({ event }) => planFor(codeOf(event)), at: 0 }),
    generalAdvice: assign({ code: null, plan: () => planFor(null), at: 0 }),
    advance: assign({ at: ({ context }) => context.at + 1 }),
  },
}).createMachine({
  id: 'hello-error-codes',
  initial: 'code',
  context: { code: null, plan: [], at: 0 },
  states: {
    code: {
      on: {
        CODE_ENTERED: [
          { guard: 'isKdcCode', target: 'outKdcCertificate', actions: 'setCode' },
          { guard: 'isSupportCode', target: 'outSupport', actions: 'setCode' },
          { guard: 'isUnlistedCode', target: 'unlistedCode', actions: 'setCode' },
          ...FIRST_STEPS.map(startAt),
        ],
        NO_CODE: { target: 'tryAgain', actions: 'generalAdvice' },
      },
    },
    unlistedCode: { on: { CONTINUE: 'tryAgain' } },
    ...stepStates,
    outResolved: { type: 'final' },
    outEscalate: { type: 'final' },
    outSupport: { type: 'final' },
    outKdcCertificate: { type: 'final' },
  },
});

/**
 * hello-error-codes: from a Windows Hello error code to its documented mitigation. One state per
 * screen; outcomes are final states. The code decides the route (guards read its row of the code
 * table): the code's own mitigation steps one screen at a time, "contact support" codes straight to a
 * hand-over, 0xC00000BB to the domain controller certificate flow, and a code no source lists (or no
 * code at all) through the general advice. Pure.
 */
import { assign, setup } from 'xstate';
import { GENERAL_ADVICE, HELLO_ERROR_CODES, helloErrorCode, type MitigationStep } from '../../evidence/hello-error-codes';
import { readTypedCode } from './code';
import { FOLLOWERS, KDC_CODE, STEP_STATE, WALK_STEPS, isWalkStep, type StepState, type WalkStep } from './plan';

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

/** Guard names carry the step's screen, so the trainer's map says "if first step is sign out in". */
type GuardName = `firstStepIs${Capitalize<StepState>}` | `nextStepIs${Capitalize<StepState>}`;
const cap = <S extends string>(s: S) => (s.charAt(0).toUpperCase() + s.slice(1)) as Capitalize<S>;
const firstName = (state: StepState): GuardName => `firstStepIs${cap(state)}`;
const nextName = (state: StepState): GuardName => `nextStepIs${cap(state)}`;
const screenOf = (step: WalkStep | undefined): StepState | undefined => (step ? STEP_STATE[step] : undefined);
const SCREENS = [...new Set(WALK_STEPS.map((s) => STEP_STATE[s]))];

type Ctx = { context: HelloErrorCodesContext };

/** One pair of guards per screen: the plan (set from the code) starts on it, or comes to it next. */
const stepGuards = Object.fromEntries(
  SCREENS.flatMap((state) => [
    [firstName(state), ({ context }: Ctx) => context.at === 0 && screenOf(context.plan[0]) === state],
    [nextName(state), ({ context }: Ctx) => screenOf(context.plan[context.at + 1]) === state],
  ]),
) as Record<GuardName, (a: Ctx) => boolean>;

/** Fixes that start with a general step; the others are told apart by the code's family. */
const GENERAL_FIRST: readonly WalkStep[] = ['try-again', 'sign-out-in', 'reboot', 'unjoin-rejoin'];

export type CauseGroup = 'general' | 'key' | 'service';

/** Which cause screen a listed code with a fix opens on: a general first step, else a key/TPM (0x8009) or a registration (0x801C) fix. */
export function causeGroup(code: string | undefined): CauseGroup | undefined {
  const entry = code ? helloErrorCode(code) : undefined;
  if (!code || !entry || entry.category === 'escalate' || code === KDC_CODE) return undefined;
  const first = planFor(code)[0];
  if (!first) return undefined;
  if (GENERAL_FIRST.includes(first)) return 'general';
  return code.startsWith('0x8009') ? 'key' : 'service';
}

/** The screens each cause screen can open: the first steps of its codes' plans. */
const firstScreens = (group: CauseGroup): StepState[] => [
  ...new Set(HELLO_ERROR_CODES.filter((e) => causeGroup(e.code) === group).map((e) => screenOf(planFor(e.code)[0])!)),
];

/** From a cause screen to the code's first step (the code is in the context already). */
const fixFor = (state: StepState) => ({ guard: firstName(state), target: state });

/** A step screen: fixed → resolved; still failing → the next step of the plan (only moves some code makes), or support. */
function stepState(state: StepState) {
  const follows = [...new Set(WALK_STEPS.filter((s) => STEP_STATE[s] === state).flatMap((s) => (FOLLOWERS.get(s) ?? []).map((n) => STEP_STATE[n])))];
  const next = follows.map((n) => ({ guard: nextName(n), target: n, actions: 'advance' as const }));
  return { on: { FIXED: 'outResolved', NOT_FIXED: [...next, { target: 'outEscalate' }] } } as const;
}

const stepStates = Object.fromEntries(SCREENS.map((s) => [s, stepState(s)])) as Record<StepState, ReturnType<typeof stepState>>;

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
    ...stepGuards,
    /** A listed code whose fix starts with the general advice (sign out and in, restart, rejoin). */
    isGeneralFixCode: ({ event }) => causeGroup(codeOf(event)) === 'general',
    /** A key or TPM code (0x8009…) with a fix of its own. */
    isKeyCode: ({ event }) => causeGroup(codeOf(event)) === 'key',
    /** A device registration code (0x801C…) with a fix of its own. */
    isServiceCode: ({ event }) => causeGroup(codeOf(event)) === 'service',
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
          { guard: 'isGeneralFixCode', target: 'generalCause', actions: 'setCode' },
          { guard: 'isKeyCode', target: 'keyCause', actions: 'setCode' },
          { guard: 'isServiceCode', target: 'serviceCause', actions: 'setCode' },
        ],
        NO_CODE: { target: 'unlistedCode', actions: 'generalAdvice' },
      },
    },
    unlistedCode: { on: { CONTINUE: 'tryAgain' } },
    generalCause: { on: { CONTINUE: firstScreens('general').map(fixFor) } },
    keyCause: { on: { CONTINUE: firstScreens('key').map(fixFor) } },
    serviceCause: { on: { CONTINUE: firstScreens('service').map(fixFor) } },
    ...stepStates,
    outResolved: { type: 'final' },
    outEscalate: { type: 'final' },
    outSupport: { type: 'final' },
    outKdcCertificate: { type: 'final' },
  },
});

/**
 * The logic behind this flow's words (words.yaml): the code's row of the code table (its cause, where the walk stands,
 * which codes each step is documented for), the code reader and check.
 */
import { messagesOf } from '../shared/messages';
import type { AnyFinding } from '../../evidence/types';
import { HELLO_ERROR_CODES, helloErrorCode, type HelloErrorCode } from '../../evidence/hello-error-codes';
import { localize } from '../../words/locale';
import { causesOf } from './causes';
import type { FlowWords } from '../../words/schema';
import { findingOf } from '../shared/findings';
import type { FlowLogic, Say, StepLogic } from '../shared/logic';
import type { Reading } from '../shared/types';
import { readTypedCode } from './code';
import type { HelloErrorCodesContext as C, machine } from './machine';
import { KDC_CODE, STEP_STATE, type StepState, type WalkStep } from './plan';
import words from './words.yaml';

const flowWords = words as FlowWords;

/** The flow's own `messages`, filled: values (here {position}) cannot ask the words for text themselves. */
const flowSay = messagesOf(flowWords, 'src/flows/hello-error-codes/words.yaml');

const listed = (c: C) => (c.code ? helloErrorCode(c.code) : undefined);

/** The source's cause text(s) for the case's code (causes.yaml), in one line. */
function cause(c: C): string {
  return listed(c) ? causesOf(c.code!).join(` ${flowSay('causeOr')} `) : '';
}

/** Where the walk stands, shown above each fix step's own words. */
function position(c: C): string {
  const head = c.code ? (listed(c) ? flowSay('positionListed', { code: c.code, cause: cause(c) }) : flowSay('positionUnlisted', { code: c.code })) : flowSay('positionNoCode');
  return c.plan.length > 1 ? `${head}\n\n${flowSay('positionStep', { number: c.at + 1, total: c.plan.length })}` : head;
}

/** "0x801C03ED (cause); …" for the codes of the table that match. */
const codeList = (match: (e: HelloErrorCode) => boolean) =>
  HELLO_ERROR_CODES.filter(match)
    .map((e) => `${e.code} (${causesOf(e.code)[0]})`)
    .join('; ');

/** The codes Microsoft documents a fix step's screen for. */
const documentedFor = (state: StepState) => {
  const shown = (s: string) => (STEP_STATE as Record<string, string>)[s] === state;
  return codeList((e) => e.steps.some(shown) || (e.uncodedRow?.steps.some(shown) ?? false));
};

/** A step's title in the words (the hand-over lists the steps tried). */
const titleOf = (s: WalkStep) => {
  const t = flowWords.steps[STEP_STATE[s]]?.title;
  return typeof t === 'string' ? localize(t) : s;
};

/** The code the pasted text shows: the first one the code table lists, else the first one found. */
function readCode(findings: readonly AnyFinding[], _c: C, say: Say): Reading | undefined {
  const f = findingOf(findings, 'error-code');
  if (!f || f.facts.codes.length === 0) return undefined;
  const pick = f.facts.codes.find((x) => helloErrorCode(x.code)) ?? f.facts.codes[0]!;
  const many = f.facts.codes.length > 1;
  const printed = pick.printed.toLowerCase() !== pick.code.toLowerCase();
  const reason = printed ? (many ? 'showsPrintedMany' : 'showsPrinted') : many ? 'showsMany' : 'shows';
  const event = { type: 'CODE_ENTERED', values: { code: pick.code } };
  return { event, because: say(reason, { code: pick.code, printed: pick.printed, count: f.facts.codes.length }) };
}

const fixSteps = Object.fromEntries(
  [...new Set(Object.values(STEP_STATE))].map((state): [StepState, StepLogic<C>] => [state, { values: { documentedFor: () => documentedFor(state) } }]),
) as Record<StepState, StepLogic<C>>;

export const logic: FlowLogic<C, typeof machine> = {
  values: {
    code: (c) => c.code ?? undefined,
    cause,
    position,
    kdcCode: () => KDC_CODE,
    supportCodes: () => codeList((e) => e.category === 'escalate'),
    triedSteps: (c) => c.plan.slice(0, c.at + 1).map(titleOf).join('; '),
  },
  when: {
    hasCode: (c) => c.code !== null,
    listed: (c) => listed(c) !== undefined,
    unlisted: (c) => c.code !== null && listed(c) === undefined,
    triedSome: (c) => c.plan.slice(0, c.at + 1).length > 0,
    fpurlFile: (c) => c.code === '0x801C0016',
    fpurlDomain: (c) => c.code === '0x801C0017',
    fpurlClientConfig: (c) => c.code === '0x801C0018',
    fpurlOther: (c) => !['0x801C0016', '0x801C0017', '0x801C0018'].includes(c.code ?? ''),
  },
  steps: {
    code: {
      read: readCode,
      fields: { code: { validate: (raw, _c, say) => (readTypedCode(raw) ? undefined : say('notACode')) } },
      sample: "Something went wrong\nWe weren't able to set up your PIN. Try again later.\nError code: 0x801c03ed",
    },
    ...fixSteps,
  },
  events: {
    CODE_ENTERED: (e) => ({ code: readTypedCode((e as { values?: { code?: string } }).values?.code) ?? flowSay('codeUnreadable') }),
  },
};

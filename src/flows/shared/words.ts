/**
 * Builds a flow's content (the steps the screens show) from its words file and its logic: the words say everything
 * a person reads, with `{placeholders}` for the case's values and `{when, text}` parts for text that depends on the
 * case; the logic (a flow's logic.ts) computes those values and conditions and holds the readers and checks.
 * Steps shared by several flows are used by reference (`use: join.question`), see ./library.ts.
 */
import type { AnyStateMachine } from 'xstate';
import type { AnyFinding } from '../../evidence/types';
import { localize } from '../../words/locale';
import type { FlowWords, StepWords } from '../../words/schema';
import { fill, parseWhen, type TextWords, type Values } from '../../words/template';
import type { FlowId } from '../ids';
import { sharedStep } from './library';
import type { FlowLogic, Say, StepLogic, Value } from './logic';
import type { Answer, CodeBlock, Field, FlowContent, Step, Text } from './types';

export type { FlowLogic, Say, StepLogic } from './logic';

/** A step's words after its shared step (if any) is applied: the shared words under the flow's own. */
export function resolveStep(words: StepWords): { words: StepWords; logic?: StepLogic<any> } {
  if (!words.use) return { words };
  const shared = sharedStep(words.use);
  if (!shared) return { words };
  const { use: _use, ...own } = words;
  const merged: StepWords = {
    ...shared.words,
    ...own,
    vars: { ...shared.words.vars, ...own.vars },
    messages: { ...shared.messages, ...shared.words.messages, ...own.messages },
  };
  return { words: merged, logic: shared.logic };
}

export function contentFrom<C, M extends AnyStateMachine = AnyStateMachine>(words: FlowWords, logic: FlowLogic<C, M>): FlowContent<C, M> {
  const flowValues = logic.values ?? {};
  const conditions = logic.when ?? {};
  // Each step is built when first read: a flow page's first visit builds the one step it shows, not all of them.
  const steps: Record<string, Step<C>> = {};
  for (const [id, raw] of Object.entries(words.steps)) {
    let built: Step<C> | undefined;
    const build = () => {
      const resolved = resolveStep(raw);
      const own = (logic.steps as Record<string, StepLogic<C>> | undefined)?.[id];
      const stepLogic: StepLogic<C> = { ...resolved.logic, ...own, values: { ...resolved.logic?.values, ...own?.values } };
      return buildStep(resolved.words, stepLogic, flowValues, conditions, words.messages ?? {});
    };
    Object.defineProperty(steps, id, { enumerable: true, get: () => (built ??= build()) });
  }
  return {
    steps: steps as FlowContent<C, M>['steps'],
    references: (words.references ?? []).map((r) => ({ title: localize(r.title), source: r.source })),
    guards: Object.fromEntries(Object.entries(words.guards ?? {}).map(([name, w]) => [name, localize(w)])),
    describe: (event) => {
      const template = words.events?.[event.type];
      const values = template === undefined ? undefined : logic.events?.[event.type]?.(event);
      return values ? fill(localize(template!), values) : undefined;
    },
  };
}

function buildStep<C>(
  w: StepWords,
  logic: StepLogic<C>,
  flowValues: Record<string, Value<C>>,
  conditions: Record<string, (ctx: C) => boolean>,
  flowMessages: Record<string, string>,
): Step<C> {
  const vars = w.vars ?? {};
  const lookup = (ctx: C) => (name: string) => {
    if (name in vars) return localize(vars[name]!);
    const fn = logic.values?.[name] ?? flowValues[name];
    return fn ? fn(ctx) : undefined;
  };
  const holds = (ctx: C, when: string) => {
    const { name, not } = parseWhen(when);
    return Boolean(conditions[name]?.(ctx)) !== not;
  };
  /** Words → a string (no placeholders, no conditions) or a function of the case. */
  const text = (t: TextWords, join: string, translate = true): Text<C> => {
    const tr = (s: string) => (translate ? localize(s) : s);
    if (typeof t === 'string') {
      const s = tr(t);
      return s.includes('{') ? (ctx: C) => fill(s, lookup(ctx)) : s;
    }
    const parts = t.map((p) => (typeof p === 'string' ? { text: tr(p) } : { when: p.when, text: tr(p.text) }));
    return (ctx: C) =>
      fill(
        parts
          .filter((p) => p.when === undefined || holds(ctx, p.when))
          .map((p) => p.text)
          .join(join),
        lookup(ctx),
      );
  };
  const opt = (t: TextWords | undefined, join = ' ') => (t === undefined ? undefined : text(t, join));
  /** The step's named texts, filled with the reader's values, then the case's. */
  const sayFor =
    (ctx: C): Say =>
    (name, values: Values = {}) => {
      const template = w.reasons?.[name] ?? w.messages?.[name] ?? flowMessages[name];
      if (template === undefined) throw new Error(`The words have no reason or message "${name}" for the step "${String(w.title ?? '')}".`);
      const fromCase = lookup(ctx);
      return fill(localize(template), (key) => values[key] ?? (ctx === undefined ? undefined : fromCase(key)));
    };
  const code = (c: { label?: string; language?: CodeBlock<C>['language']; code: string } | undefined): CodeBlock<C> | undefined =>
    c && { label: c.label === undefined ? undefined : localize(c.label), language: c.language, code: text(c.code, '', false) };
  const howTo = (items: StepWords['howTo']) => items?.map((h) => ({ text: text(h.text, ' '), code: code(h.code) }));
  /** Words of a step that show no case values but may use the shared step's `vars` (labels, hints). */
  const withVars = (t: string) => fill(localize(t), (name) => (name in vars ? localize(vars[name]!) : undefined));
  const answers: Answer[] = (w.answers ?? []).map((a) => ({ event: a.event, label: withVars(a.label), hint: a.hint === undefined ? undefined : withVars(a.hint) }));
  const base = { title: text(w.title ?? '', ' '), body: opt(w.body, '\n\n'), howTo: howTo(w.howTo), detail: opt(w.detail, '\n\n') };
  const read = logic.read && ((findings: AnyFinding[], ctx: C) => logic.read!(findings, ctx, sayFor(ctx)));
  switch (w.kind) {
    case 'question':
      return { kind: 'question', ...base, answers, read };
    case 'check':
      return { kind: 'check', ...base, answers };
    case 'action':
      return { kind: 'action', ...base, answers, steps: howTo(w.steps) ?? [] };
    case 'evidence':
      return {
        kind: 'evidence',
        ...base,
        needs: localize(w.needs ?? ''),
        answers,
        fields: w.fields?.map((f) => field(f, logic, sayFor, text, vars)),
        submit: w.submit && { event: w.submit.event, label: localize(w.submit.label) },
        read,
        sample: logic.sample,
      };
    case 'outcome':
      return {
        kind: 'outcome',
        ...base,
        result: w.result ?? 'escalate',
        related: w.related as FlowId | undefined,
        handOver: w.handOver?.map((h) => text(h, ' ')),
        verdict: opt(w.verdict),
        also: w.also?.map((a) => ({ flow: a.flow as FlowId, when: localize(a.when) })),
        carry: logic.carry,
      };
    default:
      throw new Error(`A step has no kind (question, evidence, action, check or outcome): "${String(w.title ?? '')}".`);
  }
}

function field<C>(
  f: NonNullable<StepWords['fields']>[number],
  logic: StepLogic<C>,
  sayFor: (ctx: C) => Say,
  text: (t: TextWords, join: string, translate?: boolean) => Text<C>,
  vars: Record<string, string>,
): Field<C> {
  const own = logic.fields?.[f.name];
  const validate = own?.validate;
  return {
    name: f.name,
    label: localize(f.label),
    help: f.help === undefined ? undefined : localize(f.help),
    type: f.type,
    multiline: f.multiline,
    required: own?.required ?? f.required,
    placeholder: f.placeholder === undefined ? undefined : fill(f.placeholder, (name) => vars[name]),
    defaultValue: f.defaultValue === undefined ? undefined : text(f.defaultValue, '', false),
    validate: validate && ((raw: string, ctx: C) => validate(raw, ctx, sayFor(ctx))),
  };
}

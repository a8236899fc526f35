/**
 * The content lint: what links a flow's words (words.yaml) to its machine and its logic (logic.ts). Each problem is
 * one line naming the file and the step, so a support lead who edits words sees what to fix.
 */
import type { AnyStateMachine } from 'xstate';
import { resolveStep } from '../../src/flows/shared/words';
import { sharedStepNames } from '../../src/flows/shared/library';
import type { FlowLogic } from '../../src/flows/shared/logic';
import type { CausesWords, FlowWords, StepWords } from '../../src/words/schema';
import { placeholdersIn, parseWhen, type TextWords } from '../../src/words/template';

/** Every text of a step with where it is, for placeholders and conditions. */
function textsOf(w: StepWords): { where: string; text: TextWords }[] {
  const out: { where: string; text: TextWords }[] = [];
  const add = (where: string, t: TextWords | undefined) => t !== undefined && out.push({ where, text: t });
  add('title', w.title);
  add('body', w.body);
  add('detail', w.detail);
  add('verdict', w.verdict);
  add('needs', w.needs);
  w.howTo?.forEach((h, i) => (add(`howTo[${i}].text`, h.text), add(`howTo[${i}].code`, h.code?.code)));
  w.steps?.forEach((h, i) => (add(`steps[${i}].text`, h.text), add(`steps[${i}].code`, h.code?.code)));
  w.handOver?.forEach((h, i) => add(`handOver[${i}]`, h));
  w.fields?.forEach((f, i) => (add(`fields[${i}].label`, f.label), add(`fields[${i}].help`, f.help), add(`fields[${i}].defaultValue`, f.defaultValue)));
  w.answers?.forEach((a, i) => (add(`answers[${i}].label`, a.label), add(`answers[${i}].hint`, a.hint)));
  return out;
}

const partsOf = (t: TextWords) => (typeof t === 'string' ? [{ text: t }] : t.map((p) => (typeof p === 'string' ? { text: p } : p)));

export function wordsProblems(opts: {
  file: string;
  words: FlowWords;
  logic: FlowLogic<any>;
  machine: AnyStateMachine;
  flowIds: readonly string[];
}): string[] {
  const { file, words, logic, machine, flowIds } = opts;
  const problems: string[] = [];
  const states = machine.root.states as Record<string, { type: string; transitions: Map<string, unknown> }>;
  const stateIds = Object.keys(states);
  for (const id of stateIds) if (!words.steps[id]) problems.push(`${file}: the state "${id}" has no words (add steps.${id})`);
  for (const id of Object.keys(words.steps)) if (!states[id]) problems.push(`${file}: steps.${id}: the machine has no state "${id}" (misspelt?)`);
  for (const id of Object.keys(logic.steps ?? {})) if (!words.steps[id]) problems.push(`${file}: logic.ts steps.${id}: no step "${id}" in the words`);
  const flowValues = new Set(Object.keys(logic.values ?? {}));
  const conditions = new Set(Object.keys(logic.when ?? {}));
  for (const [id, raw] of Object.entries(words.steps)) {
    const at = `${file}: steps.${id}`;
    if (raw.use && !sharedStepNames.includes(raw.use)) problems.push(`${at}.use: no shared step "${raw.use}" (there are: ${sharedStepNames.join(', ')})`);
    const { words: w, logic: shared } = resolveStep(raw);
    const own = (logic.steps as Record<string, NonNullable<FlowLogic<any>['steps']>[string]> | undefined)?.[id];
    if (!w.kind) problems.push(`${at}: no kind (question, evidence, action, check or outcome)`);
    const node = states[id];
    if (node) {
      if ((w.kind === 'outcome') !== (node.type === 'final')) problems.push(`${at}: kind ${w.kind} but the state is ${node.type === 'final' ? 'final (an outcome)' : 'not final'}`);
      const accepted = new Set(node.transitions.keys());
      for (const a of w.answers ?? []) if (!accepted.has(a.event)) problems.push(`${at}: the answer ${a.event} is not accepted by the state (it accepts ${[...accepted].join(', ') || 'nothing'})`);
      if (w.submit && !accepted.has(w.submit.event)) problems.push(`${at}.submit: the event ${w.submit.event} is not accepted by the state`);
    }
    const known = new Set([...flowValues, ...Object.keys(w.vars ?? {}), ...Object.keys(shared?.values ?? {}), ...Object.keys(own?.values ?? {})]);
    for (const { where, text } of textsOf(w)) {
      for (const part of partsOf(text)) {
        for (const name of placeholdersIn(part.text)) if (!known.has(name)) problems.push(`${at}.${where}: the placeholder {${name}} is not a value the case can fill (logic.ts values: ${[...known].join(', ') || 'none'})`);
        if ('when' in part && part.when !== undefined && !conditions.has(parseWhen(part.when).name)) problems.push(`${at}.${where}: the condition "${part.when}" is not in logic.ts when`);
      }
    }
    const fieldNames = new Set((w.fields ?? []).map((f) => f.name));
    for (const name of Object.keys(own?.fields ?? {})) if (!fieldNames.has(name)) problems.push(`${file}: logic.ts steps.${id}.fields.${name}: the step has no field "${name}"`);
    if (w.related && !flowIds.includes(w.related)) problems.push(`${at}.related: no flow "${w.related}"`);
    for (const a of w.also ?? []) if (!flowIds.includes(a.flow)) problems.push(`${at}.also: no flow "${a.flow}"`);
  }
  for (const event of Object.keys(words.events ?? {})) if (!logic.events?.[event]) problems.push(`${file}: events.${event}: logic.ts has no events.${event} giving its values`);
  const used = guardsUsed(machine);
  const worded = new Set(Object.keys(words.guards ?? {}));
  const usedNames = new Set([...used].map((key) => key.split('.')[0]!));
  // A guard with a parameter needs its own text for each value it is used with, or one text for all.
  for (const key of used) if (!worded.has(key) && !worded.has(key.split('.')[0]!)) problems.push(`${file}: the machine's guard "${key}" has no words (add guards.${key})`);
  for (const key of worded) if (!used.has(key) && !(key.includes('.') && usedNames.has(key.split('.')[0]!))) problems.push(`${file}: guards.${key}: the machine uses no guard "${key}" (misspelt?)`);
  return problems;
}

/**
 * A flow's cause texts (causes.yaml) against its code table: every code of the table has a cause, the words name no
 * code the table lacks, and the row with no code sits under the code the table keeps it with.
 */
export function causesProblems(opts: { file: string; table: string; causes: CausesWords; codes: readonly { code: string; uncodedRow?: unknown }[] }): string[] {
  const { file, table, causes, codes } = opts;
  const problems: string[] = [];
  const inTable = new Set(codes.map((e) => e.code));
  for (const code of inTable) if (!Object.hasOwn(causes.causes, code)) problems.push(`${file}: the code ${code} of ${table} has no cause text (add causes."${code}")`);
  for (const code of Object.keys(causes.causes)) if (!inTable.has(code)) problems.push(`${file}: causes."${code}": ${table} has no code ${code} (misspelt, or add it to the table)`);
  const keeps = codes.find((e) => e.uncodedRow !== undefined)?.code;
  const under = causes.uncodedRow?.under;
  if (keeps !== under) problems.push(`${file}: uncodedRow: ${keeps ? `${table} keeps the row with no code under ${keeps}` : `${table} has no row with no code`}, the words put it ${under ? `under ${under}` : 'nowhere'}`);
  return problems;
}

/** The names of every guard the machine's transitions use, also inside and/or/not (`name.value` for one with a parameter). */
export function guardsUsed(machine: AnyStateMachine): Set<string> {
  const out = new Set<string>();
  const add = (g: unknown) => {
    if (typeof g === 'string') out.add(g);
    else if (g && typeof g === 'object' && 'type' in g && typeof g.type === 'string') {
      const params = 'params' in g && g.params && typeof g.params === 'object' ? Object.values(g.params) : [];
      // With a parameter: `doingIs.sign-in`, one name per value used.
      if (params.length === 1 && typeof params[0] === 'string') out.add(`${g.type}.${params[0]}`);
      else out.add(g.type);
    }
    else if (typeof g === 'function') for (const part of (g as { guards?: unknown[] }).guards ?? []) add(part);
  };
  const states = machine.root.states as Record<string, { transitions: Map<string, { guard?: unknown }[]>; always?: { guard?: unknown }[] }>;
  for (const node of Object.values(states)) for (const list of [...node.transitions.values(), node.always ?? []]) for (const tr of list) add(tr.guard);
  return out;
}

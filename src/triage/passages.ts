/**
 * The searchable text of a flow, read from the flow itself: its catalog facts and the words of
 * every step (resolved with the machine's initial context). Nothing is copied by hand.
 */
import { initialTransition } from 'xstate';
import type { FlowDescriptor, Step, Text } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { t } from '../words/messages';

export type PassageKind = 'title' | 'symptom' | 'keyword' | 'applies' | 'step' | 'text' | 'code' | 'outcome';

export interface Passage {
  flowId: string;
  kind: PassageKind;
  /** Where it was found, in words: "Keyword", "Step “Is the device Entra joined?”". */
  where: string;
  text: string;
}

function initialContext(d: FlowDescriptor): unknown {
  try {
    return initialTransition(d.machine)[0].context;
  } catch {
    return {};
  }
}

function resolve<C>(text: Text<C> | undefined, ctx: C): string {
  try {
    return resolveText(text, ctx).trim();
  } catch {
    return '';
  }
}

function stepPassages(flowId: string, step: Step<unknown>, ctx: unknown): Passage[] {
  const title = resolve(step.title, ctx);
  if (step.kind === 'outcome') {
    // "Not this issue" outcomes describe what the flow is not: they would mislead the search.
    return step.result === 'not-this' || !title ? [] : [{ flowId, kind: 'outcome', where: t('search.where.result', { title }), text: title }];
  }
  const where = t('search.where.step', { title });
  const out: Passage[] = [];
  const add = (kind: PassageKind, text: string) => {
    if (text) out.push({ flowId, kind, where, text });
  };
  add('step', title);
  add('text', resolve(step.body, ctx));
  add('text', resolve(step.detail, ctx));
  for (const h of step.howTo ?? []) {
    add('text', resolve(h.text, ctx));
    if (h.code) add('code', resolve(h.code.code, ctx));
  }
  if ('answers' in step) for (const a of step.answers) add('text', [a.label, a.hint].filter(Boolean).join(': '));
  if (step.kind === 'evidence') {
    add('text', step.needs);
    for (const f of step.fields ?? []) add('text', [f.label, f.help].filter(Boolean).join(': '));
  }
  if (step.kind === 'action') {
    for (const s of step.steps) {
      add('text', resolve(s.text, ctx));
      if (s.code) add('code', resolve(s.code.code, ctx));
    }
  }
  return out;
}

/** Every passage of one flow. */
export function flowPassages(d: FlowDescriptor): Passage[] {
  const id = d.id;
  const out: Passage[] = [
    { flowId: id, kind: 'title', where: t('search.where.title'), text: d.title },
    { flowId: id, kind: 'symptom', where: t('search.where.symptom'), text: d.symptom },
    ...d.appliesTo.map((text): Passage => ({ flowId: id, kind: 'applies', where: t('search.where.applies'), text })),
    ...d.keywords.map((text): Passage => ({ flowId: id, kind: 'keyword', where: t('search.where.keyword'), text })),
  ];
  const ctx = initialContext(d);
  for (const step of Object.values(d.content?.steps ?? {})) {
    try {
      out.push(...stepPassages(id, step as Step<unknown>, ctx));
    } catch {
      // A step whose words can't be read is left out of the search, never breaks it.
    }
  }
  // The same sentence often appears in several steps; one copy is enough.
  const seen = new Set<string>();
  return out.filter((p) => {
    const key = `${p.kind === 'step' ? 'step' : 'x'}|${p.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

#!/usr/bin/env node
// `npm run new-flow -- <flow-id>`: scaffolds src/flows/<flow-id>/ (meta.yaml, machine, words.yaml, logic, content, matches,
// index), a test in tests/flows/<flow-id>.test.ts, and adds the id to src/flows/ids.ts. The flow starts
// `unlisted` (a draft): it passes the tests as generated; remove `unlisted` when it is ready, and
// tests/flows/registration.test.ts lists what the catalog, paste triage and guided triage still need.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ID_RE = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** 'cloud-kerberos-trust' → 'CloudKerberosTrust'. */
const pascal = (id) => id.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());

/** The files of a new flow folder, by path relative to the repository root. */
export function flowFiles(id) {
  if (!ID_RE.test(id)) throw new Error(`"${id}" is not a flow id: lower-case words joined by -, e.g. cloud-kerberos-trust`);
  const T = pascal(id);
  const dir = `src/flows/${id}`;
  return {
    [`${dir}/meta.yaml`]: `# The catalog entry of ${id}: title, symptom, where it applies, and the words people search with.
id: ${id}
title: "TODO: the issue in a few words (${id})"
symptom: "TODO: what the person sees, in one sentence."
appliesTo:
  - "TODO: which deployments"
keywords:
  - "TODO: error texts, event ids, codes, KBs, builds"
# A draft: left out of the catalog, search and triage. Remove this line when the flow is ready;
# tests/flows/registration.test.ts then says what matches.ts and guided triage still need.
unlisted: true
`,
    [`${dir}/machine.ts`]: `/** ${id}: one state per screen; outcomes are final states; rules in guards. Pure. */
import { setup } from 'xstate';

export interface ${T}Context {
  fixed: boolean;
}

export type ${T}Event = { type: 'YES' } | { type: 'NO' } | { type: 'DONE' } | { type: 'FIXED' } | { type: 'NOT_FIXED' };

export const machine = setup({
  types: {
    context: {} as ${T}Context,
    events: {} as ${T}Event,
  },
}).createMachine({
  id: '${id}',
  initial: 'symptom',
  context: { fixed: false },
  states: {
    symptom: { on: { YES: 'fix', NO: 'outNotThis' } },
    fix: { on: { DONE: 'check' } },
    check: { on: { FIXED: 'outResolved', NOT_FIXED: 'outEscalate' } },
    outResolved: { type: 'final' },
    outNotThis: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});
`,
    [`${dir}/words.yaml`]: `# The words of ${id}: one step per state of its machine (machine.ts). Placeholders in {braces} are
# filled from the case (logic.ts values); see src/words/schema.ts for every key a step may have.
steps:
  symptom:
    kind: question
    title: "TODO: Does the user see this?"
    answers:
      - { event: YES, label: "Yes" }
      - { event: NO, label: "No" }
  fix:
    kind: action
    title: "TODO: Apply the fix"
    steps:
      - text: "TODO: first step"
    answers:
      - { event: DONE, label: Done }
  check:
    kind: check
    title: "TODO: Did that fix it?"
    answers:
      - { event: FIXED, label: "Yes, it works now" }
      - { event: NOT_FIXED, label: "No, it still fails" }
  outResolved:
    kind: outcome
    result: resolved
    title: "TODO: Fixed"
  outNotThis:
    kind: outcome
    result: not-this
    title: "TODO: Not this issue"
  outEscalate:
    kind: outcome
    result: escalate
    title: "TODO: Hand over to support"
    handOver:
      - "TODO: what to hand over"
references:
  - { title: "TODO: the source document", source: "TODO: section or public URL" }
`,
    [`${dir}/logic.ts`]: `/** The logic behind the words of ${id} (words.yaml): the case's values, conditions, evidence readers. */
import type { FlowLogic } from '../shared/logic';
import type { machine, ${T}Context } from './machine';

export const logic: FlowLogic<${T}Context, typeof machine> = {
  values: {},
  when: {},
  steps: {},
};
`,
    [`${dir}/content.ts`]: `import type { FlowWords } from '../../words/schema';
import { contentFrom } from '../shared/words';
import { logic } from './logic';
import type { machine, ${T}Context } from './machine';
import words from './words.yaml';

/** The flow's steps: its words (words.yaml) with its logic (logic.ts). */
export const content = contentFrom<${T}Context, typeof machine>(words as FlowWords, logic);
`,
    [`${dir}/matches.ts`]: `import type { AnyMatch } from '../shared/matches';

/**
 * The evidence that points to this flow (paste triage ranks from it), e.g.
 * match({ kind: 'udr-event', when: (f) => f.eventId === 360, rank: 2 }) with \`import { match } from '../shared/matches'\`.
 */
export const matches: AnyMatch[] = [];
`,
    [`${dir}/index.ts`]: `import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type ${T}Context } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<${T}Context> = {
  ...metaFrom(metaWords),
  machine,
  content,
  // Payload events (typed values) for the model tests and the trainer.
  sampleEvents: [],
};

export default descriptor;
`,
    [`tests/flows/${id}.test.ts`]: `import { describe, expect, it } from 'vitest';
import descriptor from '../../src/flows/${id}';
import { replay, stateIdOf } from '../../src/flows/shared/replay';

// The model tests (tests/flows/model.test.ts) already cover this flow; add its exact routes and values here.
describe('${id}', () => {
  it('a fix that works ends resolved', () => {
    const r = replay(descriptor.machine, [{ type: 'YES' }, { type: 'DONE' }, { type: 'FIXED' }]);
    expect(stateIdOf(r.snapshot)).toBe('outResolved');
  });
});
`,
  };
}

/** src/flows/ids.ts with the id added to FLOW_IDS (unchanged when it is there already). */
export function withFlowId(idsSource, id) {
  const m = idsSource.match(/FLOW_IDS\s*=\s*\[([^\]]*)\]/);
  if (!m) throw new Error('src/flows/ids.ts: FLOW_IDS = [...] not found');
  if (m[1].includes(`'${id}'`)) return idsSource;
  const body = m[1].replace(/\s*$/, '');
  const next = `${body}${body.trim().endsWith(',') || body.trim() === '' ? '' : ','}\n  '${id}',\n`;
  return idsSource.replace(m[1], next);
}

/** Writes the folder under `root` (refuses to overwrite anything). Returns the paths written. */
export function scaffold(id, root = resolve(import.meta.dirname, '..')) {
  const files = flowFiles(id);
  for (const path of Object.keys(files)) if (existsSync(join(root, path))) throw new Error(`${path} exists already: nothing was written.`);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  const idsPath = join(root, 'src/flows/ids.ts');
  writeFileSync(idsPath, withFlowId(readFileSync(idsPath, 'utf8'), id));
  return [...Object.keys(files), 'src/flows/ids.ts'];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const id = process.argv[2];
  if (!id) {
    console.error('Usage: npm run new-flow -- <flow-id>   (lower-case words joined by -)');
    process.exit(1);
  }
  try {
    for (const p of scaffold(id)) console.log(`wrote ${p}`);
    console.log(`\nNext: write the machine and words, run npm test; remove "unlisted" from meta.yaml when the flow is ready.`);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}

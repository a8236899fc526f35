/**
 * Migration helper: prints a first draft of a flow's words.yaml from its old content.ts (static strings copied,
 * every function left as a `TODO(fn)` string holding its source, to be rewritten by hand as {placeholders},
 * {when, text} parts or logic). Run: npx tsx scripts/dev/content-to-words.ts <flow-id> > src/flows/<id>/words.draft.yaml
 */
import { stringify } from 'yaml';

const id = process.argv[2];
if (!id) throw new Error('usage: content-to-words.ts <flow-id>');
const mod = await import(`../../src/flows/${id}/content.ts`);
const content = mod.content ?? Object.values(mod).find((v: any) => v && typeof v === 'object' && 'steps' in v);

const fn = (f: unknown) => (typeof f === 'function' ? `TODO(fn): ${String(f).replace(/\s+/g, ' ')}` : f);
const text = (t: unknown) => fn(t);
const code = (c: any) => c && { label: c.label, language: c.language, code: fn(c.code) };
const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));

const steps: Record<string, unknown> = {};
for (const [sid, s] of Object.entries<any>(content.steps)) {
  steps[sid] = clean({
    kind: s.kind,
    result: s.result,
    related: s.related,
    title: text(s.title),
    needs: s.needs,
    body: text(s.body),
    howTo: s.howTo?.map((h: any) => clean({ text: text(h.text), code: code(h.code) })),
    steps: s.steps?.map((h: any) => clean({ text: text(h.text), code: code(h.code) })),
    detail: text(s.detail),
    fields: s.fields?.map((f: any) =>
      clean({
        name: f.name,
        label: f.label,
        help: f.help,
        type: f.type,
        multiline: f.multiline,
        required: typeof f.required === 'function' ? `TODO(fn): ${String(f.required)}` : f.required,
        placeholder: f.placeholder,
        defaultValue: fn(f.defaultValue),
        validate: f.validate ? `TODO(logic): ${String(f.validate).replace(/\s+/g, ' ')}` : undefined,
      }),
    ),
    submit: s.submit,
    answers: s.answers?.map((a: any) => clean(a)),
    handOver: s.handOver?.map(text),
    verdict: text(s.verdict),
    also: s.also,
    read: s.read ? `TODO(logic): ${String(s.read).replace(/\s+/g, ' ')}` : undefined,
    carry: s.carry ? `TODO(logic): ${String(s.carry).replace(/\s+/g, ' ')}` : undefined,
    sample: s.sample ? 'TODO(logic): sample' : undefined,
  });
}
process.stdout.write(stringify(clean({ steps, references: content.references, describe: content.describe ? `TODO(logic): ${String(content.describe).replace(/\s+/g, ' ')}` : undefined }), { lineWidth: 0 }));

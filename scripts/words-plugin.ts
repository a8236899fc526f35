/**
 * Vite plugin (build, dev and tests): a `.yaml` words file becomes a module exporting its data, after the file is
 * checked against its schema (src/words/schema.ts). A problem stops the build or the test run with the file, line
 * and column, where in the file (e.g. `steps.joined.answers[1].label`) and what is wrong.
 */
import { relative } from 'node:path';
import * as v from 'valibot';
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { schemaFor } from '../src/words/schema.ts';

export class WordsError extends Error {}

type Key = string | number;

const at = (path: Key[]) =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(the whole file)';

/** The line:column of the deepest node along the path that exists in the document. */
function position(doc: Document, lines: LineCounter, path: Key[]): string {
  for (let n = path.length; n >= 0; n--) {
    // A key in a mapping: the key's own line (an unknown key's value may start on the next line). Compared as text:
    // YAML reads an unquoted 0x801C03ED key as a number, which the schema's path names as a string.
    const parent = n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1])) : undefined;
    if (pair && isNode(pair.key) && pair.key.range) {
      const { line, col } = lines.linePos(pair.key.range[0]);
      return `${line}:${col}`;
    }
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return `${line}:${col}`;
    }
  }
  return '1:1';
}

/** Parses and checks one words file; throws a WordsError naming every problem with its line. */
export function readWords(source: string, file: string, root = process.cwd()): unknown {
  const name = relative(root, file) || file;
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const problems = doc.errors.map((e) => {
      const p = lines.linePos(e.pos[0]);
      return `${name}:${p.line}:${p.col}: ${e.message.split('\n')[0]}`;
    });
    throw new WordsError(`Words file is not valid YAML:\n${problems.join('\n')}`);
  }
  const data: unknown = doc.toJS();
  const schema = schemaFor(file);
  if (!schema) return data;
  const result = v.safeParse(schema, data);
  if (!result.success) {
    const problems = result.issues.map((issue) => {
      const path = (issue.path ?? []).map((p) => p.key as Key);
      return `${name}:${position(doc, lines, path)}: ${at(path)}: ${issue.message}`;
    });
    throw new WordsError(`Words file does not match its schema:\n${problems.join('\n')}`);
  }
  return result.output;
}

/** The sections a words file can be imported alone by: `?matches`, `?messages`, `?guards`. */
const PART = /\.yaml\?(matches|messages|guards)$/;

export function wordsPlugin() {
  return {
    name: 'whfb:words',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      const file = id.split('?')[0]!;
      if (!file.endsWith('.yaml')) return undefined;
      const data = readWords(code, file);
      // The home page's copy of a flow's catalog entry (`meta.yaml?catalog`) leaves out the search words: they load
      // with the flow (its index.ts imports the whole file), which is what the search index reads.
      if (id.endsWith('/meta.yaml?catalog') && data && typeof data === 'object') delete (data as { keywords?: unknown }).keywords;
      // One section alone (`words.yaml?matches`, `dcBuilds.yaml?messages`): what paste triage needs, without the steps.
      const part = PART.exec(id)?.[1];
      if (part) return { code: `export default ${JSON.stringify({ [part]: (data as Record<string, unknown>)[part] ?? {} })};\n`, map: null };
      return { code: `export default ${JSON.stringify(data)};\n`, map: null };
    },
  };
}

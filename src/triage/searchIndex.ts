/**
 * Full-text search over every flow: title, symptom, error texts, event ids, codes, KB numbers and
 * builds, from the flows' own content. Tolerates typos in words and partial codes.
 * Loaded lazily (it pulls in MiniSearch and every flow's content).
 */
import MiniSearch from 'minisearch';
import { flows as registered, loadFlow } from '../flows/registry';
import type { FlowDescriptor } from '../flows/shared/types';
import { flowPassages, type Passage, type PassageKind } from './passages';
import { fuzzyFor, normaliseCodesInQuery, processTerm, tokenizeForIndex, tokenizeQuery } from './tokens';

const BOOST: Record<PassageKind, number> = {
  keyword: 3,
  title: 2.5,
  symptom: 2,
  step: 1.5,
  applies: 1.2,
  text: 1,
  code: 0.8,
  outcome: 0.7,
};

export interface Snippet {
  text: string;
  /** [start, end) ranges of `text` that matched the query. */
  marks: [number, number][];
}

export interface SearchHit {
  flowId: string;
  title: string;
  score: number;
  /** Why it matched: where, and the matching words in context. */
  where: string;
  snippet: Snippet;
}

export interface FlowSearch {
  search: (query: string, limit?: number) => SearchHit[];
  /** How many passages are indexed (for the benchmark and tests). */
  size: number;
}

const SNIPPET_RADIUS = 70;
/** Hits scoring below this share of the best one are left out. */
const RELATIVE_FLOOR = 0.1;

/** Cuts a passage around the first matched term and marks every matched term in the cut. */
export function makeSnippet(text: string, terms: string[]): Snippet {
  const lower = text.toLowerCase().replace(/['’]/g, (c) => (c === '’' ? '’' : "'"));
  const find = (t: string, from = 0) => {
    const plain = lower.indexOf(t, from);
    if (plain !== -1) return { at: plain, len: t.length };
    // Terms lose apostrophes ("cant"); match "can't" in the text too.
    const re = new RegExp(t.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join("['’]?"), 'g');
    re.lastIndex = from;
    const m = re.exec(lower);
    return m ? { at: m.index, len: m[0].length } : undefined;
  };
  const firsts = terms.map((t) => find(t)).filter((x): x is { at: number; len: number } => !!x);
  const first = firsts.length ? Math.min(...firsts.map((f) => f.at)) : 0;
  let start = Math.max(0, first - SNIPPET_RADIUS);
  let end = Math.min(text.length, first + SNIPPET_RADIUS * 2);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space !== -1 && space < first ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > first ? space : end;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const cut = prefix + text.slice(start, end) + suffix;
  const marks: [number, number][] = [];
  for (const t of terms) {
    let from = start;
    for (let hit = find(t, from); hit && hit.at < end; hit = find(t, from)) {
      const s = hit.at - start + prefix.length;
      marks.push([s, Math.min(s + hit.len, cut.length - suffix.length)]);
      from = hit.at + Math.max(1, hit.len);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return { text: cut, marks: merged };
}

/** Builds the search over the given flows. Pure apart from MiniSearch's own state. */
export function createFlowSearch(descriptors: readonly FlowDescriptor[]): FlowSearch {
  const passages: Passage[] = descriptors.flatMap((d) => flowPassages(d));
  const titles = new Map(descriptors.map((d) => [d.id as string, d.title]));
  const index = new MiniSearch<Passage & { id: number }>({
    fields: ['text'],
    tokenize: tokenizeForIndex,
    processTerm,
    searchOptions: {
      tokenize: tokenizeQuery,
      processTerm,
      prefix: (term) => term.length >= 2,
      fuzzy: fuzzyFor,
      boostDocument: (id) => BOOST[passages[id as number]?.kind ?? 'text'] ?? 1,
    },
  });
  index.addAll(passages.map((p, id) => ({ ...p, id })));

  const search = (query: string, limit = 6): SearchHit[] => {
    const q = typeof query === 'string' ? query.slice(0, 400).trim() : '';
    if (!q) return [];
    let results: ReturnType<typeof index.search>;
    try {
      results = index.search(normaliseCodesInQuery(q));
    } catch {
      return [];
    }
    // Passages → flows: a flow scores its best passage plus a little for each further match.
    const byFlow = new Map<string, { best: (typeof results)[number]; rest: number[] }>();
    for (const r of results) {
      const p = passages[r.id as number];
      if (!p) continue;
      const entry = byFlow.get(p.flowId);
      if (!entry) byFlow.set(p.flowId, { best: r, rest: [] });
      else entry.rest.push(r.score);
    }
    const hits: SearchHit[] = [];
    for (const [flowId, { best, rest }] of byFlow) {
      const p = passages[best.id as number]!;
      const extra = rest.slice(0, 5).reduce((a, b) => a + b, 0) * 0.15;
      hits.push({ flowId, title: titles.get(flowId) ?? flowId, score: best.score + extra, where: p.where, snippet: makeSnippet(p.text, best.terms) });
    }
    hits.sort((a, b) => b.score - a.score);
    // A flow that only shares a common word with a long query is noise next to a real match.
    const floor = (hits[0]?.score ?? 0) * RELATIVE_FLOOR;
    return hits.filter((h) => h.score >= floor).slice(0, limit);
  };
  return { search, size: passages.length };
}

let loading: Promise<FlowSearch> | undefined;

/** The search over every registered flow, built once on first use. */
export function loadFlowSearch(): Promise<FlowSearch> {
  if (!loading) {
    loading = Promise.all(registered.map((f) => loadFlow(f.id).catch(() => undefined))).then((ds) =>
      createFlowSearch(ds.filter((d): d is FlowDescriptor => !!d)),
    );
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * The flows are the folders of src/flows: each `<id>/meta.yaml` registers one (catalog facts, loaded
 * eagerly); its `index.ts` (machine + content) loads on demand. There is no list to edit;
 * tests/flows/registration.test.ts fails when a folder is malformed or a flow is missing anywhere.
 */
import { FLOW_IDS, type FlowId } from './ids';
import { metaFrom } from './shared/meta';
import type { FlowDescriptor, FlowMeta } from './shared/types';

// `?catalog`: the search words are left out of this eager copy (scripts/words-plugin.ts); they ship with the flow's
// index.ts, which the search index loads.
const metaModules = import.meta.glob<unknown>('./*/meta.yaml', { eager: true, query: '?catalog', import: 'default' });
const loaders = import.meta.glob<{ default: FlowDescriptor }>('./*/index.ts');

/** The folder a module path like './<id>/meta.yaml' belongs to. */
export const folderOf = (path: string) => path.split('/')[1]!;

/** Every folder's meta, keyed by folder name (the registration test checks folder = meta.id). */
export const metaByFolder: ReadonlyMap<string, FlowMeta> = new Map(Object.entries(metaModules).map(([path, m]) => [folderOf(path), metaFrom(m)]));

const metaById = new Map<string, FlowMeta>([...metaByFolder.values()].map((m) => [m.id, m]));

const rank = (id: string) => {
  const i = (FLOW_IDS as readonly string[]).indexOf(id);
  return i === -1 ? FLOW_IDS.length : i;
};

/** Every flow's catalog facts: the ids' order, then any other folder by name. Unlisted flows (guided triage) are left out. */
export const allFlows: FlowMeta[] = [...metaById.values()].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));

/** The catalog: the documented issues, in order. */
export const flows: FlowMeta[] = allFlows.filter((m) => !m.unlisted);

export function flowMeta(id: string): FlowMeta | undefined {
  return metaById.get(id);
}

/** Folders with an index.ts (the registration test checks every meta has one). */
export const loadableFolders: readonly string[] = Object.keys(loaders).map(folderOf);

const cache = new Map<FlowId, Promise<FlowDescriptor>>();

/** Loads a flow's machine and content on demand. */
export function loadFlow(id: FlowId): Promise<FlowDescriptor> {
  let p = cache.get(id);
  if (!p) {
    const load = loaders[`./${id}/index.ts`];
    if (!load) return Promise.reject(new Error(`Flow ${id} is not registered.`));
    p = load().then((m) => m.default);
    cache.set(id, p);
  }
  return p;
}

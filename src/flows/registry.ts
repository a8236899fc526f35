import { FLOW_IDS, type FlowId } from './ids';
import type { FlowDescriptor, FlowMeta } from './shared/types';

const metaModules = import.meta.glob<{ meta: FlowMeta }>('./*/meta.ts', { eager: true });
const loaders = import.meta.glob<{ default: FlowDescriptor }>('./*/index.ts');

const metaById = new Map<string, FlowMeta>(Object.values(metaModules).map((m) => [m.meta.id, m.meta]));

/** Every registered flow's catalog facts, in the fixed order. */
export const flows: FlowMeta[] = FLOW_IDS.map((id) => metaById.get(id)).filter((m): m is FlowMeta => !!m);

export function flowMeta(id: string): FlowMeta | undefined {
  return metaById.get(id);
}

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

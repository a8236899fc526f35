import { useEffect, useState } from 'react';
import { flowMeta, loadFlow } from '../../flows/registry';
import type { FlowId } from '../../flows/ids';
import type { FlowDescriptor } from '../../flows/shared/types';

/** Loads the descriptors of the given flows on demand; the map fills in as they arrive. */
export function useDescriptors(ids: readonly FlowId[]): ReadonlyMap<string, FlowDescriptor> {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, FlowDescriptor>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    for (const id of key ? (key.split(',') as FlowId[]) : []) {
      if (!flowMeta(id)) continue;
      loadFlow(id).then(
        (d) => {
          if (live) setLoaded((m) => (m.has(id) ? m : new Map(m).set(id, d)));
        },
        () => undefined,
      );
    }
    return () => {
      live = false;
    };
  }, [key]);
  return loaded;
}

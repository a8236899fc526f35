/**
 * A flow is one folder. These checks fail, naming the folder, when a folder is malformed or a
 * flow is missing from any place that should pick it up by itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFlowIds } from '../../scripts/prerender.mjs';
import { FLOW_IDS, isFlowId } from '../../src/flows/ids';
import { allFlows, flows, loadableFolders, loadFlow, metaByFolder } from '../../src/flows/registry';
import { stateIds } from '../../src/flows/shared/explore';
import { matchesByFlow } from '../../src/flows/matches';
import { flowGraph } from '../../src/trainer/graph';
import { createFlowSearch } from '../../src/triage/searchIndex';
import { FLOWS_DIR, flowFolders, folderProblems } from './folders';

describe('flow folders', () => {
  const folders = flowFolders();

  it('finds the flow folders', () => {
    expect(folders.length).toBeGreaterThanOrEqual(FLOW_IDS.length);
  });

  it.each(folders)('%s has the files a flow needs, and its meta names it', async (folder) => {
    expect(await folderProblems(folder)).toEqual([]);
    const meta = metaByFolder.get(folder);
    expect(meta, `src/flows/${folder}/meta.yaml is missing`).toBeDefined();
    expect(meta!.id, `src/flows/${folder}/meta.yaml: id must equal the folder name`).toBe(folder);
    expect(loadableFolders, `src/flows/${folder}/index.ts is not found by the registry`).toContain(folder);
    expect(isFlowId(folder), `add '${folder}' to FLOW_IDS in src/flows/ids.ts (npm run new-flow does it)`).toBe(true);
    const d = await loadFlow(folder as never);
    expect(d.id, `src/flows/${folder}/index.ts: descriptor id`).toBe(folder);
  });

  it('has a folder for every fixed id', () => {
    for (const id of FLOW_IDS) expect(folders, `src/flows/${id}/ is missing`).toContain(id);
  });

  it('puts every documented flow in the catalog, in the fixed order', () => {
    expect(allFlows.map((f) => f.id).sort()).toEqual(folders);
    const listed = folders.filter((f) => !metaByFolder.get(f)?.unlisted);
    expect(flows.map((f) => f.id).sort()).toEqual(listed);
  });

  it('lets paste triage find every documented flow: each declares its evidence in matches.ts', () => {
    for (const f of flows) {
      expect(existsSync(join(FLOWS_DIR, f.id, 'matches.ts')), `src/flows/${f.id}/ has no matches.ts`).toBe(true);
      expect(matchesByFlow.get(f.id)?.length ?? 0, `src/flows/${f.id}/matches.ts declares no match`).toBeGreaterThan(0);
    }
  });

  it('lets guided triage hand over to every documented flow', async () => {
    const guided = await loadFlow('guided-triage');
    const reached = new Set<string>();
    for (const step of Object.values(guided.content.steps)) {
      if (step.kind !== 'outcome') continue;
      if (step.related) reached.add(step.related);
      for (const a of step.also ?? []) reached.add(a.flow);
    }
    for (const f of flows) expect(reached.has(f.id), `no guided triage outcome (src/flows/guided-triage/content.ts) opens ${f.id}`).toBe(true);
  });

  it('prerenders a page for every flow', () => {
    expect(readFlowIds()).toEqual(folders);
  });

  it('finds every documented flow by its title in search', async () => {
    const ds = await Promise.all(flows.map((f) => loadFlow(f.id)));
    const search = createFlowSearch(ds);
    for (const f of flows) expect(search.search(f.title).map((h) => h.flowId), `search for "${f.title}"`).toContain(f.id);
  });

  it.each(folders)('%s draws in the trainer: a map node for every state', async (folder) => {
    const d = await loadFlow(folder as never);
    expect(flowGraph(d).nodes.map((n) => n.id).sort()).toEqual(stateIds(d).sort());
  });
});

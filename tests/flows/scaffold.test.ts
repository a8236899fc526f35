/**
 * `npm run new-flow -- <id>` scaffolds a flow folder that passes the checks every flow gets, as
 * generated. Generated into a temporary tree (never into src/, which other test runs read).
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { initialTransition } from 'xstate';
import { scaffold, withFlowId, flowFiles } from '../../scripts/new-flow.mjs';
import { canFinish, outcomePaths, shortestPaths, stateIds } from '../../src/flows/shared/explore';
import { replay } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { ROOT, SRC } from '../architecture/imports';
import { folderProblems } from './folders';

const ID = 'scaffold-probe-flow';
// Inside the repository (so Vite transforms it) but outside src/ (so no glob, lint or other test sees it).
const root = mkdtempSync(join(ROOT, '.new-flow-probe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A tree where the generated folder sits next to the real shared code, like in src/flows/.
mkdirSync(join(root, 'src/flows'), { recursive: true });
symlinkSync(join(SRC, 'flows/shared'), join(root, 'src/flows/shared'));
symlinkSync(join(SRC, 'evidence'), join(root, 'src/evidence'));
symlinkSync(join(SRC, 'words'), join(root, 'src/words'));
const idsSource = readFileSync(join(SRC, 'flows/ids.ts'), 'utf8');
// ids.ts is copied so the scaffold can add the id to it.
writeFileSync(join(root, 'src/flows/ids.ts'), idsSource);
const written = scaffold(ID, root);

describe('npm run new-flow', () => {
  it('refuses a malformed id with a clear message', () => {
    expect(() => flowFiles('Bad Id')).toThrow(/not a flow id/);
    expect(() => flowFiles('../x')).toThrow(/not a flow id/);
  });

  it('adds the id to FLOW_IDS once', () => {
    const next = withFlowId(idsSource, 'new-one');
    expect(next).toMatch(/'hybrid-cert-trust-provisioning',[\s\S]*'new-one',\n\] as const/);
    expect(withFlowId(next, 'new-one')).toBe(next);
  });

  it('writes a well-formed folder, its test and the id', async () => {
    expect(written).toContain(`src/flows/${ID}/machine.ts`);
    expect(await folderProblems(ID, join(root, 'src/flows'))).toEqual([]);
    expect(readFileSync(join(root, 'src/flows/ids.ts'), 'utf8')).toContain(`'${ID}'`);
    expect(() => scaffold(ID, root)).toThrow(/exists already/);
  });

  it('generates a flow that passes the model checks every flow gets', async () => {
    const d = (await import(/* @vite-ignore */ join(root, `src/flows/${ID}/index.ts`))).default as FlowDescriptor;
    const meta = (await import(/* @vite-ignore */ join(root, `src/flows/${ID}/meta.yaml`))).default;
    expect(meta.id).toBe(ID);
    expect(d.id).toBe(ID);
    const ids = stateIds(d);
    expect(Object.keys(d.content.steps).sort()).toEqual([...ids].sort());
    for (const sid of ids) {
      const step = d.content.steps[sid]!;
      const node = d.machine.root.states[sid]!;
      expect(step.kind === 'outcome', sid).toBe(node.type === 'final');
      const offered = 'answers' in step ? step.answers.map((a) => a.event).sort() : [];
      expect(offered, sid).toEqual([...node.transitions.keys()].sort());
      expect(resolveText(step.title, initialTransition(d.machine)[0].context).length).toBeGreaterThan(0);
    }
    expect([...shortestPaths(d).keys()].sort()).toEqual([...ids].sort());
    for (const [, p] of shortestPaths(d)) expect(canFinish(d, replay(d.machine, p.events).snapshot)).toBe(true);
    expect(outcomePaths(d).length).toBeGreaterThan(0);
  });
});

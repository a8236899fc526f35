/** Cases and share links saved by an earlier build still open, replay to the same step and make a full report. */
import { describe, expect, it } from 'vitest';
import saved from '../fixtures/cases-v1/cases.json';
import { loadFlow } from '../../src/flows/registry';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { buildReport } from '../../src/cases/report';
import { toMarkdown } from '../../src/cases/markdown';
import { caseFromShare, decodeShare } from '../../src/cases/share';
import { parseRecord } from '../../src/cases/store';
import type { FlowId } from '../../src/flows/ids';

interface Saved {
  flowId: FlowId;
  end: string;
  record: string;
  share: string;
}

const cases = saved as Saved[];
const byFlow: Record<string, Saved[]> = {};
for (const c of cases) (byFlow[c.flowId] ??= []).push(c);

describe.each(Object.keys(byFlow))('cases saved by the 2026-12-02 build: %s', (flowId) => {
  it('every stored case opens, replays to the outcome it had and reports every answer with its words', async () => {
    const d = await loadFlow(flowId as FlowId);
    for (const s of byFlow[flowId]!) {
      const read = parseRecord(s.record);
      expect(read.ok, s.record.slice(0, 80)).toBe(true);
      if (!read.ok) continue;
      const r = replay(d.machine, read.value.events);
      expect(r.rejectedAt).toBeUndefined();
      expect(stateIdOf(r.snapshot)).toBe(s.end);
      const md = toMarkdown(buildReport(read.value, d));
      expect(md).toContain('Checked with the user by phone.');
      // Every placeholder filled, no step without words (a certreq INF line and an OMA-URI hold braces of their own).
      expect(md.replace(/"\{text\}"|\/\{TenantId\}\//g, '')).not.toMatch(/\{[A-Za-z]\w*\}|undefined|\[object Object\]/);
    }
  });

  it('every share link imports, with its answers and notes', async () => {
    const d = await loadFlow(flowId as FlowId);
    for (const s of byFlow[flowId]!) {
      const decoded = decodeShare(s.share);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) continue;
      const c = caseFromShare(decoded.payload, d);
      expect(stateIdOf(replay(d.machine, c.events).snapshot)).toBe(s.end);
      expect(c.notes).toHaveLength(1);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { createCase } from '../../src/cases/caseOps';
import { toMarkdown } from '../../src/cases/markdown';
import { buildReport } from '../../src/cases/report';
import { caseFromShare } from '../../src/cases/share';
import type { Case, CaseEvent } from '../../src/cases/types';
import keyDeletion from '../../src/flows/hybrid-key-deletion';
import pinReset from '../../src/flows/pin-reset-allowed-urls';

const T0 = Date.UTC(2025, 2, 4, 9, 5);

describe('reports carry the evidence', () => {
  it('each DC with its verdict, in the report and its Markdown', () => {
    const events: CaseEvent[] = [
      { type: 'HYBRID_KEY_TRUST', meta: { at: T0 } },
      { type: 'AFTER_FIRST', meta: { at: T0 } },
      { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1613', 'DC2 14393.4104'] }, meta: { at: T0 } } as CaseEvent,
    ];
    const c: Case = { ...createCase('hybrid-key-deletion', 'Ticket 7', T0), events, position: 3 };
    const r = buildReport(c, keyDeletion);
    const dcStep = r.steps.find((s) => s.stateId === 'dcBuilds')!;
    expect(dcStep.answer).toMatch(/DC1: 17763\.1613 .*affected/);
    expect(dcStep.answer).toMatch(/DC2: 14393\.4104 .*fixed/);
    const md = toMarkdown(r);
    expect(md).toMatch(/- Answer: DC builds:(\\)?\n {5}DC1: 17763\.1613/);
  });

  it('the home page paste that started the case, as a code block', () => {
    const c: Case = { ...createCase('pin-reset-allowed-urls', 'T', T0), startedFrom: { text: "We can't open that page right now\n```\nhttps://fs.contoso.com/", at: T0 } };
    const r = buildReport(c, pinReset);
    expect(r.startedFrom?.text).toContain('fs.contoso.com');
    const md = toMarkdown(r);
    expect(md).toContain('## Evidence that started this case');
    expect(md).toMatch(/````\nWe can't open that page right now\n```\nhttps:\/\/fs\.contoso\.com\/\n````/);
  });

  it('the hand-over after a confirmed update shows the old build as the build before, never as current', () => {
    const events = [
      { type: 'HYBRID_KEY_TRUST' },
      { type: 'AFTER_FIRST' },
      { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1613', 'DC2 14393.4104'] } },
      { type: 'USER_ENTERED', values: { user: 'alexw' } },
      { type: 'KEYS_PRESENT' },
      { type: 'KEYS_EMPTY' },
      { type: 'DONE' },
      { type: 'FIRST_FAILS' },
    ] as CaseEvent[];
    const c: Case = { ...createCase('hybrid-key-deletion', 'T', T0), events, position: events.length };
    const r = buildReport(c, keyDeletion);
    expect(r.outcome?.stateId).toBe('outEscalate');
    const handOver = r.outcome!.handOver.join('\n');
    expect(handOver).toContain('DC1: was 17763.1613 before the update; should now run 17763.1637');
    expect(handOver).not.toMatch(/now 17763\.1613/);
    expect(handOver).not.toContain('DC2');
  });

  it('every answer the case holds, also after Back moved the position', () => {
    const events: CaseEvent[] = [{ type: 'YES' }, { type: 'YES' }, { type: 'BOTH' }];
    const c: Case = { ...createCase('pin-reset-allowed-urls', 'T', T0), events, position: 1 };
    expect(buildReport(c, pinReset).steps.map((s) => s.stateId)).toEqual(['joined', 'whereError', 'signInKind']);
  });

  it('an imported case keeps its original start time', () => {
    const events: CaseEvent[] = [
      { type: 'YES', meta: { at: T0 + 60_000 } },
      { type: 'YES', meta: { at: T0 + 120_000 } },
    ];
    const c = caseFromShare({ v: 1, flowId: 'pin-reset-allowed-urls', title: 'T', events, notes: [{ step: 0, stateId: 'joined', text: 'n', at: T0 }] } as never, pinReset, T0 + 86_400_000);
    expect(c.createdAt).toBe(T0);
    expect(c.updatedAt).toBe(T0 + 86_400_000);
  });
});

import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, FlowDescriptor, OutcomeStep, Step } from '../../src/flows/shared/types';
import descriptor from '../../src/flows/ws2019-key-trust-name-mismatch';
import { nameMismatchOf, parseDcLines, type Dc } from '../../src/flows/ws2019-key-trust-name-mismatch/dcs';
import { EVENT_358_KEY_TRUST } from '../../src/flows/shared/deployment';
import { outcomePaths } from '../../src/flows/shared/explore';
import type { NameMismatchContext } from '../../src/flows/ws2019-key-trust-name-mismatch/machine';

const { machine, content } = descriptor;
const steps = content.steps;
const dc = (name: string, major: number, revision: number | null): Dc => ({ name, major, revision });
const builds = (...dcs: string[]) => ({ type: 'BUILDS_ENTERED', values: { dcs } });
const ev = (...types: string[]) => types.map((type) => ({ type }));
const run = (events: EventObject[]) => {
  const r = replay(machine, events);
  expect(r.rejectedAt, 'every event accepted').toBeUndefined();
  return { id: stateIdOf(r.snapshot), ctx: r.snapshot.context as NameMismatchContext };
};
const read = (sid: string, text: string) => (steps[sid] as EvidenceStep<NameMismatchContext>).read!(analyzeEvidence(text), { deployment: 'unknown', dcs: [], unread: [] });
const hybrid = ev('HYBRID_KEY_TRUST', 'YES');
const onPrem = ev('ON_PREM_KEY_TRUST', 'YES');

describe('ws2019-key-trust-name-mismatch: DC builds', () => {
  it('reads the DC list', () => {
    expect(parseDcLines(['DC1 17763.253', 'DC2: 10.0.17763.316', 'DC3 17763', 'oops']).dcs).toEqual([dc('DC1', 17763, 253), dc('DC2', 17763, 316), dc('DC3', 17763, null)]);
  });

  it('classifies each DC build, with the boundary at 17763.316', () => {
    const status = (major: number, revision: number | null) => nameMismatchOf(dc('DC', major, revision)).status;
    expect(status(17763, 315)).toBe('affected');
    expect(status(17763, 316)).toBe('fixed');
    expect(status(14393, 1000)).toBe('not-affected');
    expect(status(17763, null)).toBe('unknown');
  });

  it('shows every DC with its build and the fix in the table on the trace step', () => {
    const r = run([...hybrid, builds('DC1 17763.315', 'DC2 17763.316', 'DC3 14393.1000', 'DC4 17763', 'DC9 patched')]);
    expect(r.id).toBe('trace');
    const body = resolveText(steps.trace.body, r.ctx);
    const line = (name: string) => body.split('\n').find((l) => l.startsWith(`${name}: `)) ?? '';
    expect(line('DC1')).toContain('17763.316 (KB4487044)');
    expect(line('DC2')).toContain('17763.316 (KB4487044)');
    expect(line('DC3')).toMatch(/^DC3: 14393\.1000 /);
    expect(line('DC4')).toMatch(/^DC4: 17763 /);
    expect(body).toContain('run ver');
    expect(body).toContain('DC9 patched');
  });

  it('lists exactly which DCs need 17763.316', () => {
    const r = run([...hybrid, builds('DC1 17763.253', 'DC2 17763.1637', 'DC3 14393.2000', 'DC4 17763'), ...ev('MISMATCH_SEEN')]);
    expect(r.id).toBe('updateDcs');
    const list = resolveText((steps.updateDcs as ActionStep<NameMismatchContext>).steps[0].code!.code, r.ctx).split('\n');
    expect(list.map((l) => l.split(' ')[0])).toEqual(['DC1', 'DC4']);
    for (const l of list) expect(l).toContain('17763.316 (KB4487044)');
    expect(resolveText(steps.updateDcs.body, r.ctx)).toContain('DC1, DC4');
  });

  it('records each DC and its verdict in the report', () => {
    const said = content.describe!(builds('DC1 17763.253', 'DC2 17763.1637'))!;
    expect(said.split('\n').slice(1).map((l) => l.split(':')[0])).toEqual(['DC1', 'DC2']);
    expect(said).toContain('17763.316 (KB4487044)');
    expect(content.describe!({ type: 'BUILDS_ENTERED' })).toBeUndefined();
  });
});

describe('ws2019-key-trust-name-mismatch: routes', () => {
  it('early 2019 DC + trace shows the error → update → resolved', () => {
    const r = run([...hybrid, builds('DC1 17763.253', 'DC2 17763.1637'), ...ev('MISMATCH_SEEN')]);
    expect(r.id).toBe('updateDcs');
    const code = (steps.updateDcs as ActionStep<NameMismatchContext>).steps[0].code!.code;
    expect(resolveText(code, r.ctx)).toMatch(/^DC1 .*17763\.253.*17763\.316 \(KB4487044\)[^\n]*$/);
    expect(resolveText(steps.trace.body, r.ctx)).toContain('DC1: 17763.253');
    expect(run([...hybrid, builds('DC1 17763.253'), ...ev('MISMATCH_SEEN', 'DONE', 'WORKS')]).id).toBe('outResolved');
    expect(run([...hybrid, builds('DC1 17763.253'), ...ev('MISMATCH_SEEN', 'DONE', 'FAILS')]).id).toBe('outEscalate');
  });

  it("can't capture a trace → the builds alone decide", () => {
    expect(run([...onPrem, builds('DC1 17763.253'), ...ev('NOT_SURE')]).id).toBe('updateDcs');
    expect(run([...onPrem, builds('DC1 17763.253'), ...ev('NO_MISMATCH')]).id).toBe('updateDcs');
  });

  it('revision unknown: the trace decides, or the revision is read', () => {
    expect(run([...hybrid, builds('DC1 17763'), ...ev('MISMATCH_SEEN')]).id).toBe('updateDcs');
    expect(run([...hybrid, builds('DC1 17763'), ...ev('NOT_SURE')]).id).toBe('readRevision');
    expect(run([...hybrid, builds('DC1 17763'), ...ev('NOT_SURE', 'RETRY'), builds('DC1 17763.253')]).id).toBe('trace');
    expect(run([...hybrid, builds('DC1 17763'), ...ev('NO_MISMATCH', 'UPDATE_ANYWAY')]).id).toBe('updateDcs');
  });

  it('all 2019 DCs at 17763.316+ with a DC in the key deletion range → hybrid-key-deletion', () => {
    const r = run([...hybrid, builds('DC1 17763.1613', 'DC2 14393.4104')]);
    expect(r.id).toBe('outKeyDeletion');
    const out = steps.outKeyDeletion as OutcomeStep<NameMismatchContext>;
    expect(out.result).toBe('not-this');
    expect(out.related).toBe('hybrid-key-deletion');
    expect(resolveText(out.body, r.ctx)).toContain('DC1');
    expect(resolveText(out.body, r.ctx)).not.toContain('DC2');
    // Unsure of the deployment: the key deletion issue may still fit.
    expect(run([...ev('NOT_SURE', 'STILL_NOT_SURE', 'YES'), builds('DC1 14393.4000')]).id).toBe('outKeyDeletion');
  });

  it('on-premises key trust never points at the hybrid-only key deletion issue', () => {
    expect(run([...onPrem, builds('DC1 17763.1613')]).id).toBe('outBuildsFixed');
  });

  it('all fixed, nothing else fits → not this, with what to hand over', () => {
    const r = run([...hybrid, builds('DC1 17763.1637', 'DC2 14393.4104')]);
    expect(r.id).toBe('outBuildsFixed');
    const out = steps.outBuildsFixed as OutcomeStep<NameMismatchContext>;
    expect(out.result).toBe('not-this');
    expect(out.handOver!.some((h) => resolveText(h, r.ctx).endsWith('\nDC1 17763.1637\nDC2 14393.4104'))).toBe(true);
  });

  it('other deployments, other messages and unsure answers', () => {
    expect(run(ev('OTHER_TRUST')).id).toBe('outNotKeyTrust');
    expect(run(ev('HYBRID_KEY_TRUST', 'OTHER_MESSAGE')).id).toBe('outOtherError');
    expect(run(ev('HYBRID_KEY_TRUST', 'NOT_SURE', 'SAW_MESSAGE')).id).toBe('dcBuilds');
    expect(run(ev('HYBRID_KEY_TRUST', 'NOT_SURE', 'WORKED')).id).toBe('outWorksNow');
    expect(run([...hybrid, ...ev('NOT_SURE', 'READY')]).id).toBe('dcBuilds');
    expect(run([...hybrid, builds('no numbers here')]).id).toBe('buildsUnreadable');
  });

  it('never routes on the key sync wording: no step asks about it', () => {
    for (const [sid, step] of Object.entries(steps)) {
      if (!('answers' in step)) continue;
      for (const a of step.answers) expect(`${sid} ${a.label}`).not.toMatch(/sync/i);
    }
    expect(resolveText(steps.trace.detail, run([...hybrid, builds('DC1 17763.253')]).ctx)).toContain("isn't synced");
  });
});

describe('ws2019-key-trust-name-mismatch: routing from pasted evidence', () => {
  it('reads a trace with the Kerberos error', () => {
    const trace = [
      'Frame 415: 214 bytes on wire',
      'Kerberos',
      '    krb-error',
      '        error-code: eRR-CLIENT-NAME-MISMATCH (75)',
      'KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH',
    ].join('\n');
    const reading = read('trace', trace);
    expect(reading?.event).toEqual({ type: 'MISMATCH_SEEN' });
    expect(run([...hybrid, builds('DC1 17763'), reading!.event]).id).toBe('updateDcs');
    expect(read('trace', 'Kerberos AS-REP ok, no errors')).toBeUndefined();
  });

  it('routes pasted builds', () => {
    const reading = read('dcBuilds', 'DC1 17763.253\nDC2 17763.1637');
    expect(reading?.event).toEqual(builds('DC1 17763.253', 'DC2 17763.1637'));
    expect(run([...hybrid, reading!.event]).id).toBe('trace');
    const ver = read('dcBuilds', 'Microsoft Windows [Version 10.0.17763.1637]');
    expect(run([...hybrid, ver!.event]).id).toBe('outBuildsFixed');
  });

  it('reads the deployment from event 358', () => {
    expect(read('findDeployment', EVENT_358_KEY_TRUST)?.event).toEqual({ type: 'HYBRID_KEY_TRUST' });
  });
});

describe('ws2019-key-trust-name-mismatch: evidence pasted before the flow opens', () => {
  it('answers every step the paste decides, up to the fix', () => {
    const paste = [
      EVENT_358_KEY_TRUST,
      '',
      'That option is temporarily unavailable. For now, please use a different method to sign in.',
      '',
      'DC1 17763.253',
      'DC2 17763.1637',
      '',
      '415   3.221904   10.0.0.10    10.0.0.57    KRB5     214    KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH',
    ].join('\n');
    const events = prefillEvents(descriptor, analyzeEvidence(paste), 0);
    expect(events.map((e) => e.type)).toEqual(['HYBRID_KEY_TRUST', 'YES', 'BUILDS_ENTERED', 'MISMATCH_SEEN']);
    expect(run(events).id).toBe('updateDcs');
  });
});

describe('ws2019-key-trust-name-mismatch: words from words.yaml', () => {
  it('says why key deletion does not fit only for on-premises key trust with a DC in that range', () => {
    const onPremBody = resolveText(steps.outBuildsFixed.body, run([...onPrem, builds('DC1 17763.1613')]).ctx);
    const hybridBody = resolveText(steps.outBuildsFixed.body, run([...hybrid, builds('DC1 17763.1637')]).ctx);
    expect(onPremBody.length).toBeGreaterThan(hybridBody.length);
    expect(onPremBody).toMatch(/hybrid key trust/);
    expect(hybridBody).not.toMatch(/hybrid key trust/);
  });

  it('says whether the builds already point here on the trace step', () => {
    const affected = resolveText(steps.trace.body, run([...hybrid, builds('DC1 17763.253')]).ctx);
    const unknown = resolveText(steps.trace.body, run([...hybrid, builds('DC1 17763')]).ctx);
    expect(affected.split('\n\n')).toHaveLength(3);
    expect(unknown.split('\n\n')).toHaveLength(4);
    expect(affected.split('\n\n')[1]).not.toBe(unknown.split('\n\n')[2]);
  });

  it('names the trace finding in the reason', () => {
    const reading = read('trace', 'KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH');
    expect(reading?.because).toMatch(/75/);
    expect(read('symptom', 'That option is temporarily unavailable. For now, please use a different method to sign in.')?.event).toEqual({ type: 'YES' });
  });

  it('fills the shared steps\' words with this flow\'s: the example build, the still-not-sure hint', () => {
    const ctx = { deployment: 'unknown', dcs: [], unread: [] } as NameMismatchContext;
    expect((steps.findDeployment as EvidenceStep<NameMismatchContext>).answers.map((a) => a.hint ?? '').join(' ')).not.toMatch(/[{}]/);
    expect(resolveText(steps.dcBuilds.body, ctx)).toContain('DC1 17763.253');
    expect((steps.dcBuilds as EvidenceStep<NameMismatchContext>).fields![0]!.placeholder).toBe('DC1 17763.253\nDC2 17763.316');
  });

  it('leaves no {placeholder} unfilled on any step of any path, with any DC list', () => {
    const texts = (step: Step<NameMismatchContext>, c: NameMismatchContext) => [
      step.title, step.body, step.detail,
      ...(step.howTo ?? []).flatMap((h) => [h.text, h.code?.code]),
      ...(step.kind === 'action' ? step.steps.flatMap((h) => [h.text, h.code?.code]) : []),
      ...(step.kind === 'outcome' ? (step.handOver ?? []) : []),
      ...('answers' in step ? step.answers.flatMap((a) => [a.label, a.hint]) : []),
    ].map((t) => resolveText(t, c));
    const lists = [['DC1 17763.253', 'DC2 17763'], ['DC1 17763.1613', 'DC2 14393.4104'], ['DC1 20348.2227', 'DC2 17763', 'DC3 17763', 'junk']];
    const done = new Set<string>();
    // Each path once, with one of the DC lists in turn (a path the new list sends elsewhere stops where it turns).
    for (const [i, p] of outcomePaths(descriptor as FlowDescriptor).entries()) {
      const dcs = lists[i % lists.length]!;
      const r = replay(machine, p.events.map((e) => (e.type === 'BUILDS_ENTERED' ? builds(...dcs) : e)));
      const seen = [...r.trail.map((t) => ({ id: t.stateId, c: t.context })), { id: stateIdOf(r.snapshot), c: r.snapshot.context }];
      for (const { id, c } of seen) {
        const key = `${id}|${JSON.stringify(c)}`;
        if (done.has(key)) continue;
        done.add(key);
        for (const text of texts(steps[id]!, c as NameMismatchContext)) expect(text, id).not.toMatch(/\{[A-Za-z]\w*\}/);
      }
    }
  });
});

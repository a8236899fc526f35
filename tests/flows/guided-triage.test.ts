import { describe, expect, it } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot, type EventObject } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { analyzeEvidence } from '../../src/evidence';
import { FLOW_IDS } from '../../src/flows/ids';
import { loadFlow } from '../../src/flows/registry';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import { content } from '../../src/flows/guided-triage/content';
import { describeBuild, readBuildLines } from '../../src/flows/guided-triage/builds';
import { machine, type TriageEvent } from '../../src/flows/guided-triage/machine';

const steps = content.steps;

/** Builds typed into the DC builds step: one of each kind the guards tell apart. */
const BUILD_SAMPLES: string[][] = [
  ['DC1 14393.4046'], // key deletion range
  ['DC2 17763.200'], // WS2019 below 17763.316
  ['DC1 17763.1637', 'DC2 14393.4104'], // both fixes
  ['17763.100', '14393.3930'], // both issues
];

function eventsFor(s: AnyMachineSnapshot): TriageEvent[] {
  const step = steps[stateIdOf(s)];
  if (!step || step.kind === 'outcome') return [];
  const out: EventObject[] = step.answers.map((a) => ({ type: a.event }));
  if (step.kind === 'evidence' && step.submit) for (const b of BUILD_SAMPLES) out.push({ type: step.submit.event, values: { [step.fields![0]!.name]: b } } as EventObject);
  return out.filter((e) => s.can(e)) as TriageEvent[];
}

const stateIds = Object.keys(machine.root.states);
const finals = stateIds.filter((s) => machine.root.states[s]!.type === 'final');
const simplePaths = getSimplePaths(machine, { events: (s) => eventsFor(s as AnyMachineSnapshot) });
const outcomePaths = simplePaths.filter((p) => p.state.status === 'done');
const answers = (p: { steps: { event: EventObject }[] }) => p.steps.map((s) => s.event).filter((e) => e.type !== 'xstate.init');

describe('guided triage (model-based)', () => {
  // Content for every state and answers = the machine's events: tests/flows/model.test.ts (like every flow).
  it('reaches every state', () => {
    const reached = new Set(getShortestPaths(machine, { events: (s) => eventsFor(s as AnyMachineSnapshot) }).map((p) => stateIdOf(p.state)));
    expect([...reached].sort()).toEqual([...stateIds].sort());
  });

  it('ends every path in a result, and every result is reached by some path', () => {
    // From every state reachable along any path, some answer leads on: no dead ends.
    for (const p of simplePaths) {
      if (p.state.status === 'done') continue;
      expect(eventsFor(p.state as AnyMachineSnapshot).length, `${stateIdOf(p.state)} has a way forward`).toBeGreaterThan(0);
    }
    expect([...new Set(outcomePaths.map((p) => stateIdOf(p.state)))].sort()).toEqual([...finals].sort());
  });

  it('every result names a flow that exists, or says why none fits', () => {
    for (const p of outcomePaths) {
      const id = stateIdOf(p.state);
      const step = steps[id]!;
      if (step.kind !== 'outcome') throw new Error(`${id} is not a result`);
      const body = resolveText(step.body, p.state.context);
      if (step.related) expect(FLOW_IDS, id).toContain(step.related);
      else expect(body.length, `${id} says why`).toBeGreaterThan(80);
      for (const a of step.also ?? []) expect(FLOW_IDS).toContain(a.flow);
    }
  });

  it('renders every step\'s words in every context it is reached with', () => {
    for (const p of outcomePaths) {
      const events = answers(p);
      for (let i = 0; i <= events.length; i++) {
        const s = replay(machine, events.slice(0, i)).snapshot;
        const step = steps[stateIdOf(s)]!;
        expect(resolveText(step.title, s.context).trim()).not.toBe('');
        resolveText(step.body, s.context);
        expect(resolveText(step.body, s.context)).not.toMatch(/undefined|\(\)/);
      }
    }
  });

  it('replays every path to its result (deterministic)', () => {
    for (const p of outcomePaths) {
      const r = replay(machine, answers(p));
      expect(r.rejectedAt).toBeUndefined();
      expect(stateIdOf(r.snapshot)).toBe(stateIdOf(p.state));
    }
  });
});

describe('"That option is temporarily unavailable": the DC builds decide', () => {
  const toBuilds = (join: 'HYBRID' | 'DOMAIN') => replay(machine, [{ type: 'SIGN_IN' }, { type: join }, { type: 'KEY' }, { type: 'TEMP_UNAVAILABLE' }]).snapshot;
  const enter = (join: 'HYBRID' | 'DOMAIN', builds: string[]) => transition(machine, toBuilds(join), { type: 'BUILDS_ENTERED', values: { builds } })[0];

  it('asks for the builds after the message', () => {
    expect(stateIdOf(toBuilds('HYBRID'))).toBe('dcBuilds');
  });

  it('a WS2016 or WS2019 build in the key-deletion range → hybrid-key-deletion', () => {
    for (const b of ['14393.3930', '14393.4048', '17763.1457', 'DC7 17763.1613', 'Microsoft Windows [Version 10.0.17763.1577]']) {
      const s = enter('HYBRID', [b]);
      expect(stateIdOf(s), b).toBe('toKeyDeletion');
      expect(steps.toKeyDeletion!.kind === 'outcome' && steps.toKeyDeletion!.related).toBe('hybrid-key-deletion');
    }
  });

  it('a build between the affected range and the fix is said to be undocumented, not a build that deletes keys', () => {
    const s = enter('HYBRID', ['DC1 14393.4050']);
    expect(stateIdOf(s)).toBe('toKeyDeletion');
    const body = resolveText(steps.toKeyDeletion!.body, s.context);
    expect(body).toMatch(/does not cover either way/);
    expect(body).not.toMatch(/builds that delete/);
  });

  it('any WS2019 DC below 17763.316 → ws2019-key-trust-name-mismatch (hybrid and on-prem)', () => {
    expect(stateIdOf(enter('HYBRID', ['DC1 17763.1637', 'DC2 17763.315']))).toBe('toNameMismatch');
    expect(stateIdOf(enter('DOMAIN', ['17763.107']))).toBe('toNameMismatch');
    expect(stateIdOf(enter('HYBRID', ['17763.316']))).not.toBe('toNameMismatch');
  });

  it('all fixed and the key just provisioned → wait for the delta sync, with the key-deletion flow offered', () => {
    const s = enter('HYBRID', ['DC1 17763.1637', 'DC2 14393.4104', 'DC3 20348.1006']);
    expect(stateIdOf(s)).toBe('justProvisioned');
    const end = transition(machine, s, { type: 'YES' })[0];
    expect(stateIdOf(end)).toBe('outWaitForSync');
    const step = steps.outWaitForSync!;
    if (step.kind !== 'outcome') throw new Error('not a result');
    expect(resolveText(step.title, end.context)).toMatch(/hasn't synced yet/);
    expect(step.howTo?.map((h) => resolveText(h.code?.code, end.context))).toContain('Start-ADSyncSyncCycle -PolicyType Delta');
    expect(step.also?.map((a) => a.flow)).toEqual(['hybrid-key-deletion']);
  });

  it('key deletion is a hybrid issue: on-prem key trust with those builds is not routed there', () => {
    expect(stateIdOf(enter('DOMAIN', ['14393.4046']))).toBe('outBuildsFixed');
  });

  it('does not accept builds without their revision or text without a build', () => {
    for (const bad of [['17763'], ['DC2019'], ['hello'], []]) {
      expect(toBuilds('HYBRID').can({ type: 'BUILDS_ENTERED', values: { builds: bad } }), JSON.stringify(bad)).toBe(false);
    }
  });
});

describe('guided triage routes', () => {
  const end = (...types: string[]) => stateIdOf(replay(machine, types.map((type) => ({ type }))).snapshot);
  it('PIN reset on an Entra joined device with "We can\'t open that page right now" → pin-reset-allowed-urls', () => {
    expect(end('PIN_RESET', 'ENTRA', 'CANT_OPEN')).toBe('toPinReset');
    expect(end('PIN_RESET', 'HYBRID')).toBe('outNotEntra');
  });
  it('"not sure" about the join type explains how to tell, then carries on', () => {
    expect(end('PIN_RESET', 'NOT_SURE')).toBe('joinHowTo');
    expect(end('PIN_RESET', 'NOT_SURE', 'ENTRA', 'CANT_OPEN')).toBe('toPinReset');
    expect(end('PIN_RESET', 'NOT_SURE', 'STILL_NOT_SURE')).toBe('outNeedJoin');
  });
  it('setup with certificate trust and event 362 "STS: No" → adfs2019-ugs-scope; other events (hybrid) → provisioning walk-through', () => {
    expect(end('SETUP', 'HYBRID', 'CERT', 'STS_NO')).toBe('toUgsScope');
    expect(end('SETUP', 'DOMAIN', 'NOT_SURE', 'STILL_NOT_SURE', 'STS_NO')).toBe('toUgsScope');
    expect(end('SETUP', 'HYBRID', 'CERT', 'OTHER_EVENT')).toBe('toCertProvisioning');
    expect(end('SETUP', 'DOMAIN', 'CERT', 'OTHER_EVENT')).toBe('outSetupOnPrem');
  });
  it('on-premises resources from an Entra joined key trust device with a non-Microsoft CA → non-microsoft-ca-kdc-cert', () => {
    expect(end('ON_PREM', 'ENTRA', 'KEY', 'NON_MICROSOFT')).toBe('toKdcCert');
    expect(end('ON_PREM', 'ENTRA', 'KEY', 'EVENT_107')).toBe('toKdcCert');
    expect(end('ON_PREM', 'ENTRA', 'KEY', 'MICROSOFT')).toBe('outMicrosoftCa');
  });
  it('a trace with KDC_ERR_CLIENT_NAME_MISMATCH → ws2019-key-trust-name-mismatch', () => {
    expect(end('SIGN_IN', 'HYBRID', 'KEY', 'NAME_MISMATCH')).toBe('toNameMismatch');
  });
  it('a result that says none fits names how the device is joined and what the person was doing', () => {
    const at = (...types: string[]) => replay(machine, types.map((type) => ({ type }))).snapshot;
    const body = (s: AnyMachineSnapshot) => resolveText(steps[stateIdOf(s)]!.body, s.context);
    const hybrid = at('PIN_RESET', 'HYBRID');
    const domain = at('PIN_RESET', 'DOMAIN');
    expect(stateIdOf(hybrid)).toBe('outNotEntra');
    expect(body(hybrid)).not.toBe(body(domain));
    expect(body(hybrid)).toContain('hybrid joined');
    const signIn = at('SIGN_IN', 'ENTRA');
    const setup = at('SETUP', 'ENTRA');
    expect(stateIdOf(signIn)).toBe('outEntraSignIn');
    expect(body(signIn)).not.toBe(body(setup));
    for (const s of [hybrid, domain, signIn, setup]) expect(body(s)).not.toMatch(/\{|\}|undefined/);
  });
  it('the initial state is the first question', () => {
    expect(stateIdOf(initialTransition(machine)[0])).toBe('doing');
  });
});

describe('reading typed DC builds', () => {
  it('reads a build per line, with the DC name when the line starts with one', () => {
    const r = readBuildLines(['DC1 17763.1613', 'dc5.ad.contoso.com: 10.0.14393.4104', 'Microsoft Windows [Version 10.0.17763.253]', 'DC2019 17763.1637']);
    expect(r.problems).toEqual([]);
    expect(r.builds.map(describeBuild)).toEqual(['DC1 (17763.1613)', 'dc5.ad.contoso.com (14393.4104)', '17763.253', 'DC2019 (17763.1637)']);
    expect(r.builds.map((b) => [b.keyDeletion, b.nameMismatch])).toEqual([
      ['affected', 'fixed'],
      ['fixed', 'not-affected'],
      ['not-affected', 'affected'],
      ['fixed', 'fixed'],
    ]);
  });
  it('says what is wrong with a line it cannot use', () => {
    expect(readBuildLines(['DC1 17763']).problems[0]).toEqual({ kind: 'no-revision', line: 'DC1 17763', major: 17763 });
    expect(readBuildLines(['hello']).problems[0]).toEqual({ kind: 'no-build', line: 'hello' });
    expect(readBuildLines([]).problems[0]).toEqual({ kind: 'empty' });
    expect(readBuildLines('not a list').problems).toHaveLength(1);
  });

  it('the builds box names the line it cannot use, a different message for each problem, and takes good lines', () => {
    const field = steps.dcBuilds!.kind === 'evidence' ? steps.dcBuilds!.fields![0]! : undefined;
    const check = (raw: string) => field!.validate!(raw, { builds: [] });
    expect(check('DC1 17763.1613\nDC2 14393.4104')).toBeUndefined();
    const noRevision = check('DC1 17763.1613\nDC2 17763');
    const noBuild = check('hello');
    expect(noRevision).toContain('DC2 17763');
    expect(noRevision).toContain('17763.1613'); // the example it gives has the revision
    expect(noBuild).toContain('hello');
    expect(check('')).toBeTruthy();
    expect(new Set([noRevision, noBuild, check('')]).size).toBe(3);
  });

  it('a typed line is shown as it was typed, never read as a placeholder', () => {
    const field = steps.dcBuilds!.kind === 'evidence' ? steps.dcBuilds!.fields![0]! : undefined;
    expect(field!.validate!('{major} {line} <b>x</b>', { builds: [] })).toContain('{major} {line} <b>x</b>');
  });
});

describe('handing over: what the triage was told is answered already in the flow it opens', () => {
  const carriedInto = async (path: EventObject[]) => {
    const end = replay(machine, path).snapshot;
    const step = steps[stateIdOf(end)]!;
    if (step.kind !== 'outcome' || !step.related || !step.carry) throw new Error(`${stateIdOf(end)} hands nothing over`);
    const carry = step.carry(end.context as never);
    const target = await loadFlow(step.related);
    const events = prefillEvents(target, analyzeEvidence(carry.evidence ?? ''), 0, carry.answers);
    return { target, events, at: stateIdOf(replay(target.machine, events).snapshot) };
  };

  it('every carried answer is one the opened flow accepts, on every path', async () => {
    for (const p of outcomePaths) {
      const step = steps[stateIdOf(p.state)]!;
      if (step.kind !== 'outcome' || !step.carry || !step.related) continue;
      const carry = step.carry(p.state.context as never);
      const { events } = await carriedInto(answers(p));
      const taken = new Set(events.filter((e) => e.meta?.via === 'answer').map((e) => e.type));
      for (const [stateId, type] of Object.entries(carry.answers ?? {})) expect(taken.has(type), `${stateIdOf(p.state)} → ${step.related}: ${stateId} ${type}`).toBe(true);
    }
  });

  it('a hybrid key trust sign-in with a WS2019 DC below 17763.316 opens the name mismatch flow with deployment, message and builds answered', async () => {
    const { events, at } = await carriedInto([{ type: 'SIGN_IN' }, { type: 'HYBRID' }, { type: 'KEY' }, { type: 'TEMP_UNAVAILABLE' }, { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.253'] } } as EventObject]);
    expect(events.map((e) => e.type).slice(0, 3)).toEqual(['HYBRID_KEY_TRUST', 'YES', 'BUILDS_ENTERED']);
    expect(at).not.toBe('dcBuilds');
  });

  it('PIN reset on an Entra joined device opens its flow past the join and where-the-error questions', async () => {
    const { at } = await carriedInto([{ type: 'PIN_RESET' }, { type: 'ENTRA' }, { type: 'CANT_OPEN' }]);
    expect(at).toBe('signInKind');
  });
});

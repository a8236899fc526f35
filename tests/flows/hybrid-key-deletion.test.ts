import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import descriptor from '../../src/flows/hybrid-key-deletion';
import { getAdUserCommand } from '../../src/flows/hybrid-key-deletion/commands';
import { hasNameMismatchBuild, keyDeletionOf, parseDcLines, type Dc } from '../../src/flows/hybrid-key-deletion/dcs';
import { EVENT_358_KEY_TRUST } from '../../src/flows/shared/deployment';
import { outcomePaths } from '../../src/flows/shared/explore';
import { SAMPLE_EMPTY, SAMPLE_WITH_KEY } from '../../src/flows/hybrid-key-deletion/keys';
import type { KeyDeletionContext } from '../../src/flows/hybrid-key-deletion/machine';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, FlowDescriptor, OutcomeStep, Step } from '../../src/flows/shared/types';

const { machine, content } = descriptor;
const steps = content.steps;
const dc = (name: string, major: number, revision: number | null): Dc => ({ name, major, revision });
const builds = (...dcs: string[]) => ({ type: 'BUILDS_ENTERED', values: { dcs } });
const user = (u: string) => ({ type: 'USER_ENTERED', values: { user: u } });
const ev = (...types: string[]) => types.map((type) => ({ type }));
const run = (events: EventObject[]) => {
  const r = replay(machine, events);
  expect(r.rejectedAt, 'every event accepted').toBeUndefined();
  return { id: stateIdOf(r.snapshot), ctx: r.snapshot.context as KeyDeletionContext };
};
const ctxOf = (over: Partial<KeyDeletionContext>): KeyDeletionContext => ({ dcs: [], unread: [], user: '', ...over });
const readOf = (sid: string, text: string, ctx = ctxOf({})) => (steps[sid] as EvidenceStep<KeyDeletionContext>).read!(analyzeEvidence(text), ctx);

describe('hybrid-key-deletion: DC list', () => {
  it('reads names and builds in the usual forms', () => {
    const { dcs, unread } = parseDcLines([
      'DC1 17763.1613',
      'DC2: 10.0.14393.4104',
      'dc3.contoso.com Microsoft Windows [Version 10.0.17763.1637]',
      'DC4 17763',
      '17763.1500',
      '----',
      '',
      'Name Build',
    ]);
    expect(dcs).toEqual([
      dc('DC1', 17763, 1613),
      dc('DC2', 14393, 4104),
      dc('dc3.contoso.com', 17763, 1637),
      dc('DC4', 17763, null),
      dc('DC #1', 17763, 1500),
    ]);
    expect(unread).toEqual(['Name Build']);
  });

  it('keeps the last build when a DC is listed twice, and ignores junk values', () => {
    expect(parseDcLines(['DC1 17763.1613', 'dc1 17763.1637', 42 as unknown as string]).dcs).toEqual([dc('dc1', 17763, 1637)]);
  });

  it('classifies each DC build against the documented ranges', () => {
    const status = (major: number, revision: number | null) => keyDeletionOf(dc('DC', major, revision)).status;
    expect(status(17763, 1613)).toBe('affected');
    expect(status(14393, 3930)).toBe('affected');
    expect(status(14393, 4104)).toBe('fixed');
    expect(status(17763, 1456)).toBe('not-affected');
    expect(status(20348, 2227)).toBe('not-affected');
    expect(status(17763, null)).toBe('unknown');
    expect(status(14393, 4050)).toBe('unknown');
    expect(hasNameMismatchBuild(dc('DC8', 17763, 253))).toBe(true);
  });

  it('shows every DC with its build, fix build and KB in the table after the builds', () => {
    const { id, ctx } = run([...ev('HYBRID_KEY_TRUST', 'INTERMITTENT'), builds('DC1 17763.1613', 'DC2 14393', 'DC3 17763.1637', 'DC4 20348.2227', 'DC9 patched')]);
    expect(id).toBe('userName');
    const body = resolveText(steps.userName.body, ctx);
    const line = (name: string) => body.split('\n').find((l) => l.startsWith(`${name}: `)) ?? '';
    expect(line('DC1')).toContain('17763.1613');
    expect(line('DC1')).toContain('17763.1637 (KB4592440)');
    expect(line('DC2')).toMatch(/^DC2: 14393 /);
    expect(line('DC3')).toContain('17763.1637 (KB4592440)');
    expect(line('DC4')).toContain('20348.2227');
    // What the list means: which DCs to update, the mixed builds, how to read a missing revision, the unread line.
    expect(body).toContain('DC1, DC2.');
    expect(body).toContain('mix of builds');
    expect(body).toContain('run ver');
    expect(body).toContain('DC9 patched');
  });

  it('says so when no DC is in the range', () => {
    const { ctx } = run([...ev('HYBRID_KEY_TRUST', 'INTERMITTENT'), builds('DC3 17763.1637')]);
    const body = resolveText(steps.userName.body, ctx);
    expect(body).toContain('No DC you listed is in the affected range');
    expect(body).not.toContain('mix of builds');
  });

  it('lists exactly which DCs to update to which build and KB', () => {
    const { id, ctx } = run([...ev('HYBRID_KEY_TRUST', 'AFTER_FIRST'), builds('DC1 17763.1613', 'DC2 14393.4104', 'DC3 14393.4048', 'DC4 14393'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_EMPTY')]);
    expect(id).toBe('updateDcs');
    const list = resolveText((steps.updateDcs as ActionStep<KeyDeletionContext>).steps[0].code!.code, ctx).split('\n');
    expect(list.map((l) => l.split(' ')[0])).toEqual(['DC1', 'DC3', 'DC4']);
    expect(list[0]).toContain('17763.1637 (KB4592440)');
    expect(list[1]).toContain('14393.4104 (KB4593226)');
    expect(list[2]).toContain('14393.4104 (KB4593226)');
    expect(resolveText(steps.updateDcs.body, ctx)).toContain('DC1, DC3, DC4');
  });

  it('records each DC and its verdict in the report, and the user entered', () => {
    const said = content.describe!(builds('DC1 17763.1613', 'DC2 14393.4104'))!;
    expect(said.split('\n').slice(1).map((l) => l.split(':')[0])).toEqual(['DC1', 'DC2']);
    expect(said).toContain('17763.1637 (KB4592440)');
    expect(content.describe!(user('alexw@contoso.com'))).toContain('alexw@contoso.com');
    expect(content.describe!({ type: 'BUILDS_ENTERED' })).toBeUndefined();
  });
});

describe('hybrid-key-deletion: commands', () => {
  it('fills the user into Get-ADUser', () => {
    expect(getAdUserCommand('alexw')).toBe("Get-ADUser -Identity 'alexw' -Properties msDS-KeyCredentialLink");
    expect(getAdUserCommand('  CONTOSO\\alexw ')).toBe("Get-ADUser -Identity 'alexw' -Properties msDS-KeyCredentialLink");
    expect(getAdUserCommand('alexw@contoso.com')).toBe("$upn = 'alexw@contoso.com'; Get-ADUser -Filter 'UserPrincipalName -eq $upn' -Properties msDS-KeyCredentialLink");
    expect(getAdUserCommand("o'neil ann")).toBe(`Get-ADUser -Identity 'o''neil ann' -Properties msDS-KeyCredentialLink`);
    expect(getAdUserCommand('')).toBe('Get-ADUser <user> -Properties msDS-KeyCredentialLink');
  });

  it('shows the command with the entered user in the key steps', () => {
    const { ctx } = run([...ev('HYBRID_KEY_TRUST', 'AFTER_FIRST'), builds('DC1 17763.1613'), user('alexw')]);
    const code = (steps.keyBefore as EvidenceStep<KeyDeletionContext>).howTo![0].code!.code;
    expect(resolveText(code, ctx)).toBe("Get-ADUser -Identity 'alexw' -Properties msDS-KeyCredentialLink");
    expect(resolveText(steps.keyBefore.title, ctx)).toContain('alexw');
    expect(resolveText(steps.keySynced.title, ctx)).toContain('alexw');
  });

  it('shows the verdict table on the step after the builds, and the update list in the fix', () => {
    const { id, ctx } = run([...ev('HYBRID_KEY_TRUST', 'INTERMITTENT'), builds('DC1 17763.1613', 'DC2 14393.4104')]);
    expect(id).toBe('userName');
    const body = resolveText(steps.userName.body, ctx);
    expect(body).toContain('DC1: 17763.1613');
    expect(body).toContain('DC2: 14393.4104');
    const after = run([...ev('HYBRID_KEY_TRUST', 'INTERMITTENT'), builds('DC1 17763.1613', 'DC2 14393.4104'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_EMPTY')]);
    expect(after.id).toBe('updateDcs');
    const list = (steps.updateDcs as ActionStep<KeyDeletionContext>).steps[0].code!.code;
    expect(resolveText(list, after.ctx).split('\n')).toHaveLength(1);
    expect(resolveText(list, after.ctx)).toMatch(/^DC1 .*17763\.1613.*17763\.1637 \(KB4592440\)/);
  });
});

describe('hybrid-key-deletion: routes', () => {
  const start = ev('HYBRID_KEY_TRUST', 'AFTER_FIRST');

  it('affected DC, key deleted after a sign-in → update → both sign-ins work', () => {
    expect(run([...start, builds('DC1 17763.1613', 'DC2 14393.4104'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_EMPTY', 'DONE', 'BOTH_WORK')]).id).toBe('outResolved');
    expect(run([...start, builds('DC1 17763.1613'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_EMPTY', 'DONE', 'SECOND_FAILS')]).id).toBe('outEscalate');
  });

  it('key not synced yet → delta sync → key persists with no affected DC → resolved', () => {
    const events = [...start, builds('DC1 17763.1637'), user('alexw'), ...ev('KEYS_EMPTY', 'DONE', 'KEYS_PRESENT', 'KEYS_PRESENT')];
    expect(run(events).id).toBe('signInWorks');
    expect(run([...events, ...ev('WORKS')]).id).toBe('outWasNotSynced');
    const notThis = run([...events, ...ev('FAILS')]);
    expect(notThis.id).toBe('outNotThisKeyPersists');
    const out = steps.outNotThisKeyPersists as OutcomeStep<KeyDeletionContext>;
    expect(out.result).toBe('not-this');
    expect(out.handOver!.some((h) => resolveText(h, notThis.ctx).endsWith('\nDC1 17763.1637'))).toBe(true);
  });

  it('key never arrives after a sync → escalate to whoever runs Entra Connect', () => {
    expect(run([...start, builds('DC1 17763.1613'), user('alexw'), ...ev('KEYS_EMPTY', 'DONE', 'KEYS_EMPTY')]).id).toBe('outKeyNotSyncing');
  });

  it('key deleted with no affected DC → escalate', () => {
    expect(run([...start, builds('DC1 17763.1637'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_EMPTY')]).id).toBe('outKeyDeletedUnexplained');
  });

  it('a revision-unknown DC still gets the fix', () => {
    expect(run([...start, builds('DC1 14393'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_PRESENT')]).id).toBe('updateDcs');
  });

  it('a Windows Server 2019 DC below 17763.316 → the name mismatch issue', () => {
    const r = run([...start, builds('DC1 17763.253', 'DC2 17763.1613')]);
    expect(r.id).toBe('outNameMismatch');
    const out = steps.outNameMismatch as OutcomeStep<KeyDeletionContext>;
    expect(out.related).toBe('ws2019-key-trust-name-mismatch');
    const [early, also] = resolveText(out.body, r.ctx).split('\n\n');
    expect(early).toMatch(/^DC1 /);
    expect(early).toContain('17763.316 (KB4487044)');
    expect(also).toContain('DC2');
    // With no DC in the key deletion range there is nothing else to update.
    expect(resolveText(out.body, run([...start, builds('DC1 17763.253')]).ctx).split('\n\n')).toHaveLength(1);
  });

  it('other deployments are not this issue', () => {
    expect(run(ev('OTHER_TRUST')).id).toBe('outNotKeyTrust');
    expect(run(ev('ON_PREM_KEY_TRUST')).id).toBe('outOnPremKeyTrust');
    expect((steps.outOnPremKeyTrust as OutcomeStep<KeyDeletionContext>).related).toBe('ws2019-key-trust-name-mismatch');
    expect(run(ev('NOT_SURE', 'STILL_NOT_SURE')).id).toBe('symptom');
  });

  it('unsure answers lead to how to find out', () => {
    expect(run(ev('HYBRID_KEY_TRUST', 'NOT_SURE')).id).toBe('reproduce');
    expect(run(ev('HYBRID_KEY_TRUST', 'NOT_SURE', 'FIRST_OK_THEN_FAILS')).id).toBe('dcBuilds');
    expect(run([...start, ...ev('NOT_SURE', 'READY')]).id).toBe('dcBuilds');
    expect(run([...start, builds('DC1 updated recently')]).id).toBe('buildsUnreadable');
  });
});

describe('hybrid-key-deletion: routing from pasted evidence', () => {
  it('reads the deployment from event 358', () => {
    expect(readOf('findDeployment', EVENT_358_KEY_TRUST)?.event).toEqual({ type: 'HYBRID_KEY_TRUST' });
    const certTrust = EVENT_358_KEY_TRUST.replace('User certificate for on premise auth policy is enabled: No', 'User certificate for on premise auth policy is enabled: Yes');
    expect(readOf('findDeployment', certTrust)?.event).toEqual({ type: 'OTHER_TRUST' });
    const cloud = EVENT_358_KEY_TRUST.replace('Cloud trust for on premise auth policy is enabled: No', 'Cloud trust for on premise auth policy is enabled: Yes');
    expect(readOf('findDeployment', cloud)?.event).toEqual({ type: 'OTHER_TRUST' });
  });

  it('routes pasted DC builds', () => {
    const reading = readOf('dcBuilds', 'DC1 17763.1613\nDC2 14393.4104');
    expect(reading?.event).toEqual(builds('DC1 17763.1613', 'DC2 14393.4104'));
    expect(run([...ev('HYBRID_KEY_TRUST', 'AFTER_FIRST'), reading!.event]).id).toBe('userName');

    const ver = readOf('dcBuilds', 'Microsoft Windows [Version 10.0.17763.253]');
    expect(ver).toBeDefined();
    expect(run([...ev('HYBRID_KEY_TRUST', 'AFTER_FIRST'), ver!.event]).id).toBe('outNameMismatch');
  });

  it('says when a paste lacks the revision', () => {
    const reading = readOf('dcBuilds', 'Host Name:                 DC3\nOS Name:                   Microsoft Windows Server 2019 Datacenter\nOS Version:                10.0.17763 N/A Build 17763');
    expect(reading?.because).toContain('revisions are missing');
  });

  it('reads Get-ADUser output before and after a sign-in', () => {
    const ctx = ctxOf({ user: 'alexw' });
    expect(readOf('keyBefore', SAMPLE_WITH_KEY, ctx)?.event).toEqual({ type: 'KEYS_PRESENT' });
    const after = readOf('keyAfter', SAMPLE_EMPTY, ctx);
    expect(after?.event).toEqual({ type: 'KEYS_EMPTY' });
    const r = run([...ev('HYBRID_KEY_TRUST', 'AFTER_FIRST'), builds('DC1 17763.1613'), user('alexw'), readOf('keyBefore', SAMPLE_WITH_KEY, ctx)!.event, after!.event]);
    expect(r.id).toBe('updateDcs');
  });
});

describe('hybrid-key-deletion: evidence pasted before the flow opens', () => {
  it('answers the deployment from event 358, then waits for the symptom pattern', () => {
    const events = prefillEvents(descriptor, analyzeEvidence(`${EVENT_358_KEY_TRUST}\n\nDC1 17763.1613`), 0);
    expect(events.map((e) => e.type)).toEqual(['HYBRID_KEY_TRUST']);
    expect(run(events).id).toBe('symptom');
  });
});

describe('hybrid-key-deletion: finding the user', () => {
  it('an unsure user name leads to how to look it up, then back', () => {
    const base = [...ev('HYBRID_KEY_TRUST', 'AFTER_FIRST'), builds('DC1 17763.1613')];
    expect(run([...base, ...ev('NOT_SURE')]).id).toBe('findUser');
    expect(run([...base, ...ev('NOT_SURE', 'READY'), user('CONTOSO\\alexw')]).ctx.user).toBe('CONTOSO\\alexw');
  });
});

describe('hybrid-key-deletion: words from words.yaml', () => {
  it('refuses a value that is not a user name with a message, and takes a whoami paste', () => {
    const field = (steps.userName as EvidenceStep<KeyDeletionContext>).fields![0]!;
    expect(field.validate!('two words here', ctxOf({}))).toMatch(/\S/);
    expect(field.validate!('<script>', ctxOf({}))).toMatch(/\S/);
    expect(field.validate!('alexw', ctxOf({}))).toBeUndefined();
    expect(field.validate!('PS C:\\> whoami\ncontoso\\alexw', ctxOf({}))).toBeUndefined();
  });

  it('names the user and the key count in the reason', () => {
    expect(readOf('keyBefore', SAMPLE_WITH_KEY, ctxOf({ user: 'alexw' }))?.because).toContain('alexw');
    const many = SAMPLE_WITH_KEY.replace(/\{(B:[^}]+)\}/, '{$1, $1}');
    expect(readOf('keyAfter', many, ctxOf({}))?.because).toContain('2');
  });

  it('fills the shared steps\' words with this flow\'s: the example build, the still-not-sure hint', () => {
    const ctx = ctxOf({});
    expect((steps.findDeployment as EvidenceStep<KeyDeletionContext>).answers.map((a) => a.hint ?? '').join(' ')).not.toMatch(/[{}]/);
    expect(resolveText(steps.dcBuilds.body, ctx)).toContain('DC1 17763.1613');
    expect(resolveText((steps.findBuilds as ActionStep<KeyDeletionContext>).steps[1].text, ctx)).toContain('17763.1613');
    expect((steps.dcBuilds as EvidenceStep<KeyDeletionContext>).fields![0]!.placeholder).toBe('DC1 17763.1613\nDC2 14393.4104');
  });

  it('leaves no {placeholder} unfilled on any step of any path, with any DC list and user', () => {
    const texts = (step: Step<KeyDeletionContext>, c: KeyDeletionContext) => [
      step.title, step.body, step.detail,
      ...(step.howTo ?? []).flatMap((h) => [h.text, h.code?.code]),
      ...(step.kind === 'action' ? step.steps.flatMap((h) => [h.text, h.code?.code]) : []),
      ...(step.kind === 'outcome' ? (step.handOver ?? []) : []),
      ...('answers' in step ? step.answers.flatMap((a) => [a.label, a.hint]) : []),
    ].map((t) => resolveText(t, c));
    const lists = [['DC1 17763.1613', 'DC2 14393.4104'], ['DC1 17763.253', 'DC2 14393'], ['DC1 20348.2227', 'DC2 14393.4050', 'junk']];
    const done = new Set<string>();
    // Each path once, with one of the DC lists in turn (a path the new list sends elsewhere stops where it turns).
    for (const [i, p] of outcomePaths(descriptor as FlowDescriptor).entries()) {
      const dcs = lists[i % lists.length]!;
      const events = p.events.map((e) => (e.type === 'BUILDS_ENTERED' ? builds(...dcs) : e.type === 'USER_ENTERED' ? user("o'neil") : e));
      const r = replay(machine, events);
      const seen = [...r.trail.map((t) => ({ id: t.stateId, c: t.context })), { id: stateIdOf(r.snapshot), c: r.snapshot.context }];
      for (const { id, c } of seen) {
        const key = `${id}|${JSON.stringify(c)}`;
        if (done.has(key)) continue;
        done.add(key);
        for (const text of texts(steps[id]!, c as KeyDeletionContext)) expect(text, id).not.toMatch(/\{[A-Za-z]\w*\}/);
      }
    }
  });
});

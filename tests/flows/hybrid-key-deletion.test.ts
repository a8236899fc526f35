import { describe, expect, it } from 'vitest';
import type { EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import descriptor from '../../src/flows/hybrid-key-deletion';
import { getAdUserCommand } from '../../src/flows/hybrid-key-deletion/commands';
import { parseDcLines, updateList, verdictLine, verdictTable, type Dc } from '../../src/flows/hybrid-key-deletion/dcs';
import { EVENT_358_KEY_TRUST } from '../../src/flows/shared/deployment';
import { SAMPLE_EMPTY, SAMPLE_WITH_KEY } from '../../src/flows/hybrid-key-deletion/keys';
import type { KeyDeletionContext } from '../../src/flows/hybrid-key-deletion/machine';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { ActionStep, EvidenceStep, OutcomeStep } from '../../src/flows/shared/types';

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

  it('gives an exact verdict per DC', () => {
    expect(verdictLine(dc('DC1', 17763, 1613))).toBe('DC1: 17763.1613 (Windows Server 2019): affected. It deletes keys; update it to 17763.1637 (KB4592440) or later.');
    expect(verdictLine(dc('DC2', 14393, 3930))).toBe('DC2: 14393.3930 (Windows Server 2016): affected. It deletes keys; update it to 14393.4104 (KB4593226) or later.');
    expect(verdictLine(dc('DC3', 14393, 4104))).toBe('DC3: 14393.4104 (Windows Server 2016): fixed. It is at or above 14393.4104 (KB4593226).');
    expect(verdictLine(dc('DC4', 17763, 1456))).toBe('DC4: 17763.1456 (Windows Server 2019): outside the range. It is older than the first affected build, so it does not delete keys.');
    expect(verdictLine(dc('DC5', 20348, 2227))).toBe('DC5: 20348.2227 (build 20348): outside the range. Only Windows Server 2016 and 2019 builds have this issue.');
    expect(verdictLine(dc('DC6', 17763, null))).toMatch(/^DC6: 17763 \(Windows Server 2019\): revision unknown\./);
    expect(verdictLine(dc('DC7', 14393, 4050))).toBe('DC7: 14393.4050 (Windows Server 2016): not documented either way (between the last affected build and the fix). Update it to 14393.4104 (KB4593226) or later to be safe.');
    expect(verdictLine(dc('DC8', 17763, 253))).toContain('below 17763.316');
  });

  it('lists exactly which DCs to update to which build and KB', () => {
    const dcs = [dc('DC1', 17763, 1613), dc('DC2', 14393, 4104), dc('DC3', 14393, 4048), dc('DC4', 14393, null)];
    expect(updateList(dcs)).toBe(
      [
        'DC1 (now 17763.1613): update to 17763.1637 (KB4592440) or later.',
        'DC3 (now 14393.4048): update to 14393.4104 (KB4593226) or later.',
        'DC4 (revision unknown): if ver shows a build below 14393.4104, update it to 14393.4104 (KB4593226) or later.',
      ].join('\n'),
    );
    expect(updateList([dc('DC2', 14393, 4104)])).toBe('No DC in your list needs this update.');
  });

  it('explains mixed builds and unknown revisions in the table', () => {
    const table = verdictTable([dc('DC1', 17763, 1613), dc('DC2', 14393, null), dc('DC3', 17763, 1637)], ['DC9 patched']);
    expect(table).toContain('To update: DC1, DC2.');
    expect(table).toContain('mix of builds');
    expect(table).toContain('run ver');
    expect(table).toContain('DC9 patched');
    expect(verdictTable([dc('DC3', 17763, 1637)])).toContain('No DC you listed is in the affected range');
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
    expect(resolveText(steps.keyBefore.title, ctx)).toBe("Is alexw's key in Active Directory?");
  });

  it('shows the verdict table on the step after the builds, and the update list in the fix', () => {
    const { id, ctx } = run([...ev('HYBRID_KEY_TRUST', 'INTERMITTENT'), builds('DC1 17763.1613', 'DC2 14393.4104')]);
    expect(id).toBe('userName');
    const body = resolveText(steps.userName.body, ctx);
    expect(body).toContain('DC1: 17763.1613 (Windows Server 2019): affected.');
    expect(body).toContain('DC2: 14393.4104 (Windows Server 2016): fixed.');
    const after = run([...ev('HYBRID_KEY_TRUST', 'INTERMITTENT'), builds('DC1 17763.1613', 'DC2 14393.4104'), user('alexw'), ...ev('KEYS_PRESENT', 'KEYS_EMPTY')]);
    expect(after.id).toBe('updateDcs');
    const list = (steps.updateDcs as ActionStep<KeyDeletionContext>).steps[0].code!.code;
    expect(resolveText(list, after.ctx)).toBe('DC1 (now 17763.1613): update to 17763.1637 (KB4592440) or later.');
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
    expect(out.handOver!.map((h) => resolveText(h, notThis.ctx))).toContain('The DC list with builds:\nDC1 17763.1637');
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
    const body = resolveText(out.body, r.ctx);
    expect(body).toContain('DC1 runs a Windows Server 2019 build below 17763.316');
    expect(body).toContain('Also update DC2');
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

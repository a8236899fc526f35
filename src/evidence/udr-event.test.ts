import { describe, expect, it } from 'vitest';
import { analyzeEvidence } from './index.ts';
import type { Finding } from './types.ts';
import copyDetails362 from './fixtures/udr-362-copy-details.txt?raw';
import bare362 from './fixtures/udr-362-bare.txt?raw';
import general358 from './fixtures/udr-358-general-cloud-trust.txt?raw';
import noPostLogon360 from './fixtures/udr-360-no-post-logon.txt?raw';
import otherEvents from './fixtures/udr-other-events.txt?raw';
import bare305 from './fixtures/udr-305-bare.txt?raw';
import seed362 from './fixtures/udr-362-seed-verbatim.txt?raw';
import formatList from './fixtures/udr-format-list.txt?raw';
import formatListStar from './fixtures/udr-format-list-star.txt?raw';

function udr(text: string): Finding<'udr-event'>[] {
  return analyzeEvidence(text).filter((f): f is Finding<'udr-event'> => f.kind === 'udr-event');
}

function one(text: string): Finding<'udr-event'> {
  const found = udr(text);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const ALL_362_KEYS = [
  'deviceJoined',
  'userCredentials',
  'policyEnabled',
  'postLogonEnabled',
  'hardware',
  'notRemote',
  'certForOnPremPolicy',
  'enrollmentEndpointReady',
  'logonCertTemplate',
  'stsAuthenticated',
];

describe('User Device Registration events', () => {
  it('reads event 362 pasted with "Copy details" exactly as documented', () => {
    const f = one(copyDetails362);
    expect(f.facts).toMatchObject({
      eventId: 362,
      launched: false,
      stsAuthenticated: 'no',
      certEnrollmentMethod: 'enrollment authority',
      failing: ['logonCertTemplate', 'stsAuthenticated'],
      computer: 'WS-0142.ad.contoso.com',
    });
    expect(f.facts.eventIdInferred).toBeUndefined();
    expect(f.facts.checks.map((c) => c.key)).toEqual(ALL_362_KEYS);
    expect(f.facts.checks.find((c) => c.key === 'deviceJoined')).toEqual({
      key: 'deviceJoined',
      text: 'Device is Azure Active Directory-joined ( AADJ or DJ++ )',
      result: 'yes',
    });
    expect(f.facts.checks.find((c) => c.key === 'logonCertTemplate')).toMatchObject({ result: 'no', detail: '( 1 : StateNoPolicy )' });
    expect(f.facts.checks.find((c) => c.key === 'enrollmentEndpointReady')?.result).toBe('not-tested');
    expect(f.summary).toBe('Event 362: provisioning blocked, enterprise STS authentication failed');
    expect(f.rows.find((r) => r.label === 'Authenticated to the enterprise STS')).toMatchObject({ value: 'No', mark: 'fail' });
  });

  it('reads the documented 362 example verbatim, placeholders and all', () => {
    const f = one(seed362);
    expect(f.facts).toMatchObject({ eventId: 362, launched: false, stsAuthenticated: 'no', certEnrollmentMethod: 'enrollment authority', failing: ['logonCertTemplate', 'stsAuthenticated'] });
    expect(f.facts.checks.map((c) => c.key)).toEqual(ALL_362_KEYS);
  });

  it('reads the bare description of 362 the same way, inferring the event id', () => {
    const f = one(bare362);
    expect(f.facts).toMatchObject({ eventId: 362, eventIdInferred: true, launched: false, stsAuthenticated: 'no' });
    expect(f.facts.checks.map((c) => c.key)).toEqual(ALL_362_KEYS);
  });

  it('reads 358 with the "AAD" wording, cloud trust lines and the general-tab field grid after it', () => {
    const f = one(general358);
    expect(f.facts).toMatchObject({ eventId: 358, launched: true, stsAuthenticated: 'not-tested', computer: 'PC42.ad.contoso.com' });
    expect(f.facts.eventIdInferred).toBeUndefined();
    const byKey = Object.fromEntries(f.facts.checks.map((c) => [c.key, c.result]));
    expect(byKey).toMatchObject({
      deviceJoined: 'yes',
      userCredentials: 'yes',
      cloudTrustPolicy: 'yes',
      cloudTgt: 'yes',
      certForOnPremPolicy: 'no',
      logonCertTemplate: 'not-tested',
    });
    expect(f.facts.checks.find((c) => c.key === 'userCredentials')?.text).toBe('User has logged on with AAD credentials');
    expect(f.summary).toContain('358');
  });

  it('reads 360 from an older Windows without the post-logon line', () => {
    const f = one(noPostLogon360);
    expect(f.facts).toMatchObject({ eventId: 360, launched: false, failing: ['policyEnabled'], stsAuthenticated: 'not-tested' });
    expect(f.facts.checks.some((c) => c.key === 'postLogonEnabled')).toBe(false);
    expect(f.facts.checks).toHaveLength(9);
  });

  it('infers 360 (not 362) for a bare "will not be launched" with no certificate-side failure', () => {
    const bare360 = noPostLogon360.slice(noPostLogon360.indexOf('Windows Hello for Business provisioning'));
    const f = one(bare360);
    expect(f.facts).toMatchObject({ eventId: 360, eventIdInferred: true });
  });

  it('recognises 300, 311 and 304 by meaning', () => {
    const found = udr(otherEvents);
    expect(found.map((f) => f.facts.eventId)).toEqual([300, 311, 304]);
    expect(found[0]!.facts.meaning).toMatch(/registered/);
    expect(found[1]!.facts.meaning).toMatch(/container/);
    expect(found[2]!.facts).toMatchObject({ eventIdInferred: true });
    expect(found[2]!.facts.meaning).toMatch(/join phase/);
  });

  it('reads Get-WinEvent | Format-List output: the Id line gives the event, the provider says it is this log', () => {
    const found = udr(formatList);
    expect(found.map((f) => f.facts.eventId)).toEqual([300, 311]);
    expect(found.every((f) => !f.facts.eventIdInferred)).toBe(true);
    expect(found[0]!.summary).toMatch(/^Event 300: .*registered/);
    expect(found[1]!.summary).toMatch(/^Event 311: .*container/);
  });

  it('reads Format-List * output, where the Message (with every check) comes before the Id', () => {
    const f = one(formatListStar);
    expect(f.facts).toMatchObject({ eventId: 362, stsAuthenticated: 'no', computer: 'WS-0142.ad.contoso.com' });
    expect(f.facts.eventIdInferred).toBeUndefined();
    expect(f.facts.checks.map((c) => c.key)).toEqual(ALL_362_KEYS);
    expect(f.facts.failing).toEqual(['logonCertTemplate', 'stsAuthenticated']);
  });

  it('does not take other Format-List output with an Id line (Get-Process) for an event', () => {
    const processes = 'Id          : 4321\nProcessName : explorer\nPath        : C:\\Windows\\explorer.exe\n\n';
    expect(udr(processes + otherEvents).map((f) => f.facts.eventId)).toEqual([300, 311, 304]);
  });

  it('recognises a bare 305 description', () => {
    expect(one(bare305).facts).toMatchObject({ eventId: 305, eventIdInferred: true });
  });

  it.each([301, 363])('recognises event %i from its header', (id) => {
    const text = `Log Name:      Microsoft-Windows-User Device Registration/Admin\nSource:        Microsoft-Windows-User Device Registration\nEvent ID:      ${id}\nLevel:         Error\nDescription:\nSomething went wrong.\n`;
    const f = one(text);
    expect(f.facts.eventId).toBe(id);
    expect(f.facts.meaning.length).toBeGreaterThan(10);
  });

  it('reads a description squashed onto one line', () => {
    const squashed = bare362.replace(/\n/g, ' ');
    const f = one(squashed);
    expect(f.facts.checks.map((c) => c.key)).toEqual(ALL_362_KEYS);
    expect(f.facts.stsAuthenticated).toBe('no');
  });

  it('reads several events in one paste, each with its own checks', () => {
    const found = udr(`${general358}\n\n${copyDetails362}\n${noPostLogon360}`);
    expect(found.map((f) => f.facts.eventId)).toEqual([358, 362, 360]);
    expect(found.map((f) => f.facts.failing)).toEqual([['certForOnPremPolicy'], ['logonCertTemplate', 'stsAuthenticated'], ['policyEnabled']]);
  });

  it('copes with web-console mangling: CRLF, entities, curly quotes, nbsp', () => {
    const mangled = copyDetails362
      .replace(/\n/g, '\r\n')
      .replace(/\+\+/g, '&#43;&#43;')
      .replace(/ : /g, '&nbsp;:&nbsp;')
      .replace('Log Name:', '<br>Log Name:');
    const f = one(mangled);
    expect(f.facts.eventId).toBe(362);
    expect(f.facts.checks.find((c) => c.key === 'logonCertTemplate')).toMatchObject({ result: 'no', detail: '( 1 : StateNoPolicy )' });
  });

  it('does not mistake other prose for an event', () => {
    expect(udr('The device is joined: yes, and the user has logged on with a password.')).toEqual([]);
  });
});

describe('a blank line between the sentence and the checks', () => {
  it('still reads every check', () => {
    const text = [
      'Event ID:      358',
      'Description:',
      'Windows Hello for Business provisioning will be launched.',
      '',
      'Device is AAD joined ( AADJ or DJ++ ): Yes',
      'User has logged on with AAD credentials: Yes',
      'User certificate for on premise auth policy is enabled: No',
    ].join('\n');
    const f = analyzeEvidence(text).find((x) => x.kind === 'udr-event');
    expect(f?.kind === 'udr-event' && f.facts.checks.map((c) => [c.key, c.result])).toEqual([
      ['deviceJoined', 'yes'],
      ['userCredentials', 'yes'],
      ['certForOnPremPolicy', 'no'],
    ]);
  });
});

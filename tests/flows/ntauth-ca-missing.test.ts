import { describe, expect, it } from 'vitest';
import { transition, type AnyMachineSnapshot, type EventObject } from 'xstate';
import { analyzeEvidence } from '../../src/evidence';
import certutilStore from '../../src/evidence/fixtures/ntauth-certutil-store.txt?raw';
import certutilViewstore from '../../src/evidence/fixtures/ntauth-certutil-viewstore.txt?raw';
import regQueryListing from '../../src/evidence/fixtures/ntauth-reg-query.txt?raw';
import descriptor from '../../src/flows/ntauth-ca-missing';
import { content } from '../../src/flows/ntauth-ca-missing/content';
import { NTAUTH_KEY } from '../../src/flows/ntauth-ca-missing/logic';
import kdcCert from '../../src/flows/non-microsoft-ca-kdc-cert';
import triage from '../../src/flows/guided-triage';
import { caTrustOwner } from '../../src/flows/shared/caTrust';
import { eventsFor } from '../../src/flows/shared/explore';
import { prefillEvents } from '../../src/flows/shared/prefill';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import { resolveText } from '../../src/flows/shared/text';
import type { FlowDescriptor, OutcomeStep } from '../../src/flows/shared/types';
import { rankSuggestions } from '../../src/triage/suggest';

const ev = (...types: string[]): EventObject[] => types.map((type) => ({ type }));
const ROOT = '4F0C2A9D8E7B6C5A4F3E2D1C0B9A8F7E6D5C4B3A';
const ISSUING = 'A1B2C3D4E5F60718293A4B5C6D7E8F9011223344';
const OTHER = '0123456789ABCDEF0123456789ABCDEF01234567';
const ca = (thumbprint: string) => ({ type: 'CA_ENTERED', values: { thumbprint } });
const toStore = (t: string) => [...ev('CANT_VERIFY', 'YES', 'KEY'), ca(t)];
const at = (events: EventObject[]) => replay(descriptor.machine, events as never).snapshot;
const stepOf = (id: string) => content.steps[id]!;

/** Every outcome reachable from a snapshot (answers and sample payloads, context included). */
function reachableOutcomes(d: FlowDescriptor, start: AnyMachineSnapshot): Set<string> {
  const out = new Set<string>();
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length) {
    const s = queue.shift()!;
    const key = `${stateIdOf(s)}|${JSON.stringify(s.context)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (s.status === 'done') {
      out.add(stateIdOf(s));
      continue;
    }
    for (const e of eventsFor(d, s)) queue.push(transition(d.machine, s, e)[0]);
  }
  return out;
}

/** The snapshot a flow opens at with answers handed over by another flow's outcome. */
function openedWith(d: FlowDescriptor, answers: Record<string, string>): AnyMachineSnapshot {
  return replay(d.machine, prefillEvents(d, [], 0, answers) as never).snapshot;
}

describe('ntauth-ca-missing: routes', () => {
  it('CA missing, approved, published, refreshed: resolved, with the thumbprint kept normalised', () => {
    const s = at([...toStore('a1 b2 c3 d4 e5 f6 07 18 29 3a 4b 5c 6d 7e 8f 90 11 22 33 44'), ...ev('MISSING', 'APPROVED', 'DONE', 'DONE', 'FIXED')]);
    expect(stateIdOf(s)).toBe('outResolved');
    expect(s.context.thumbprint).toBe(ISSUING);
    expect(s.context.trust).toBe('key');
  });

  it('both messages and the "not sure" way lead to the same checks', () => {
    expect(stateIdOf(at(ev('STATUS_BB')))).toBe('provisioned');
    expect(stateIdOf(at(ev('NOT_SURE', 'CANT_VERIFY')))).toBe('provisioned');
    expect(stateIdOf(at(ev('NOT_SURE', 'OTHER')))).toBe('outNotThis');
    expect(stateIdOf(at(ev('CANT_VERIFY', 'NOT_SURE', 'YES', 'NOT_SURE', 'CERT')))).toBe('caThumbprint');
  });

  it('hands over instead of guessing: not provisioned, cloud Kerberos trust, no approval', () => {
    expect(stateIdOf(at(ev('CANT_VERIFY', 'NO')))).toBe('outNotProvisioned');
    expect(stateIdOf(at(ev('CANT_VERIFY', 'YES', 'CLOUD')))).toBe('outCloudKerberos');
    expect(stateIdOf(at([...toStore(ISSUING), ...ev('MISSING', 'NOT_APPROVED')]))).toBe('outNeedsApproval');
    expect((stepOf('outNotProvisioned') as OutcomeStep<unknown>).related).toBe('provisioning-not-starting');
    expect((stepOf('outCloudKerberos') as OutcomeStep<unknown>).related).toBe('cloud-kerberos-trust');
    expect((stepOf('outNotThis') as OutcomeStep<unknown>).related).toBe('hello-error-codes');
  });

  it('in the store but not on a machine: refresh the policy, then retest', () => {
    expect(stateIdOf(at([...toStore(ISSUING), ...ev('IN_STORE', 'NOT_ON_MACHINE')]))).toBe('refresh');
    expect(stateIdOf(at([...toStore(ISSUING), ...ev('IN_STORE', 'NOT_SURE', 'DONE')]))).toBe('retest');
  });

  it('in NTAuth everywhere: Entra joined with a non-Microsoft CA goes to the DC certificate names, otherwise support', () => {
    expect(stateIdOf(at([...toStore(ISSUING), ...ev('IN_STORE', 'ON_BOTH', 'YES')]))).toBe('outDcCertNames');
    expect(stateIdOf(at([...toStore(ISSUING), ...ev('IN_STORE', 'ON_BOTH', 'NO')]))).toBe('outEscalate');
    // Certificate trust is not what the non-Microsoft CA flow covers.
    expect(stateIdOf(at([...ev('CANT_VERIFY', 'YES', 'CERT'), ca(ISSUING), ...ev('IN_STORE', 'ON_BOTH', 'YES')]))).toBe('outEscalate');
  });

  it('refuses a thumbprint that is not 40 hex digits (nothing odd reaches a command)', () => {
    for (const bad of ['', 'abc', `${ISSUING}0`, `${ISSUING.slice(0, 39)}G`, '" & calc & "', `${ISSUING.slice(0, 30)} & del`]) {
      expect(stateIdOf(at([...ev('CANT_VERIFY', 'YES', 'KEY'), ca(bad)])), bad).toBe('caThumbprint');
    }
    const field = (stepOf('caThumbprint') as { fields: { validate: (r: string, c: unknown) => string | undefined }[] }).fields[0]!;
    expect(field.validate('4f:0c:2a:9d:8e:7b:6c:5a:4f:3e:2d:1c:0b:9a:8f:7e:6d:5c:4b:3a', {})).toBeUndefined();
    expect(field.validate('not a thumbprint', {})).toBeTruthy();
  });
});

describe('ntauth-ca-missing: evidence', () => {
  const read = (state: string, text: string, events: EventObject[]) => {
    const step = stepOf(state) as { read: (f: unknown, c: unknown) => { event: EventObject } | undefined };
    return step.read(analyzeEvidence(text), at(events).context)?.event.type;
  };

  it('reads status 0xC00000BB from the PIN screen text', () => {
    expect(read('symptom', "Something went wrong and your PIN isn't available (status: 0xc00000bb, substatus: 0x0).", [])).toBe('STATUS_BB');
    expect(read('symptom', 'status: 0x801c03ed', [])).toBeUndefined();
  });

  it('the certutil listing decides by the thumbprint typed (upper or lower case, spaced or not)', () => {
    expect(read('ntauthStore', certutilStore, toStore(ISSUING))).toBe('IN_STORE');
    expect(read('ntauthStore', certutilStore, toStore(OTHER))).toBe('MISSING');
    expect(read('ntauthStore', certutilViewstore, toStore('9e8d7c6b5a49382716 05f4e3d2c1b0a998877665'))).toBe('IN_STORE');
    // Without a thumbprint only an empty store decides.
    expect(read('ntauthStore', certutilStore, [...ev('CANT_VERIFY', 'YES', 'KEY', 'NO_THUMBPRINT')])).toBeUndefined();
    expect(read('ntauthStore', 'C:\\>certutil -enterprise -store NTAuth\nNTAuth "NTAuth"\nCertUtil: -store command completed successfully.', [])).toBe('MISSING');
  });

  it('the registry listings from the DC and the device: both must hold the thumbprint', () => {
    const deviceWithout = 'C:\\>reg query HKLM\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates\\' + ROOT;
    const events = [...toStore(ISSUING), ...ev('IN_STORE')];
    expect(read('machineCopies', `${regQueryListing}\n${regQueryListing}`, events)).toBe('ON_BOTH');
    expect(read('machineCopies', `${regQueryListing}\n${deviceWithout}`, events)).toBe('NOT_ON_MACHINE');
    // One machine only: not enough to say both.
    expect(read('machineCopies', regQueryListing, events)).toBeUndefined();
  });

  it('the registry command names the key from the source and the validated thumbprint only', () => {
    const ctx = at([...toStore(ISSUING), ...ev('IN_STORE')]).context;
    const code = resolveText((stepOf('machineCopies').howTo![0]!.code!.code), ctx);
    expect(code).toBe(`reg query "${NTAUTH_KEY}\\${ISSUING}"`);
    expect(NTAUTH_KEY).toBe('HKLM\\Software\\Microsoft\\EnterpriseCertificates\\NTAuth\\Certificates');
  });

  it('paste triage: a real paste (the PIN screen and an NTAuth listing) puts this flow first', () => {
    const paste = `Something went wrong and your PIN isn't available (status: 0xc00000bb, substatus: 0x0). Click to set up your PIN again.\n\n${certutilStore}`;
    expect(rankSuggestions(analyzeEvidence(paste)).map((s) => s.flowId)[0]).toBe('ntauth-ca-missing');
    expect(rankSuggestions(analyzeEvidence(regQueryListing)).map((s) => s.flowId)[0]).toBe('ntauth-ca-missing');
  });
});

describe('ntauth-ca-missing: the documented fix', () => {
  const ctx = at([...toStore(ISSUING), ...ev('MISSING', 'APPROVED')]).context;
  const codes = (id: string) => {
    const s = stepOf(id);
    return [...(s.kind === 'action' ? s.steps : []), ...(s.howTo ?? [])].map((x) => (x.code ? resolveText(x.code.code, ctx) : '')).join('\n');
  };

  it('publishes with the two documented commands, then gpupdate and replication', () => {
    expect(codes('publish')).toContain('certutil -dspublish -f IssuingCA.cer NTAuthCA');
    expect(codes('publish')).toContain('certutil -enterprise -addstore NTAuth IssuingCA.cer');
    expect(codes('refresh')).toContain('gpupdate /force');
    const words = stepOf('refresh').kind === 'action' ? JSON.stringify(stepOf('refresh')) : '';
    expect(words).toMatch(/replication/i);
    expect(codes('ntauthStore')).toContain('certutil -viewstore -enterprise NTAuth');
  });

  it('says the CA becomes trusted for sign-in across the whole forest, and who approves', () => {
    for (const id of ['approve', 'publish']) {
      const body = resolveText(stepOf(id).body, ctx);
      expect(body).toContain('whole forest');
      expect(body).toContain('Enterprise Admin');
      expect(body).toMatch(/approve/);
    }
  });

  it('cites the support article by its public address', () => {
    const sources = content.references.map((r) => r.source);
    expect(sources).toHaveLength(1);
    expect(sources[0]).toMatch(/^https:\/\/learn\.microsoft\.com\/troubleshoot\/.*your-credential-could-not-be-verified/);
  });
});

describe('ntauth-ca-missing and non-microsoft-ca-kdc-cert: one owner, no loop', () => {
  const mine = stepOf('outDcCertNames') as OutcomeStep<unknown>;
  const theirs = kdcCert.content.steps.outCertAlreadyOk as OutcomeStep<unknown>;

  it('the rule, decided in one place', () => {
    expect(caTrustOwner({})).toBe('ntauth');
    expect(caTrustOwner({ caInNtauth: false, entraWithNonMicrosoftCa: true, dcCertRight: true })).toBe('ntauth');
    expect(caTrustOwner({ caInNtauth: true, entraWithNonMicrosoftCa: true })).toBe('kdc-cert');
    expect(caTrustOwner({ caInNtauth: true, entraWithNonMicrosoftCa: true, dcCertRight: true })).toBe('support');
    expect(caTrustOwner({ caInNtauth: true })).toBe('support');
  });

  it('each flow links to the other exactly where they meet', () => {
    expect(mine.related).toBe('non-microsoft-ca-kdc-cert');
    expect(theirs.related).toBe('ntauth-ca-missing');
    const kdcLinks = Object.values(kdcCert.content.steps).filter((s) => s.kind === 'outcome' && s.related === 'ntauth-ca-missing');
    expect(kdcLinks).toHaveLength(1);
  });

  it('arriving from the non-Microsoft CA flow, this flow checks NTAuth and can never send the case back', () => {
    const opened = openedWith(descriptor, theirs.carry!(kdcCert.machine.config.context).answers!);
    expect(stateIdOf(opened)).toBe('caThumbprint');
    const ends = reachableOutcomes(descriptor, opened);
    expect(ends.has('outDcCertNames')).toBe(false);
    expect(ends.has('outResolved')).toBe(true);
    expect(ends.has('outEscalate')).toBe(true);
  });

  it('the round trip: from here to the non-Microsoft CA flow and back ends, it never returns there', () => {
    const ctx = at([...toStore(ISSUING), ...ev('IN_STORE', 'ON_BOTH', 'YES')]).context;
    const there = openedWith(kdcCert, mine.carry!(ctx).answers!);
    expect(stateIdOf(there)).toBe('event107');
    expect(reachableOutcomes(kdcCert, there).has('outCertAlreadyOk')).toBe(true);
    // Back here from its one link: the only way out toward it is closed.
    const back = openedWith(descriptor, theirs.carry!(there.context).answers!);
    expect(reachableOutcomes(descriptor, back).has('outDcCertNames')).toBe(false);
  });
});

describe('guided triage hands over', () => {
  it('"Your credentials could not be verified" at the sign-in message opens this flow, message answered', () => {
    const s = replay(triage.machine, ev('SIGN_IN', 'HYBRID', 'KEY', 'CANT_VERIFY') as never).snapshot;
    expect(stateIdOf(s)).toBe('toNtauth');
    const out = triage.content.steps.toNtauth as OutcomeStep<unknown>;
    expect(out.related).toBe('ntauth-ca-missing');
    expect(stateIdOf(openedWith(descriptor, out.carry!(s.context).answers!))).toBe('provisioned');
  });
});

describe('search', () => {
  it('finds this flow by its code, its message and NTAuth, from words loaded with the flow (not the home page)', async () => {
    const { createFlowSearch } = await import('../../src/triage/searchIndex');
    const { flows, loadFlow } = await import('../../src/flows/registry');
    const search = createFlowSearch(await Promise.all(flows.map((f) => loadFlow(f.id))));
    const ids = (q: string) => search.search(q).map((h) => h.flowId);
    expect(ids('0xC00000BB')).toContain('ntauth-ca-missing');
    expect(ids('Your credentials could not be verified')[0]).toBe('ntauth-ca-missing');
    expect(ids('NTAuth')).toContain('ntauth-ca-missing');
    expect(ids('KB4519735')[0]).toBe('ntauth-ca-missing');
  });
});

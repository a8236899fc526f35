import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { createCase, withAnswer } from '../../src/cases/caseOps';
import { MAX_SHARE_CHARS, caseFromShare, checkFits, decodeShare, encodeShare, sharePayload, type SharePayload } from '../../src/cases/share';
import { FLOW_IDS } from '../../src/flows/ids';
import { replay, stateIdOf } from '../../src/flows/shared/replay';
import pinReset from '../../src/flows/pin-reset-allowed-urls';

const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
const fact = fc.record(
  { label: text(40), value: text(80), mark: fc.constantFrom('pass', 'fail', 'warn', 'info') as fc.Arbitrary<'pass' | 'fail' | 'warn' | 'info'> },
  { requiredKeys: ['label', 'value'] },
);
const meta = fc.record(
  {
    at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
    via: fc.constantFrom('answer', 'evidence') as fc.Arbitrary<'answer' | 'evidence'>,
    because: text(120),
    facts: fc.array(fact, { maxLength: 4 }),
  },
  { requiredKeys: ['at'] },
);
const event = fc.record(
  {
    type: fc.stringMatching(/^[A-Z_]{1,20}$/),
    meta,
    values: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.oneof(text(30), fc.array(text(30), { maxLength: 3 }))),
  },
  { requiredKeys: ['type'] },
);
const note = fc.record({
  step: fc.nat({ max: 50 }),
  stateId: fc.stringMatching(/^[a-zA-Z]{1,20}$/),
  text: text(200),
  at: fc.integer({ min: 0, max: 4_102_444_800_000 }),
});
const payload: fc.Arbitrary<SharePayload> = fc.record(
  {
    v: fc.constant(1 as const),
    flowId: fc.constantFrom(...FLOW_IDS),
    title: text(60),
    events: fc.array(event, { maxLength: 12 }),
    notes: fc.array(note, { maxLength: 4 }),
  },
  { requiredKeys: ['v', 'flowId', 'title', 'events'] },
);

/** A PIN reset case answered up to the policy step. */
function pinCase() {
  let c = createCase('pin-reset-allowed-urls', 'Ticket 4711');
  const answers = [{ type: 'YES' }, { type: 'YES' }, { type: 'FEDERATED' }, { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } }];
  for (const e of answers) c = withAnswer(c, c.position, e, 1_700_000_000_000);
  return { ...c, notes: [{ step: 1, stateId: 'whereError', text: 'User saw it twice', at: 1_700_000_000_500 }] };
}

describe('share links', () => {
  it('property: decode(encode(payload)) equals the payload', () => {
    fc.assert(
      fc.property(payload, (p) => {
        const r = decodeShare(encodeShare(p));
        expect(r).toEqual({ ok: true, payload: p });
      }),
      { numRuns: 200 },
    );
  });

  it('property: any other fragment gives a clear message and never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = decodeShare(s);
        if (!r.ok) expect(r.message.length).toBeGreaterThan(20);
      }),
    );
  });

  it('a case round-trips and imports as a new case on the same step', () => {
    const c = pinCase();
    const p = sharePayload(c, { notes: true });
    const r = decodeShare('#' + encodeShare(p));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.payload.events).toEqual(c.events);
    const imported = caseFromShare(r.payload, pinReset);
    expect(imported.id).not.toBe(c.id);
    expect(imported.title).toBe('Ticket 4711');
    expect(imported.notes).toEqual(c.notes);
    expect(stateIdOf(replay(pinReset.machine, imported.events).snapshot)).toBe('configurePolicy');
    expect(imported.position).toBe(4);
  });

  it('leaves notes out when asked, and shares only the answers up to the current step', () => {
    const c = { ...pinCase(), position: 2 };
    const p = sharePayload(c, { notes: false });
    expect(p.notes).toBeUndefined();
    expect(p.events).toHaveLength(2);
  });

  it('redacts the payload when asked: hosts become placeholders that still fit the flow', () => {
    const p = sharePayload(pinCase(), { notes: true, redact: true });
    expect(JSON.stringify(p)).not.toContain('contoso');
    expect((p.events[3] as { values?: { hosts: string[] } }).values?.hosts).toEqual(['host1.example']);
    expect(checkFits(p, pinReset).ok).toBe(true);
  });

  it('rejects a damaged link', () => {
    const good = encodeShare(sharePayload(pinCase(), { notes: false }));
    const r = decodeShare(good.slice(0, Math.floor(good.length / 2)));
    expect(r.ok).toBe(false);
    expect(decodeShare('#%%%not-lz%%%')).toMatchObject({ ok: false, problem: 'damaged' });
    expect(decodeShare('#')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('rejects a link from a newer version with its own message', () => {
    const future = compressToEncodedURIComponent(JSON.stringify({ v: 2, flowId: 'pin-reset-allowed-urls', title: 'x', events: [] }));
    const r = decodeShare(future);
    expect(r).toMatchObject({ ok: false, problem: 'newer' });
    if (!r.ok) expect(r.message).toMatch(/newer version/);
  });

  it('rejects a tampered payload (unknown flow, wrong types, no version)', () => {
    const enc = (x: unknown) => compressToEncodedURIComponent(JSON.stringify(x));
    expect(decodeShare(enc({ v: 1, flowId: 'no-such-flow', title: '', events: [] }))).toMatchObject({ problem: 'invalid' });
    expect(decodeShare(enc({ v: 1, flowId: 'pin-reset-allowed-urls', title: '', events: [{ type: 42 }] }))).toMatchObject({ problem: 'invalid' });
    expect(decodeShare(enc({ flowId: 'pin-reset-allowed-urls', title: '', events: [] }))).toMatchObject({ problem: 'invalid' });
    expect(decodeShare(enc([1, 2, 3]))).toMatchObject({ problem: 'invalid' });
    expect(decodeShare(enc('just text'))).toMatchObject({ problem: 'invalid' });
  });

  it('stops decompressing as soon as a small link expands past the limit, and says so', () => {
    // A 4.4 KB link that would expand to 3 million characters (made once: compressing it takes half a minute).
    const bomb = readFileSync('tests/cases/fixtures/share-bomb.txt', 'utf8').trim();
    expect(bomb.length).toBeLessThan(MAX_SHARE_CHARS);
    const r = decodeShare(bomb);
    expect(r).toMatchObject({ ok: false, problem: 'expands-too-big' });
    if (!r.ok) expect(r.message).toMatch(/unpacks to more than 1,000,000 characters/);
  });

  it('refuses unknown fields in answers and notes, naming the answer and the field', () => {
    const enc = (x: unknown) => compressToEncodedURIComponent(JSON.stringify(x));
    const base = { v: 1, flowId: 'pin-reset-allowed-urls', title: 't' };
    const extra = decodeShare(enc({ ...base, events: [{ type: 'YES' }, { type: 'YES', junk: 'x'.repeat(1000) }] }));
    expect(extra).toMatchObject({ ok: false, problem: 'invalid' });
    if (!extra.ok) expect(extra.message).toMatch(/Answer 2 has a field this app does not know: “junk”/);
    const inMeta = decodeShare(enc({ ...base, events: [{ type: 'YES', meta: { at: 1, hidden: 'x' } }] }));
    if (!inMeta.ok) expect(inMeta.message).toMatch(/Answer 1 has a field this app does not know: “hidden”/);
    expect(inMeta.ok).toBe(false);
    const note = decodeShare(enc({ ...base, events: [], notes: [{ step: 0, stateId: 's', text: 't', at: 1, more: 1 }] }));
    if (!note.ok) expect(note.message).toMatch(/Note 1 has a field this app does not know: “more”/);
    expect(note.ok).toBe(false);
    const top = decodeShare(enc({ ...base, events: [], extra: 1 }));
    if (!top.ok) expect(top.message).toMatch(/field this app does not know: “extra”/);
    expect(top.ok).toBe(false);
  });

  it('refuses values nested deeper than answers use, with the reason', () => {
    const enc = (x: unknown) => compressToEncodedURIComponent(JSON.stringify(x));
    // Written out by hand: JSON.stringify itself overflows the stack on 5000 levels.
    const deep = '['.repeat(5000) + '"x"' + ']'.repeat(5000);
    const json = `{"v":1,"flowId":"pin-reset-allowed-urls","title":"t","events":[{"type":"HOSTS_ENTERED","values":{"hosts":${deep}}}]}`;
    const r = decodeShare(compressToEncodedURIComponent(json));
    expect(r).toMatchObject({ ok: false, problem: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/Answer 1 holds values nested deeper than 4 levels/);
    // What flows really send still passes.
    const ok = decodeShare(enc({ v: 1, flowId: 'pin-reset-allowed-urls', title: 't', events: [{ type: 'HOSTS_ENTERED', values: { hosts: ['a.contoso.com'] } }] }));
    expect(ok.ok).toBe(true);
  });

  it('rejects an oversized link before reading it', () => {
    const r = decodeShare('A'.repeat(MAX_SHARE_CHARS + 1));
    expect(r).toMatchObject({ ok: false, problem: 'too-big' });
  });

  it("says when the link's answers don't fit the flow", () => {
    const p: SharePayload = { v: 1, flowId: 'pin-reset-allowed-urls', title: 't', events: [{ type: 'YES' }, { type: 'FIXED' }] };
    const fit = checkFits(p, pinReset);
    expect(fit.ok).toBe(false);
    if (!fit.ok) expect(fit.message).toMatch(/don't fit the flow: answer 2/);
    expect(() => caseFromShare(p, pinReset)).toThrow();
  });

  it('an invalid host in a tampered link does not fit (the guard refuses it)', () => {
    const p: SharePayload = {
      v: 1,
      flowId: 'pin-reset-allowed-urls',
      title: 't',
      events: [{ type: 'YES' }, { type: 'YES' }, { type: 'FEDERATED' }, { type: 'HOSTS_ENTERED', values: { hosts: ['<script>'] } } as never],
    };
    expect(checkFits(p, pinReset).ok).toBe(false);
  });
});

/**
 * Steps that change production domain controllers and AD FS farms say how to do it safely,
 * in every flow (loaded through the registry), and the facts the sources give are present.
 */
import { describe, expect, it } from 'vitest';
import { flows, loadFlow } from '../../src/flows/registry';
import { resolveText } from '../../src/flows/shared/text';
import type { FlowDescriptor, Step } from '../../src/flows/shared/types';

interface Item {
  flow: string;
  step: string;
  /** Position inside an action step (-1 for the step's own words). */
  at: number;
  text: string;
  code: string;
}

/** Every piece of words and code a person can see, with the machine's initial context. */
function itemsOf(d: FlowDescriptor): Item[] {
  const ctx = d.machine.config.context;
  const out: Item[] = [];
  for (const [id, step] of Object.entries(d.content.steps) as [string, Step<unknown>][]) {
    const own = [step.title, step.body, step.detail].map((t) => resolveText(t, ctx)).join('\n');
    out.push({ flow: d.id, step: id, at: -1, text: own, code: '' });
    for (const h of step.howTo ?? []) out.push({ flow: d.id, step: id, at: -1, text: resolveText(h.text, ctx), code: h.code ? resolveText(h.code.code, ctx) : '' });
    if (step.kind === 'action') {
      step.steps.forEach((s, i) => out.push({ flow: d.id, step: id, at: i, text: resolveText(s.text, ctx), code: s.code ? resolveText(s.code.code, ctx) : '' }));
    }
    if (step.kind === 'outcome') for (const h of step.handOver ?? []) out.push({ flow: d.id, step: id, at: -1, text: resolveText(h, ctx), code: '' });
  }
  return out;
}

const all = async () => (await Promise.all(flows.map((f) => loadFlow(f.id)))).flatMap(itemsOf);

describe('unsafe steps are made safe', () => {
  it('every AD FS restart is one server at a time, in a maintenance window, never the whole farm', async () => {
    const restarts = (await all()).filter((x) => /Restart-Service\s+adfssrv/i.test(x.code));
    expect(restarts.length).toBeGreaterThanOrEqual(3);
    for (const r of restarts) {
      expect(r.text, `${r.flow}/${r.step}`).toMatch(/one server at a time/i);
      expect(r.text, `${r.flow}/${r.step}`).toMatch(/maintenance window/i);
      expect(r.text, `${r.flow}/${r.step}`).toMatch(/never restart every server of the farm at once/i);
    }
  });

  it('netsh winhttp set proxy comes after the current setting is recorded, with a way back', async () => {
    const items = await all();
    const sets = items.filter((x) => /^netsh winhttp set proxy/m.test(x.code));
    expect(sets.length).toBeGreaterThan(0);
    for (const s of sets) {
      const same = items.filter((x) => x.flow === s.flow && x.step === s.step && x.at >= 0);
      const before = same.filter((x) => x.at < s.at);
      const after = same.filter((x) => x.at > s.at);
      expect(before.some((x) => /netsh winhttp show proxy\s*>/.test(x.code)), `${s.flow}/${s.step}: recorded first`).toBe(true);
      expect(before.some((x) => /replaces/i.test(x.text)), `${s.flow}/${s.step}: says it replaces the setting`).toBe(true);
      expect(after.some((x) => /netsh winhttp reset proxy/.test(x.code) && /undo/i.test(x.text)), `${s.flow}/${s.step}: how to restore`).toBe(true);
    }
  });

  it('captures on a domain controller use the built-in tools, never an installed Wireshark', async () => {
    const items = await all();
    for (const x of items) expect(x.text, `${x.flow}/${x.step}`).not.toMatch(/run wireshark on the (dc|domain controller)/i);
    const dcCapture = items.filter((x) => /capture on a domain controller/i.test(x.text));
    expect(dcCapture.length).toBeGreaterThan(0);
    for (const x of dcCapture) {
      expect(x.text).toMatch(/netsh trace/);
      expect(x.text).toMatch(/pktmon/);
      expect(x.text).toMatch(/do not install Wireshark on the DC/i);
    }
    const traceHandOvers = items.filter((x) => x.step.startsWith('out') && /network trace of a failed sign-in/i.test(x.text));
    expect(traceHandOvers.length).toBeGreaterThan(0);
    for (const x of traceHandOvers) expect(x.text, `${x.flow}/${x.step}`).toMatch(/netsh trace or pktmon/);
  });
});

describe('facts that were missing', () => {
  it('PIN reset: links the documented allowed-URLs procedure and says the user completes MFA on the reset page', async () => {
    const d = await loadFlow('pin-reset-allowed-urls');
    const refs = d.content.references.map((r) => r.source);
    expect(refs.some((s) => s.startsWith('https://learn.microsoft.com/') && s.includes('#configure-allowed-urls-for-federated-identity-providers'))).toBe(true);
    const words = itemsOf(d);
    const mfa = words.filter((x) => /multifactor authentication \(MFA\)/.test(x.text)).map((x) => x.step);
    expect(mfa).toContain('reproduce');
    expect(mfa).toContain('retry');
    expect(words.find((x) => x.step === 'configurePolicy' && x.at === -1 && /Configure allowed URLs for federated identity providers/.test(x.text))).toBeDefined();
  });

  it('provisioning: the certificate request is signed with the same key pair as the Windows Hello key', async () => {
    const d = await loadFlow('hybrid-cert-trust-provisioning');
    const said = itemsOf(d).filter((x) => /same key pair/i.test(x.text)).map((x) => x.step);
    expect(said).toContain('keyEvents');
    expect(said).toContain('adfsReach');
  });
});

import { describe, expect, it } from 'vitest';
import { flows, loadFlow } from '../../src/flows/registry';

/** A reference a person can open: an absolute https address, nothing else (no file names, no notes). */
function isHttpsAddress(source: string): boolean {
  if (source !== source.trim() || /\s/.test(source)) return false;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

describe('references every flow shows', () => {
  it('covers every registered flow', () => {
    expect(flows.length).toBeGreaterThanOrEqual(6);
  });

  it.each(flows.map((f) => f.id))('%s: every reference is an https address', async (id) => {
    const d = await loadFlow(id);
    expect(d.content.references.length, 'at least one reference').toBeGreaterThan(0);
    const bad = d.content.references.filter((r) => !isHttpsAddress(r.source)).map((r) => r.source);
    expect(bad).toEqual([]);
  });

  it('cites the source articles and KBs by their public addresses', async () => {
    const all = (await Promise.all(flows.map((f) => loadFlow(f.id)))).flatMap((d) => d.content.references.map((r) => r.source));
    for (const kb of ['4593226', '4592440', '4487044', '4088889']) expect(all).toContain(`https://support.microsoft.com/help/${kb}`);
    expect(all).toContain('https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-deployment-issues');
    expect(all).toContain('https://learn.microsoft.com/windows/security/identity-protection/hello-for-business/hello-hybrid-cert-whfb-provision');
  });

  it('rejects what the flows used to show', () => {
    for (const s of ['known-deployment-issues.md', 'NOTES.md: A contradiction to handle', 'http://support.microsoft.com/help/1', 'https://', ' https://a.b/']) {
      expect(isHttpsAddress(s), s).toBe(false);
    }
  });
});

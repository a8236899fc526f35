import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeEvidenceAsync, WORKER_THRESHOLD } from './analyze-async.ts';
import { analyzeEvidence, describeKind, FINDING_KINDS } from './index.ts';
import type { AnyFinding } from './types.ts';
import dsregCertTrust from './fixtures/dsregcmd-hybrid-cert-trust.txt?raw';
import udr362 from './fixtures/udr-362-copy-details.txt?raw';
import adfs1021 from './fixtures/adfs-1021.txt?raw';
import kerberos107 from './fixtures/kerberos-107.txt?raw';
import dcTable from './fixtures/builds-dc-table.txt?raw';
import keycredEmpty from './fixtures/keycred-empty.txt?raw';
import certDump from './fixtures/cert-certutil-dump.txt?raw';
import pinReset from './fixtures/pin-reset-error.txt?raw';
import signIn from './fixtures/sign-in-error.txt?raw';
import traceName from './fixtures/kdc-trace-name.txt?raw';
import ntauthStore from './fixtures/ntauth-certutil-store.txt?raw';
import kerberosServer from './fixtures/kerberos-server-one-domain.txt?raw';
import { findingProblems } from './fixtures/well-formed.ts';

describe('analyzeEvidence', () => {
  it('finds dsregcmd, event 362 and AD FS 1021 in one paste, in paste order', () => {
    const found = analyzeEvidence(`${dsregCertTrust}\n\n${udr362}\n\n${adfs1021}`);
    expect(found.map((f) => f.kind)).toEqual(['dsregcmd', 'udr-event', 'adfs-1021']);
    for (const f of found) expect(findingProblems(f)).toEqual([]);
  });

  it('finds every kind in a paste holding one of each', () => {
    const paste = [dsregCertTrust, udr362, kerberos107, traceName, adfs1021, dcTable, keycredEmpty, certDump, pinReset, signIn, ntauthStore, kerberosServer].join('\n\n');
    const found = analyzeEvidence(paste);
    expect(new Set(found.map((f) => f.kind))).toEqual(new Set(FINDING_KINDS));
    for (const f of found) expect(findingProblems(f)).toEqual([]);
  });

  it('returns [] for empty or non-string input', () => {
    expect(analyzeEvidence('')).toEqual([]);
    expect(analyzeEvidence('   \n\n  ')).toEqual([]);
    expect(analyzeEvidence(undefined as unknown as string)).toEqual([]);
    expect(analyzeEvidence(42 as unknown as string)).toEqual([]);
    expect(analyzeEvidence('hello, my PIN does not work')).toEqual([]);
  });
});

describe('describeKind', () => {
  it('has a plain name for every kind', () => {
    for (const kind of FINDING_KINDS) expect(describeKind(kind)).toMatch(/^[\w /_()-]+$/);
    expect(describeKind('dsregcmd')).toBe('dsregcmd /status output');
    expect(describeKind('udr-event')).toBe('User Device Registration event');
  });
});

describe('analyzeEvidenceAsync', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('analyses small pastes inline', async () => {
    await expect(analyzeEvidenceAsync(signIn)).resolves.toEqual(analyzeEvidence(signIn));
  });

  it('falls back to inline analysis for big pastes when Worker is missing', async () => {
    vi.stubGlobal('Worker', undefined);
    const big = `${udr362}\n${'filler line\n'.repeat(WORKER_THRESHOLD / 10)}`;
    const found = await analyzeEvidenceAsync(big);
    expect(found.map((f) => f.kind)).toEqual(['udr-event']);
  });

  it('uses a module worker for big pastes and returns its findings', async () => {
    const created: { url: string; options: unknown }[] = [];
    const posted: unknown[] = [];
    class FakeWorker {
      onmessage: ((e: { data: AnyFinding[] }) => void) | null = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      onmessageerror: (() => void) | null = null;
      terminated = false;
      constructor(url: URL, options: unknown) {
        created.push({ url: String(url), options });
      }
      postMessage(message: { text: string; locale: string }) {
        posted.push(message);
        setTimeout(() => this.onmessage?.({ data: analyzeEvidence(message.text) }), 0);
      }
      terminate() {
        this.terminated = true;
      }
    }
    vi.stubGlobal('Worker', FakeWorker);
    const big = `${adfs1021}\n${'x'.repeat(WORKER_THRESHOLD)}`;
    const found = await analyzeEvidenceAsync(big);
    expect(found.map((f) => f.kind)).toEqual(['adfs-1021']);
    expect(created).toHaveLength(1);
    expect(created[0]!.url).toMatch(/worker\.ts/);
    expect(created[0]!.options).toEqual({ type: 'module' });
    // The worker is told the page's language (its own address carries no ?lang), so its words match the page's.
    expect(posted).toEqual([{ text: big, locale: 'en' }]);
  });

  it('falls back inline when the worker fails', async () => {
    class BrokenWorker {
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      onmessage = null;
      onmessageerror = null;
      postMessage() {
        setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', BrokenWorker);
    const big = `${signIn}\n${'y'.repeat(WORKER_THRESHOLD)}`;
    await expect(analyzeEvidenceAsync(big)).resolves.toHaveLength(1);
  });
});

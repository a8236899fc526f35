import { beforeAll, describe, expect, it } from 'vitest';
import { flows, loadFlow } from '../../src/flows/registry';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { createFlowSearch, loadFlowSearch, makeSnippet, type FlowSearch } from '../../src/triage/searchIndex';
import { fuzzyFor, processTerm, tokenizeForIndex, tokenizeQuery } from '../../src/triage/tokens';

let search: FlowSearch;
beforeAll(async () => {
  search = await loadFlowSearch();
});
const ids = (q: string) => search.search(q).map((h) => h.flowId);
const first = (q: string) => ids(q)[0];

describe('tokens', () => {
  it('keeps codes whole in queries and adds their parts in the index', () => {
    expect(tokenizeQuery('17763.16 KB45 0xC00000 KDC_ERR_CLIENT')).toEqual(['17763.16', 'KB45', '0xC00000', 'KDC_ERR_CLIENT']);
    expect(tokenizeForIndex('fixed in build 17763.1637 (KB4592440).')).toEqual(['fixed', 'in', 'build', '17763.1637', '17763', '1637', 'KB4592440']);
    expect(tokenizeForIndex('KDC_ERR_CLIENT_NAME_MISMATCH')).toEqual(['KDC_ERR_CLIENT_NAME_MISMATCH', 'KDC', 'ERR', 'CLIENT', 'NAME', 'MISMATCH']);
    expect(tokenizeQuery("We can't open that page")).toEqual(['We', 'cant', 'open', 'that', 'page']);
  });
  it('drops stop words, keeps numbers; only words tolerate typos', () => {
    expect(processTerm('That')).toBeNull();
    expect(processTerm('362')).toBe('362');
    expect(fuzzyFor('unavailible')).toBeGreaterThan(0);
    expect(fuzzyFor('362')).toBe(false);
    expect(fuzzyFor('0xc000006d')).toBe(false);
  });
});

describe('search over every flow', () => {
  it('finds flows by error text', () => {
    expect(first("We can't open that page right now")).toBe('pin-reset-allowed-urls');
    expect(ids('That option is temporarily unavailable').slice(0, 2).sort()).toEqual(['hybrid-key-deletion', 'ws2019-key-trust-name-mismatch']);
  });

  it('finds flows by event ID', () => {
    expect(first('362')).toBe('adfs2019-ugs-scope');
    expect(first('107')).toBe('non-microsoft-ca-kdc-cert');
    expect(first('1021')).toBe('adfs2019-ugs-scope');
    expect(first('event 107')).toBe('non-microsoft-ca-kdc-cert');
  });

  it('finds flows by KB number and error code', () => {
    expect(first('KB4487044')).toBe('ws2019-key-trust-name-mismatch');
    expect(first('KB4593226')).toBe('hybrid-key-deletion');
    expect(first('0xC000006D')).toBe('non-microsoft-ca-kdc-cert');
    expect(first('KDC_ERR_CLIENT_NAME_MISMATCH')).toBe('ws2019-key-trust-name-mismatch');
  });

  it('tolerates typos and partial text', () => {
    expect(ids('temporarly unavailible').slice(0, 2).sort()).toEqual(['hybrid-key-deletion', 'ws2019-key-trust-name-mismatch']);
    expect(first('cant opne that page')).toBe('pin-reset-allowed-urls');
    expect(first('0xC00000')).toBe('non-microsoft-ca-kdc-cert');
    expect(ids('KB45')).toContain('hybrid-key-deletion');
    expect(ids('17763.16')).toContain('hybrid-key-deletion');
    expect(first('KDC_ERR_CLIENT')).toBe('ws2019-key-trust-name-mismatch');
    expect(first('ugs scope')).toBe('adfs2019-ugs-scope');
  });

  it('explains each hit with the matching words in context', () => {
    const [hit] = search.search('KB4593226');
    expect(hit!.where).toBeTruthy();
    const { text, marks } = hit!.snippet;
    expect(marks.length).toBeGreaterThan(0);
    expect(text.slice(marks[0]![0], marks[0]![1]).toLowerCase()).toBe('kb4593226');
  });

  it('gives nothing for empty or meaningless queries, and never throws', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
    expect(() => search.search('(((**[[\\')).not.toThrow();
    expect(() => search.search('a'.repeat(100_000))).not.toThrow();
  });

  it('lists each flow once', () => {
    const hits = ids('key trust domain controller');
    expect(new Set(hits).size).toBe(hits.length);
  });
});

describe('the index is built from the flows themselves', () => {
  it('indexes every registered flow, including words only found in its steps', async () => {
    const descriptors = (await Promise.all(flows.map((f) => loadFlow(f.id)))) as FlowDescriptor[];
    const own = createFlowSearch(descriptors);
    expect(own.size).toBeGreaterThan(flows.length * 10);
    // "ConfigureWebSignInAllowedUrls" sits in the PIN reset flow's meta; an OMA-URI path only in an action step.
    expect(own.search('Policy/Config/Authentication')[0]?.flowId).toBe('pin-reset-allowed-urls');
  });

  it('survives a step whose words throw', () => {
    const broken = {
      id: 'pin-reset-allowed-urls',
      title: 'Broken',
      symptom: 'x',
      appliesTo: [],
      keywords: ['sentinelword'],
      machine: { root: { states: {} } },
      content: { steps: { a: { kind: 'question', title: () => { throw new Error('no'); }, answers: [] } }, references: [] },
      sampleEvents: [],
    } as unknown as FlowDescriptor;
    expect(createFlowSearch([broken]).search('sentinelword')[0]?.flowId).toBe('pin-reset-allowed-urls');
  });
});

describe('snippets', () => {
  it('cuts long passages around the match and marks it, apostrophes included', () => {
    const text = `${'lorem ipsum '.repeat(30)}the screen says We can't open that page right now and stops ${'dolor sit '.repeat(30)}`;
    const s = makeSnippet(text, ['cant', 'page']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    const marked = s.marks.map(([a, b]) => s.text.slice(a, b));
    expect(marked).toEqual(["can't", 'page']);
  });
});

describe('error codes in any shape', () => {
  it('reads each word of a query as a code when it is one', async () => {
    const { normaliseCodesInQuery } = await import('../../src/triage/tokens');
    expect(normaliseCodesInQuery('801c03ed')).toBe('0x801C03ED');
    expect(normaliseCodesInQuery('error (0X801C03ED), again')).toBe('error 0x801C03ED again');
    expect(normaliseCodesInQuery('-2145647635')).toBe('0x801C03ED');
    expect(normaliseCodesInQuery('2149319661')).toBe('0x801C03ED');
    expect(normaliseCodesInQuery('event 362 KB4593226 17763.1613')).toBe('event 362 KB4593226 17763.1613');
  });

  it('finds the Windows Hello error code flow for a code in every shape', () => {
    for (const q of ['0x801C03ED', '801c03ed', '0X801C03ED', '-2145647635', '2149319661', 'Something went wrong. Error code: 0x801c03f2', '0x80090016', '0x801C0002'])
      expect(first(q), q).toBe('hello-error-codes');
  });
});

/**
 * The proof that every word the app shows comes from a words file: in the pseudo-locale (every letter accented, each
 * text longer) every page is rendered and its visible text (and accessible names) must hold no plain English word.
 * The language is set before the app is imported; the app's modules load in beforeAll.
 *
 * Not checked, and why (each is stripped from the text before the check):
 * - `pre` and `code` blocks: commands and pasted output are typed as they are, in every language; so are the commands
 *   the paste hints name in their text (HINT_COMMANDS: dsregcmd /status…).
 * - Error codes written in hex (0xCAA90014): codes, not words.
 * - Dates and times: formatted by the browser for the language (Intl), not words.
 * - Search snippets: quotes of the flows' own words (step words are checked on the flow pages, catalog entries on the
 *   home page).
 * - "React Flow": the map library's attribution link, a product name; Windows product names (Windows Server 2019).
 * - The redaction examples (user1@domain1.example, host1.example, <guid-1>): values the redactor writes, not words.
 * - Values the case holds (the sample answers typed into forms, e.g. host names): what a person typed.
 * - What a paste holds, quoted back: the facts the analyzers read from it (host names, thumbprints, codes, the values
 *   as printed, such as NO or WillNotProvision; spacing aside) and fact-table cells that appear in the paste as they
 *   are (dsregcmd's field names: AzureAdJoined, NgcSet…). The paste box itself (a textarea) holds what was pasted.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { installReactFlowShims } from '../trainer/reactFlowShims';
import { loadRunnerParts } from '../components/parts';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/words/locale';
import { hasPlainWords, pseudo } from '../../src/words/pseudo';
import { HINT_COMMANDS } from '../../src/components/triage/pasteHints';

setLocale('pseudo');

/** Every flow folder (each has its words in a words.yaml). */
const converted = Object.keys(import.meta.glob('../../src/flows/*/words.yaml')).map((p) => p.split('/').at(-2)!);

type App = Awaited<ReturnType<typeof loadApp>>;
let app: App;

async function loadApp() {
  const [{ routes }, { theme }, { caseStore }, registry, explore, demo, files, graph, router, mui, dom, share] = await Promise.all([
    import('../../src/app/routes'),
    import('../../src/components/theme'),
    import('../../src/cases/store'),
    import('../../src/flows/registry'),
    import('../../src/flows/shared/explore'),
    import('../../src/trainer/demo'),
    import('../../src/components/cases/files'),
    import('../../src/trainer/graph'),
    import('react-router'),
    import('@mui/material/styles'),
    import('react-router/dom'),
    import('../../src/cases/share'),
  ]);
  return { routes, theme, caseStore, registry, explore, demo, files, graph, router, mui, dom, share };
}

beforeAll(async () => {
  app = await loadApp();
  await loadRunnerParts();
  installReactFlowShims();
}, 60_000);

beforeEach(() => app.caseStore.reset());

function renderAt(url: string) {
  const { createMemoryRouter } = app.router;
  const { ThemeProvider } = app.mui;
  const { RouterProvider } = app.dom;
  const router = createMemoryRouter(app.routes, { initialEntries: [url] });
  return render(
    <ThemeProvider theme={app.theme}>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
}

/** A case title a person typed: accented, so it is no English either. */
const TITLE = 'Ţíçķéţ 42';

/** Strings stripped before the check (see the list at the top). */
function exemptions(): string[] {
  const times = app.caseStore.list().flatMap((c) => [c.createdAt, c.updatedAt, ...c.notes.map((n) => n.at)].map(app.files.localTime));
  const ids = app.caseStore.list().map((c) => c.id);
  // Product names (Windows Server 2019…) are not translated.
  const products = ['Windows Server 2016', 'Windows Server 2019', 'Windows Server 2022', 'Windows Server 2025', 'Windows 10', 'Windows 11'];
  return [...times, ...ids, ...products, ...Object.values(HINT_COMMANDS), 'React Flow attribution', 'React Flow', 'user1@domain1.example', 'host1.example', '<guid-1>', ...extra].filter(Boolean).sort((a, b) => b.length - a.length);
}
/** Web addresses (references, share links) are addresses, not words; hex error codes are codes. */
const URL_PATTERN = /https?:\/\/\S+|\b0x[0-9A-Fa-f]+\b/g;
let extra: string[] = [];

const SKIP = 'script, style, pre, code, mark, textarea';

/** Every text node and accessible-name attribute under the element, outside skipped elements. */
function texts(el: Element, out: string[] = []): string[] {
  if (el.matches(SKIP)) return out;
  // A search snippet: the paragraph holding the matched words.
  if (el.querySelector(':scope > mark')) return out;
  for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'data-label']) {
    const v = el.getAttribute(attr);
    if (v?.trim()) out.push(v);
  }
  for (const n of el.childNodes) {
    if (n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) out.push(n.textContent);
    else if (n.nodeType === Node.ELEMENT_NODE) texts(n as Element, out);
  }
  return out;
}

/** The texts that still hold a plain English word, after the exemptions. */
function englishLeft(): string[] {
  const strip = exemptions();
  return [document.title, ...texts(document.body)]
    .map((s) => strip.reduce((acc, x) => acc.split(x).join(' '), s.replace(URL_PATTERN, ' ')))
    .filter(hasPlainWords);
}

function expectNoEnglish() {
  expect(englishLeft()).toEqual([]);
  // The pseudo-locale really ran: accented words are shown.
  expect(document.body.textContent).toMatch(/\p{L}\u0301/u);
}

const waitForSelector = (selector: string) => waitFor(() => expect(document.querySelector(selector)).not.toBeNull(), { timeout: 20_000 });
const loadFlow = (id: string) => app.registry.loadFlow(id as Parameters<App['registry']['loadFlow']>[0]);

describe('the pseudo-locale shows no English', () => {
  it('sets <html lang> and accents the catalog', async () => {
    const { langTag } = await import('../../src/words/locale');
    expect(langTag()).toBe('en-XA');
  });

  it('on the home page with the catalog', async () => {
    renderAt('/');
    await waitForSelector('[data-flow-id]');
    expectNoEnglish();
  });

  it('on the home page with search results', async () => {
    renderAt('/');
    const box = await screen.findByRole('searchbox');
    fireEvent.change(box, { target: { value: 'PIN' } });
    await waitForSelector('section[aria-label] li a');
    extra = ['PIN'];
    expectNoEnglish();
  });

  describe.each(converted)('on the flow pages of %s', (id) => {
    it('at its first step and one step of each kind (evidence, action, check, outcome with the hand-over box)', { timeout: 120_000 }, async () => {
      const d = await loadFlow(id);
      const shortest = app.explore.shortestPaths(d);
      const states = app.explore.stateIds(d);
      const wanted = new Set<string>([states[0]!]);
      for (const kind of ['question', 'evidence', 'action', 'check', 'outcome'] as const) {
        const ofKind = states.filter((s) => d.content.steps[s]?.kind === kind && shortest.has(s));
        const best = kind === 'outcome' ? (ofKind.find((s) => (d.content.steps[s] as { handOver?: unknown[] }).handOver?.length) ?? ofKind[0]) : ofKind[0];
        if (best) wanted.add(best);
      }
      extra = sampleValues(d);
      for (const stateId of wanted) {
        const c = app.demo.demoCaseFor(d, shortest, stateId);
        expect(c, stateId).toBeDefined();
        app.caseStore.save({ ...c!, title: TITLE });
        const view = renderAt(`/flows/${id}?case=${c!.id}&step=${c!.events.length}`);
        await waitForSelector(`[data-step-id="${stateId}"]`);
        if (d.content.steps[stateId]?.kind === 'outcome') expect(document.getElementById('hand-over-heading')).not.toBeNull();
        expect(englishLeft(), `${id} at ${stateId}`).toEqual([]);
        view.unmount();
      }
      expect(wanted.size).toBeGreaterThan(2);
    });
  });

  // The error codes' causes are words (src/flows/hello-error-codes/causes.yaml): a code's cause screen, its first fix step
  // (the cause above it) and the list of codes that go to support (each with its cause).
  it.each([
    ['generalCause', [{ type: 'CODE_ENTERED', values: { code: '0x801C044D' } }], 'Unable to obtain user token.'],
    ['signOutIn', [{ type: 'CODE_ENTERED', values: { code: '0x801C03ED' } }, { type: 'CONTINUE' }], 'Token was not found in the Authorization header.'],
    ['tryAgain', [{ type: 'NO_CODE' }, { type: 'CONTINUE' }], 'There is no UPN in the token.'],
  ] as const)('on the hello-error-codes step %s, with the causes', { timeout: 60_000 }, async (stateId, events, cause) => {
    const d = await loadFlow('hello-error-codes');
    const c = app.demo.caseFromEvents(d, [...events])!;
    app.caseStore.save({ ...c, title: TITLE });
    extra = sampleValues(d);
    renderAt(`/flows/hello-error-codes?case=${c.id}&step=${events.length}`);
    await waitForSelector(`[data-step-id="${stateId}"]`);
    // The technical detail (where the list of support codes is) opens on request.
    const more = document.querySelector<HTMLButtonElement>(`[data-step-id="${stateId}"] button[aria-expanded="false"]`);
    if (more) fireEvent.click(more);
    await waitFor(() => expect(document.querySelector(`[data-step-id="${stateId}"]`)!.textContent).toContain(pseudo(cause)));
    expectNoEnglish();
  });

  it('on the Cases page, empty', async () => {
    renderAt('/cases');
    await waitForSelector('h1');
    await act(async () => undefined);
    expectNoEnglish();
  });

  it('on the Cases page with a saved case, and on its report', { timeout: 60_000 }, async () => {
    const d = await loadFlow('pin-reset-allowed-urls');
    const c = app.demo.caseFromEvents(d, [{ type: 'YES' }])!;
    app.caseStore.save({ ...c, title: TITLE, notes: [{ id: 'n1', step: 1, stateId: 'whereError', text: 'Ñóţé', at: c.createdAt }] });
    const cases = renderAt('/cases');
    await waitFor(() => expect(screen.getByRole('table')).toHaveTextContent(/\d/), { timeout: 20_000 });
    await waitFor(() => expect(englishLeft()).toEqual([]), { timeout: 20_000 });
    expectNoEnglish();
    cases.unmount();
    renderAt(`/cases/${c.id}/report`);
    await waitForSelector('#report-title');
    expectNoEnglish();
  });

  it('on the share page with a tampered link', async () => {
    const d = await loadFlow('pin-reset-allowed-urls');
    const fragment = app.share.encodeShare(app.share.sharePayload({ ...app.demo.caseFromEvents(d, [{ type: 'YES' }])!, title: TITLE }, { notes: false }));
    renderAt(`/share#${fragment.slice(0, -6)}x$x$x$`);
    await waitForSelector('[role="alert"]');
    expectNoEnglish();
  });

  it('on the share page with a link that opens', async () => {
    const d = await loadFlow('pin-reset-allowed-urls');
    const fragment = app.share.encodeShare(app.share.sharePayload({ ...app.demo.caseFromEvents(d, [{ type: 'YES' }])!, title: TITLE }, { notes: false }));
    renderAt(`/share#${fragment}`);
    await waitForSelector('dl');
    expectNoEnglish();
  });

  // The guards' words (words.yaml `guards`): plain, in and/or (adfs2019-ugs-scope), with a parameter (guided-triage).
  it.each(['pin-reset-allowed-urls', 'adfs2019-ugs-scope', 'guided-triage'])('on the trainer map page of %s, guards included', { timeout: 60_000 }, async (id) => {
    const d = await loadFlow(id);
    extra = sampleValues(d);
    const map = renderAt(`/flows/${id}/map`);
    await waitForSelector('[data-node-id]');
    expectNoEnglish();
    map.unmount();
    // The outline writes every answer's guard out ("if …"): jsdom draws no map edges, so the guards are checked here.
    expect(app.graph.flowGraph(d).edges.some((e) => e.guard)).toBe(true);
    renderAt(`/flows/${id}/map?view=outline`);
    await waitForSelector('[data-outline-id]');
    expectNoEnglish();
  });

  it('on the trainer paths and outline views', { timeout: 60_000 }, async () => {
    const d = await loadFlow('pin-reset-allowed-urls');
    extra = sampleValues(d);
    const paths = renderAt('/flows/pin-reset-allowed-urls/map?view=paths&path=1');
    await waitForSelector('[data-step-id]');
    expectNoEnglish();
    paths.unmount();
    renderAt('/flows/pin-reset-allowed-urls/map?view=outline');
    await waitForSelector('[data-outline-id]');
    expectNoEnglish();
  });

  it('at the start of the guided triage', async () => {
    renderAt('/triage');
    await waitForSelector('[data-step-id]');
    expectNoEnglish();
  });

  describe('after a paste', () => {
    const pastes = Object.entries(import.meta.glob<string>('../../src/evidence/fixtures/*.txt', { query: '?raw', import: 'default', eager: true })).map(
      ([path, text]) => [path.split('/').at(-1)!, text] as const,
    );

    it.each(pastes)('into the home paste box: the Suggestions and what was recognised (%s)', { timeout: 60_000 }, async (_name, text) => {
      const view = renderAt('/');
      const box = await waitFor(
        () => {
          const el = document.querySelector<HTMLTextAreaElement>('textarea#home-evidence');
          expect(el).not.toBeNull();
          return el!;
        },
        { timeout: 20_000 },
      );
      fireEvent.change(box, { target: { value: text } });
      await waitForSelector('main section[aria-label] h3');
      await waitFor(() => expect(document.querySelector('main section[aria-label] li')).not.toBeNull(), { timeout: 20_000 });
      extra = await pasteQuotes(text);
      expectNoEnglish();
      view.unmount();
    });

    it.each([
      ['adfs2019-ugs-scope', 'event362', 'udr-362-copy-details.txt'],
      ['hybrid-key-deletion', 'dcBuilds', 'builds-dcs-format-table.txt'],
      ['provisioning-not-starting', 'status', 'dsregcmd-entra-policy-off.txt'],
      ['ntauth-ca-missing', 'ntauthStore', 'ntauth-certutil-store.txt'],
    ])('into the evidence step of %s (%s): the findings and the reading', { timeout: 60_000 }, async (id, stateId, fixture) => {
      const d = await loadFlow(id);
      const text = pastes.find(([name]) => name === fixture)![1];
      const c = app.demo.demoCaseFor(d, app.explore.shortestPaths(d), stateId);
      expect(c, stateId).toBeDefined();
      app.caseStore.save({ ...c!, title: TITLE });
      const view = renderAt(`/flows/${id}?case=${c!.id}&step=${c!.events.length}`);
      await waitForSelector(`[data-step-id="${stateId}"]`);
      fireEvent.change(document.querySelector(`[data-step-id="${stateId}"] textarea`)!, { target: { value: text } });
      await waitForSelector(`[data-step-id="${stateId}"] table`);
      extra = [...(await pasteQuotes(text)), ...sampleValues(d)];
      expect(englishLeft(), `${id} at ${stateId}`).toEqual([]);
      view.unmount();
    });
  });

  it('finds English when there is some (the check itself works)', async () => {
    renderAt('/no/such/page');
    await waitForSelector('[data-page="not-found"]');
    const left = document.createElement('p');
    left.setAttribute('aria-label', 'Close');
    left.textContent = 'Ţéšţ: not translated';
    document.body.append(left);
    expect(englishLeft()).toEqual(['Close', 'Ţéšţ: not translated']);
    left.remove();
  });

  it('on the not-found page', async () => {
    renderAt('/no/such/page');
    await waitForSelector('[data-page="not-found"]');
    expectNoEnglish();
  });

  it('on a flow id that does not exist', async () => {
    renderAt('/flows/no-such-flow');
    await waitForSelector('[data-page="not-found"]');
    expectNoEnglish();
  });
});

/** What a flow's sample answers carry (host names, users…): values a person typed. */
function sampleValues(d: Awaited<ReturnType<typeof loadFlow>>): string[] {
  return d.sampleEvents.flatMap((e) => Object.values((e as { values?: Record<string, unknown> }).values ?? {}).flat().map(String));
}

/**
 * What a paste holds, quoted back on the screen: the facts the analyzers read from it (string values found in the
 * paste as they are; not the words an analyzer adds) and fact-table cells shown exactly as the paste has them.
 */
async function pasteQuotes(text: string): Promise<string[]> {
  const { analyzeEvidence } = await import('../../src/evidence');
  const leaves: string[] = [];
  const walk = (v: unknown, key = ''): void => {
    if (typeof v === 'string') leaves.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (k !== 'meaning' && k !== 'howToReadRevision') walk(x, k);
  };
  for (const f of analyzeEvidence(text)) walk(f.facts);
  const cells = [...document.querySelectorAll('td, th')].map((c) => c.textContent?.trim() ?? '');
  // Compared without spaces: an analyzer may tidy a value's spacing (a DN's "CN=Root CA, DC=contoso" → "…CA,DC=…").
  const squeeze = (s: string) => s.replace(/\s+/g, '');
  const pasted = squeeze(text);
  return [...leaves, ...cells].filter((s) => s.length > 1 && pasted.includes(squeeze(s)));
}

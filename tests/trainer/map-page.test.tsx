import { beforeAll, describe, expect, it } from 'vitest';
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseStore } from '../../src/cases/store';
import { flows, loadFlow } from '../../src/flows/registry';
import { outcomePaths, stateIds } from '../../src/flows/shared/explore';
import type { FlowDescriptor } from '../../src/flows/shared/types';
import { caseFromEvents } from '../../src/trainer/demo';
import { flowGraph } from '../../src/trainer/graph';
import { pathList } from '../../src/trainer/pathList';
import { NORMAL } from '../../src/trainer/layout';
import { splitMap } from '../../src/trainer/parts';
import { render } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter, Outlet } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { FlowPage } from '../../src/app/FlowPage';
import { theme } from '../../src/components/theme';
import { MapPage } from '../../src/trainer/MapPage';
import { installReactFlowShims } from './reactFlowShims';
import { loadRunnerParts } from '../components/parts';

/** The map route and the runner it opens demos in (the app's route table is checked end to end). */
function renderApp(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: <Outlet />,
        children: [
          { path: 'flows/:flowId/map', lazy: async () => ({ Component: MapPage }) },
          { path: 'flows/:flowId', lazy: async () => ({ Component: FlowPage }) },
        ],
      },
    ],
    { initialEntries: [url] },
  );
  const utils = render(
    <ThemeProvider theme={theme}>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
  return { ...utils, router };
}

// Loading a flow and working out its paths takes a moment in jsdom.
configure({ asyncUtilTimeout: 10000 });

beforeAll(installReactFlowShims);

const registered = flows.map((f) => f.id);
/** The paths in the order the Paths tab numbers them. */
const ordered = (d: FlowDescriptor) => pathList(d, flowGraph(d), outcomePaths(d));
const load = (id: string) => loadFlow(id as FlowDescriptor['id']) as Promise<FlowDescriptor>;

async function mapNodes(container: HTMLElement) {
  await waitFor(() => expect(container.querySelector('[data-node-id]')).not.toBeNull());
  return [...container.querySelectorAll<HTMLElement>('[data-node-id]')];
}

/** The map's link to the part that draws the step (jsdom's canvas is 1000×600, less the map's margins). */
function partLink(d: FlowDescriptor, stateId: string): string {
  const parts = splitMap(flowGraph(d), NORMAL, { width: 960, height: 560 });
  return `/flows/${d.id}/map?part=${parts.findIndex((p) => p.steps.includes(stateId)) + 1}`;
}

describe.each(registered)('map page of %s', (id) => {
  it("draws the first part of the map: one focusable button per step in it, carrying the state's id", async () => {
    const d = await load(id);
    const { container } = renderApp(`/flows/${id}/map`);
    const nodes = await mapNodes(container);
    const first = splitMap(flowGraph(d), NORMAL, { width: 960, height: 560 })[0];
    expect(nodes.map((n) => n.dataset.nodeId)).toEqual(first.steps);
    expect(nodes[0].dataset.nodeId).toBe(d.machine.config.initial);
    for (const n of nodes) {
      expect(n.tagName).toBe('BUTTON');
      expect(n).toHaveAccessibleName(expect.stringContaining(':'));
    }
  });

  it('lands the demo on an outcome when its node is pressed', async () => {
    const d = await load(id);
    const outcome = stateIds(d).find((s) => d.content.steps[s].kind === 'outcome')!;
    const { container, router } = renderApp(partLink(d, outcome));
    await waitFor(() => expect(container.querySelector(`[data-node-id="${outcome}"]`)).not.toBeNull());
    fireEvent.click(container.querySelector(`[data-node-id="${outcome}"]`)!);
    await waitFor(() => expect(container.querySelector(`[data-step-id="${outcome}"]`)).not.toBeNull());
    expect(router.state.location.pathname).toBe(`/flows/${id}`);
    const caseId = new URLSearchParams(router.state.location.search).get('case')!;
    expect(caseStore.get(caseId)?.title).toBe(`Demo: ${d.title}`);
  });

  it("counts the same paths as xstate/graph's simple paths", async () => {
    const d = await load(id);
    const count = outcomePaths(d).length;
    renderApp(`/flows/${id}/map?view=paths`);
    expect(await screen.findByRole('tab', { name: 'Paths' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByTestId('path-count', {})).toHaveTextContent(`${count} path`);
    const groups = [...document.querySelectorAll('[data-group-count]')].map((g) => Number(g.getAttribute('data-group-count')));
    expect(groups.reduce((a, b) => a + b, 0)).toBe(count);
  });
});


beforeAll(loadRunnerParts);
describe('PIN reset map', () => {
  const id = 'pin-reset-allowed-urls';

  it('every outcome node lands the demo on that outcome (Enter on a node is checked in Chromium)', async () => {
    const d = await load(id);
    const outcomes = stateIds(d).filter((s) => d.content.steps[s].kind === 'outcome');
    for (const outcome of outcomes) {
      const { container, unmount } = renderApp(partLink(d, outcome));
      await waitFor(() => expect(container.querySelector(`[data-node-id="${outcome}"]`)).not.toBeNull());
      fireEvent.click(container.querySelector<HTMLElement>(`[data-node-id="${outcome}"]`)!);
      await waitFor(() => expect(container.querySelector(`[data-step-id="${outcome}"]`)).not.toBeNull());
      unmount();
    }
  }, 120_000);

  it('opened from a case, marks the steps visited and the current one', async () => {
    const d = await load(id);
    const c = caseFromEvents(d, [{ type: 'YES' }, { type: 'NOT_SURE' }])!;
    caseStore.save(c);
    const { container } = renderApp(`/flows/${id}/map?case=${c.id}`);
    // The part with the case's current step is shown first.
    await mapNodes(container);
    await waitFor(() => expect(container.querySelector('[data-node-id="reproduce"]')).not.toBeNull());
    expect(container.querySelector('[data-node-id="reproduce"]')).toHaveAttribute('aria-current', 'step');
    expect(container.querySelector('[data-node-id="reproduce"]')).toHaveAccessibleName(expect.stringContaining('current step'));
    const visited = d.content.steps.joined && container.querySelector('[data-node-id="joined"]');
    if (visited) expect(visited).toHaveAccessibleName(expect.stringContaining('visited'));
    const other = container.querySelector('[data-node-id="signInKind"]');
    if (other) expect(other).not.toHaveAccessibleName(expect.stringContaining('visited'));
    expect(screen.getByRole('link', { name: 'Back to the case' })).toHaveAttribute('href', `/flows/${id}?case=${c.id}&step=2`);
  });

  it('says so when the linked case is not in this browser, or the linked path does not exist', async () => {
    renderApp(`/flows/${id}/map?case=nosuchcase`);
    expect(await screen.findByText(/not in this browser/)).toBeInTheDocument();
  });

  it('shows the path list with a message for a path number the flow does not have', async () => {
    renderApp(`/flows/${id}/map?view=paths&path=99999`);
    expect(await screen.findByText(/asks for a path this flow does not have/)).toBeInTheDocument();
    expect(screen.getByText('Choose a path to play it step by step.')).toBeInTheDocument();
  });

  it('has the same tree as a nested list whose steps open demo cases', async () => {
    const d = await load(id);
    const user = userEvent.setup();
    const { container } = renderApp(`/flows/${id}/map?view=outline`);
    const list = await screen.findByRole('list', { name: /nested list/ });
    const ids = [...list.querySelectorAll<HTMLElement>('[data-outline-id]')].map((li) => li.dataset.outlineId);
    expect([...ids].sort()).toEqual(stateIds(d).sort());
    await user.click(within(list).getByRole('button', { name: 'Result: Fixed: PIN reset works again' }));
    await waitFor(() => expect(container.querySelector('[data-step-id="outResolved"]')).not.toBeNull());
  });

  it('shows one typical path per outcome, numbered from 1, and every path once the other ways are unfolded', async () => {
    const d = await load(id);
    const { groups } = ordered(d);
    const user = userEvent.setup();
    renderApp(`/flows/${id}/map?view=paths`);
    const list = await screen.findByRole('list', { name: 'Paths' });
    const folded = [...list.querySelectorAll('[data-path-index]')].map((el) => Number(el.getAttribute('data-path-index')));
    expect(folded).toEqual(groups.map((_, i) => i));
    expect(within(list).getAllByRole('button', { name: /^Path 1:/ })).toHaveLength(1);
    for (const more of within(list).queryAllByRole('button', { name: /other ways? here/ })) {
      expect(more).toHaveAttribute('aria-expanded', 'false');
      await user.click(more);
    }
    const shown = [...list.querySelectorAll('[data-path-index]')].map((el) => Number(el.getAttribute('data-path-index')));
    expect(shown.sort((a, b) => a - b)).toEqual(outcomePaths(d).map((_, i) => i));
  });

  it('plays a path with Next, Previous and the arrow keys, showing the sample evidence read by the analyzers', async () => {
    const d = await load(id);
    const all = ordered(d).paths;
    const index = all.findIndex((p) => p.states.includes('checkJoin'));
    const p = all[index];
    const user = userEvent.setup();
    const { container } = renderApp(`/flows/${id}/map?view=paths&path=${index + 1}`);
    const stepNow = () => container.querySelector('[data-step-id]')?.getAttribute('data-step-id');
    await waitFor(() => expect(stepNow()).toBe(p.states[0]));
    expect(screen.getByRole('heading', { name: new RegExp(`step 1 of ${p.events.length + 1}`) })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(stepNow()).toBe(p.states[1]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(stepNow()).toBe(p.states[0]);
    const at = p.states.indexOf('checkJoin');
    for (let i = 0; i < at; i++) await user.keyboard('{ArrowRight}');
    expect(stepNow()).toBe('checkJoin');
    // The flow's sample is in the step's own paste box, read by the real analyzers.
    expect((screen.getByRole('textbox', { name: /evidence/i }) as HTMLTextAreaElement).value).toMatch(/AzureAdJoined : YES/);
    expect(await screen.findByText(/From your evidence: Entra joined/)).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}');
    expect(stepNow()).toBe(p.states[at - 1]);
  }, 90_000);

  it('opens a played path as a case at the step shown', async () => {
    const d = await load(id);
    const all = ordered(d).paths;
    const index = all.findIndex((x) => x.events.length >= 3);
    const p = all[index];
    const user = userEvent.setup();
    const { container, router } = renderApp(`/flows/${id}/map?view=paths&path=${index + 1}`);
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Open this path as a case' }));
    await waitFor(() => expect(container.querySelector(`[data-step-id="${p.states[1]}"]`)).not.toBeNull());
    const caseId = new URLSearchParams(router.state.location.search).get('case')!;
    expect(caseStore.get(caseId)?.events.map((e) => e.type)).toEqual(p.events.map((e) => e.type));
  });
});

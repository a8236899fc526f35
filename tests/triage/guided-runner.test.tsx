/** Guided triage runs as an ordinary flow in the runner and hands over to the flow that fits. */
import { beforeEach, describe, expect, it, beforeAll } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseStore } from '../../src/cases/store';
import { render } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from '../../src/app/routes';
import { theme } from '../../src/components/theme';
import { loadRunnerParts } from '../components/parts';

/** The whole app at a URL, with the router set up as src/app/start.tsx does (no transitions). */
function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  render(
    <ThemeProvider theme={theme}>
      <RouterProvider router={router} useTransitions={false} />
    </ThemeProvider>,
  );
  return { router };
}

const step = () => document.querySelector('[data-step-id]') as HTMLElement;
const findStep = async (id: string, timeout = 5000) => {
  await waitFor(() => expect(step()?.getAttribute('data-step-id')).toBe(id), { timeout });
  return step();
};

beforeEach(() => caseStore.reset());


beforeAll(loadRunnerParts);
describe('guided triage in the runner', () => {
  it('/triage opens it; Back works like in any flow; the result opens the flow with the known answers given', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/triage');
    // The first step waits for the route, the flow's machine and its words to load cold: slow on a busy machine.
    const first = await findStep('doing', 20_000);
    expect(first).toHaveAttribute('data-step-kind', 'question');
    expect(router.state.location.pathname).toBe('/flows/guided-triage');
    await user.click(within(first).getByRole('button', { name: /Resetting a forgotten PIN/ }));
    await findStep('join');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findStep('doing');
    await user.click(screen.getByRole('button', { name: /Resetting a forgotten PIN/ }));
    await user.click(within(await findStep('join')).getByRole('button', { name: /Microsoft Entra joined/ }));
    await user.click(within(await findStep('pinMessage')).getByRole('button', { name: /We can't open that page/ }));
    const result = await findStep('toPinReset');
    expect(result).toHaveAttribute('data-step-kind', 'outcome');
    expect(within(result).getByText(/A documented issue fits/)).toBeInTheDocument();
    // The case machinery comes for free: notes and report are offered like in every flow.
    expect(screen.getByRole('button', { name: /Write a note/ })).toBeInTheDocument();
    const open = within(result).getByRole('link', { name: /Open “PIN reset fails/ });
    await act(async () => open.click());
    await waitFor(() => expect(router.state.location.pathname).toBe('/flows/pin-reset-allowed-urls'));
    await findStep('signInKind', 15000);
    expect(screen.getByText(/answered from what you told the guided triage/)).toBeInTheDocument();
  });

  it('a DC build in the undocumented gap is not called a build that deletes keys', async () => {
    const user = userEvent.setup();
    renderApp('/flows/guided-triage');
    await user.click(within(await findStep('doing')).getByRole('button', { name: /Signing in or unlocking/ }));
    await user.click(within(await findStep('join')).getByRole('button', { name: /Hybrid joined/ }));
    await user.click(within(await findStep('trust')).getByRole('button', { name: /Key trust/ }));
    await user.click(within(await findStep('message')).getByRole('button', { name: /temporarily unavailable/ }));
    const builds = await findStep('dcBuilds');
    await user.type(within(builds).getByRole('textbox', { name: /Domain controller builds/ }), 'DC1 14393.4050');
    await user.click(within(builds).getByRole('button', { name: 'Check the builds' }));
    const result = await findStep('toKeyDeletion');
    expect(within(result).getByText(/does not cover either way/)).toBeInTheDocument();
  });
});

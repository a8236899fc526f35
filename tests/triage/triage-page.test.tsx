import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from '../../src/app/routes';
import { theme } from '../../src/app/theme';

function renderTriage(state?: unknown) {
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname: '/triage', state }] });
  render(
    <ThemeProvider theme={theme}>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
  return router;
}

const heading = (name: string | RegExp) => screen.findByRole('heading', { name }, { timeout: 5000 });

describe('guided triage page', () => {
  it('asks one question at a time; "not sure" explains how to tell; Back undoes', async () => {
    const user = userEvent.setup();
    renderTriage();
    await heading('What were you doing when it went wrong?');
    await user.click(screen.getByRole('button', { name: /Resetting a forgotten PIN/ }));
    await heading('How is the device joined?');
    await user.click(screen.getByRole('button', { name: /I'm not sure/ }));
    await heading('Find out how the device is joined');
    expect(screen.getByText('dsregcmd /status')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /^Microsoft Entra joined/ }));
    await heading('What does the PIN reset screen say?');
    const answers = screen.getByRole('navigation', { name: 'Your answers so far' });
    expect(within(answers).getByText('Resetting a forgotten PIN')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await heading('Find out how the device is joined');
  });

  it('ends by opening the flow that fits', async () => {
    const user = userEvent.setup();
    const router = renderTriage();
    await heading('What were you doing when it went wrong?');
    await user.click(screen.getByRole('button', { name: /Resetting a forgotten PIN/ }));
    await user.click(await screen.findByRole('button', { name: /^Microsoft Entra joined/ }));
    await user.click(await screen.findByRole('button', { name: /We can't open that page right now/ }));
    await heading('This is the PIN reset allowed-pages issue');
    const open = screen.getByRole('link', { name: /^Open “PIN reset fails/ });
    expect(open).toHaveAttribute('href', '/flows/pin-reset-allowed-urls');
    await user.click(open);
    await expect.poll(() => router.state.location.pathname).toBe('/flows/pin-reset-allowed-urls');
  });

  it('says when no flow fits, and why', async () => {
    renderTriage({ triage: [{ type: 'OTHER' }] });
    await heading('None of the documented issues fits');
    expect(screen.getByText(/No flow fits this yet/)).toBeInTheDocument();
    expect(screen.getByText(/search for it or paste it/)).toBeInTheDocument();
  });

  it('the builds step explains what is wrong with a line and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderTriage({ triage: [{ type: 'SIGN_IN' }, { type: 'HYBRID' }, { type: 'KEY' }, { type: 'TEMP_UNAVAILABLE' }] });
    await heading('Which builds do your domain controllers run?');
    const box = screen.getByRole('textbox', { name: /Domain controller builds/ });
    await user.type(box, 'DC1 17763');
    await user.click(screen.getByRole('button', { name: 'Check the builds' }));
    expect(await screen.findByText(/has no revision/)).toBeInTheDocument();
    expect(box).toHaveValue('DC1 17763');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    await user.type(box, '.200');
    await user.click(screen.getByRole('button', { name: 'Check the builds' }));
    await heading('Early Windows Server 2019 domain controllers break key trust');
    expect(screen.getByText(/DC1 \(17763\.200\)/)).toBeInTheDocument();
  });

  it('tampered or outdated saved answers: keeps what fits and says so; garbage starts over', async () => {
    renderTriage({ triage: [{ type: 'PIN_RESET' }, { type: 'KEY' }, { type: 'CANT_OPEN' }] });
    await heading('How is the device joined?');
    expect(screen.getByText(/did not fit the questions/)).toBeInTheDocument();
  });

  it('garbage in history state shows the first question', async () => {
    renderTriage({ triage: '<script>alert(1)</script>' });
    await heading('What were you doing when it went wrong?');
  });
});

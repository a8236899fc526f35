import { describe, expect, it, beforeAll } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from '../../src/app/routes';
import { theme } from '../../src/components/theme';
import { caseStore } from '../../src/cases/store';
import { loadRunnerParts } from './parts';

const stepId = () => document.querySelector('[data-step-id]')?.getAttribute('data-step-id');

function openWithEvidence(path: string, evidence: string) {
  const router = createMemoryRouter(routes, { initialEntries: [{ pathname: path, state: { evidence } }] });
  render(
    <ThemeProvider theme={theme}>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
}


beforeAll(loadRunnerParts);
describe('evidence carried in from the home page', () => {
  it('pre-answers the steps it decides and waits in the paste box of later steps it answers', async () => {
    const user = userEvent.setup();
    const paste = "We can't open that page right now.\nhttps://fs.contoso.com/adfs/ls/?client-request-id=1";
    openWithEvidence('/flows/pin-reset-allowed-urls', paste);
    // The error screen text can't say how the device is joined: the flow starts there.
    await waitFor(() => expect(stepId()).toBe('joined'));
    await user.click(screen.getByRole('button', { name: /Yes, Entra joined/ }));
    await user.click(await screen.findByRole('button', { name: /Yes, during PIN reset/ }));
    await user.click(await screen.findByRole('button', { name: /^Federated/ }));
    await waitFor(() => expect(stepId()).toBe('blockedHost'));
    expect(screen.getByRole('textbox', { name: /evidence/i })).toHaveValue(paste);
    expect(await screen.findByText(/From your evidence/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText(/Blocked host names/)).toHaveValue('fs.contoso.com'));
  });

  it('lands on the first step the evidence cannot decide, with the answered ones marked', async () => {
    const dsreg = '             AzureAdJoined : YES\n          EnterpriseJoined : NO\n              DomainJoined : NO\n';
    openWithEvidence('/flows/pin-reset-allowed-urls', `${dsreg}\nWe can't open that page right now.\nhttps://fs.contoso.com/adfs/ls/`);
    await waitFor(() => expect(stepId()).toBe('configurePolicy'));
    expect(screen.getByText(/steps were answered from the evidence you pasted/)).toBeInTheDocument();
    expect(screen.getAllByText(/\(from evidence\)/).length).toBe(4);
    expect(screen.getByText('fs.contoso.com')).toBeInTheDocument();
    // The paste that opened the case is kept with it, for the report.
    expect(caseStore.list()[0].startedFrom?.text).toContain('AzureAdJoined : YES');
  });
});

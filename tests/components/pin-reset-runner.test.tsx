import { describe, expect, it, beforeEach, beforeAll } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseStore } from '../../src/cases/store';
import { renderApp } from './render';
import { loadRunnerParts } from './parts';

const step = () => document.querySelector('[data-step-id]') as HTMLElement;
const stepId = () => step()?.getAttribute('data-step-id');
const findStep = async (id: string) => {
  await waitFor(() => expect(stepId()).toBe(id), { timeout: 20000 });
  return step();
};

beforeEach(() => caseStore.reset());

async function toHostStep(user: ReturnType<typeof userEvent.setup>) {
  await findStep('joined');
  await user.click(screen.getByRole('button', { name: /Yes, Entra joined/ }));
  await findStep('whereError');
  await user.click(screen.getByRole('button', { name: /Yes, during PIN reset/ }));
  await findStep('signInKind');
}


beforeAll(loadRunnerParts);
describe('running the PIN reset flow', () => {
  it('shows the step title as a focused heading with its answers as buttons', async () => {
    renderApp('/flows/pin-reset-allowed-urls');
    const s = await findStep('joined');
    const heading = within(s).getByRole('heading', { level: 2, name: 'Is the device Microsoft Entra joined?' });
    await expect.poll(() => document.activeElement).toBe(heading);
    expect(s).toHaveAttribute('data-step-kind', 'question');
    expect(within(s).getByRole('button', { name: /I'm not sure/ })).toBeInTheDocument();
  });

  it('answers move forward, the path lists them, and Back undoes the last answer', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    const path = screen.getByRole('navigation', { name: 'Steps so far' });
    expect(within(path).getByText('Yes, Entra joined')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findStep('whereError');
    await user.click(screen.getByRole('button', { name: /Change your answer to step 1/ }));
    await findStep('joined');
  });

  it('Change on an earlier answer keeps the later answers that still fit, says what was dropped, and Undo restores them', { timeout: 90000 }, async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    await user.click(screen.getByRole('button', { name: /^Both/ }));
    await findStep('blockedHost');
    await user.type(screen.getByLabelText(/Blocked host names/), 'fs.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    await findStep('configurePolicy');
    const path = screen.getByRole('navigation', { name: 'Steps so far' });
    // Change the sign-in kind: the host answer still fits and is kept; the policy value follows the new answer.
    await user.click(within(path).getByRole('button', { name: /Change your answer to step 3/ }));
    await findStep('signInKind');
    await user.click(screen.getByRole('button', { name: /^Federated/ }));
    await findStep('configurePolicy');
    expect(screen.getByText(/One later answer still fits and was kept/)).toBeInTheDocument();
    expect(screen.getByText('fs.contoso.com')).toBeInTheDocument();
    // Change where the error appears: the later answers no longer fit, are named, and Undo brings them back.
    await user.click(within(path).getByRole('button', { name: /Change your answer to step 2/ }));
    await findStep('whereError');
    await user.click(screen.getByRole('button', { name: /No, somewhere else/ }));
    await findStep('outNotPinReset');
    const alert = screen.getByText(/These later answers no longer fit and were removed/).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText(/Blocked host/i)).toBeInTheDocument();
    expect(within(path).queryByText('fs.contoso.com')).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Undo' }));
    await findStep('whereError');
    expect(within(path).getByText(/Yes, during PIN reset/)).toBeInTheDocument();
    expect(within(path).getAllByRole('listitem')).toHaveLength(5);
  });

  it('after Back, a form step shows the answer given before, ready to submit again', { timeout: 90000 }, async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    await user.click(screen.getByRole('button', { name: /^Federated/ }));
    await findStep('blockedHost');
    await user.type(screen.getByLabelText(/Blocked host names/), 'fs.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    await findStep('configurePolicy');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findStep('blockedHost');
    expect(screen.getByLabelText(/Blocked host names/)).toHaveValue('fs.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    await findStep('configurePolicy');
  });

  it('every outcome hands over: copy, download and print the report, and the share link', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await findStep('joined');
    await user.click(screen.getByRole('button', { name: /^No/ }));
    const s = await findStep('outNotEntraJoined');
    expect(screen.getByText(/^Case: PIN reset fails on Entra joined devices · started /)).toBeInTheDocument();
    const box = within(s).getByRole('region', { name: 'Hand this case over' });
    expect(within(box).getByRole('button', { name: 'Copy report for the ticket' })).toBeInTheDocument();
    expect(within(box).getByRole('button', { name: 'Download report' })).toBeInTheDocument();
    expect(within(box).getByRole('link', { name: 'Print report' }).getAttribute('href')).toMatch(/^\/cases\/[^/]+\/report\?print=1$/);
    await user.click(within(box).getByRole('button', { name: 'Share link' }));
    expect(await screen.findByRole('dialog', { name: 'Share this case as a link' })).toBeInTheDocument();
  });

  it("the hand-over box's copy puts the report on the clipboard and says so in the runner's message bar", async () => {
    const user = userEvent.setup();
    const written: string[] = [];
    const writeText = async (text: string) => void written.push(text);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/flows/pin-reset-allowed-urls');
    await findStep('joined');
    await user.click(screen.getByRole('button', { name: /^No/ }));
    const s = await findStep('outNotEntraJoined');
    await user.click(within(s).getByRole('button', { name: 'Copy report for the ticket' }));
    expect(await screen.findByText('Report copied as Markdown: paste it into the ticket.')).toBeInTheDocument();
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('# PIN reset fails on Entra joined devices');
    // A browser that refuses: the message says what to do instead.
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await user.click(within(s).getByRole('button', { name: 'Copy report for the ticket' }));
    expect(await screen.findByText('The browser did not allow copying. Download the report instead.')).toBeInTheDocument();
  });

  it('builds the policy value for one host and for two hosts', { timeout: 90000 }, async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    await user.click(screen.getByRole('button', { name: /^Federated/ }));
    await findStep('blockedHost');
    await user.type(screen.getByLabelText(/Blocked host names/), 'fs.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    await findStep('configurePolicy');
    expect(screen.getAllByText('fs.contoso.com')[0].tagName).toBe('CODE');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await findStep('blockedHost');
    // The host given before is still in the box; replace it.
    await user.clear(screen.getByLabelText(/Blocked host names/));
    await user.type(screen.getByLabelText(/Blocked host names/), 'https://FS.contoso.com/adfs/ls; mfa.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    await findStep('configurePolicy');
    expect(screen.getByText('fs.contoso.com;mfa.contoso.com')).toBeInTheDocument();
  });

  it('adds the US Government host for US Gov tenants', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    await user.click(screen.getByRole('button', { name: /Both/ }));
    await findStep('blockedHost');
    await user.type(screen.getByLabelText(/Blocked host names/), 'fs.contoso.com');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    expect(await screen.findByText('fs.contoso.com;login.microsoftonline.us')).toBeInTheDocument();
  });

  it('rejects an invalid host with a clear message and keeps what was typed', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    await user.click(screen.getByRole('button', { name: /^Federated/ }));
    await findStep('blockedHost');
    const box = screen.getByLabelText(/Blocked host names/);
    await user.type(box, 'fs.contoso.com\nnot a host!');
    await user.click(screen.getByRole('button', { name: 'Build the policy value' }));
    expect(await screen.findByText(/Not a valid host name: .*host!/)).toBeInTheDocument();
    expect(stepId()).toBe('blockedHost');
    expect(box).toHaveValue('fs.contoso.com\nnot a host!');
    // The field says it is refused, and why, to a screen reader too; a required field says so.
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/Not a valid host name: .*host!/);
    expect(box).toBeRequired();
  });

  it('resumes where it was after a reload (a fresh render of the same URL)', async () => {
    const user = userEvent.setup();
    const first = renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    const url = first.router.state.location.pathname + first.router.state.location.search;
    first.unmount();
    renderApp(url);
    await findStep('signInKind');
    // Opening the flow without a case continues the unfinished one.
    renderApp('/flows/pin-reset-allowed-urls').unmount();
  });

  it('starts over after confirmation only', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await toHostStep(user);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start this case over?' }, { timeout: 5000 });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(stepId()).toBe('signInKind');
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(within(await screen.findByRole('dialog', {}, { timeout: 5000 })).getByRole('button', { name: 'Start over' }));
    await findStep('joined');
  });

  it('reads pasted dsregcmd output and proposes the answer, which the person can accept', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await findStep('joined');
    await user.click(screen.getByRole('button', { name: /I'm not sure/ }));
    await findStep('checkJoin');
    const paste = screen.getByRole('textbox', { name: /evidence/i });
    await act(async () => {
      await user.click(paste);
      await user.paste('             AzureAdJoined : YES\n          EnterpriseJoined : NO\n              DomainJoined : YES\n');
    });
    expect(await screen.findByText(/From your evidence: Not Entra joined/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Use this answer' }));
    await findStep('outNotEntraJoined');
    expect(screen.getByText('(from evidence)', { exact: false })).toBeInTheDocument();
  });

  it('shows a not-found page for an unknown flow id', async () => {
    renderApp('/flows/nope');
    expect(await screen.findByRole('heading', { name: 'No such troubleshooting flow' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the list of issues' })).toBeInTheDocument();
  });
});

describe('reloading a case before its first answer', () => {
  it('starts the same empty case again instead of calling it missing', async () => {
    const first = renderApp('/flows/pin-reset-allowed-urls');
    await waitFor(() => expect(stepId()).toBe('joined'));
    const url = first.router.state.location.pathname + first.router.state.location.search;
    first.unmount();
    caseStore.reset(); // what a reload does to memory
    renderApp(url);
    await waitFor(() => expect(stepId()).toBe('joined'));
    expect(screen.queryByText('This case is not in this browser')).toBeNull();
  });

  it('says a case with answers is not in this browser when it is not', async () => {
    renderApp('/flows/pin-reset-allowed-urls?case=abc123&step=3');
    expect(await screen.findByText('This case is not in this browser')).toBeInTheDocument();
  });
});

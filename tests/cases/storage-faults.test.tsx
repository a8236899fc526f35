import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseStore } from '../../src/cases/store';
import { renderApp } from '../components/render';

const T = { timeout: 5000 };
const stepId = () => document.querySelector('[data-step-id]')?.getAttribute('data-step-id');
const findStep = (id: string) => waitFor(() => expect(stepId()).toBe(id), T);

beforeEach(() => caseStore.reset());
afterEach(() => vi.restoreAllMocks());

describe('storage faults', () => {
  it('storage full: says so, and the case keeps working in memory', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await findStep('joined');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: /Yes, Entra joined/ }));
    await findStep('whereError');
    expect(await screen.findByText(/browser storage is full/, {}, T)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Yes, during PIN reset/ }));
    await findStep('signInKind');
    // Nothing reached storage, but the case (in memory) has both answers.
    expect(localStorage.length).toBe(0);
    const c = caseStore.list()[0];
    expect(c.events.map((e) => e.type)).toEqual(['YES', 'YES']);
    // A note is kept in memory too.
    await user.click(screen.getByRole('button', { name: 'Write a note' }));
    await user.type(screen.getByLabelText('Note on this step'), 'User on VPN');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('User on VPN', {}, T)).toBeInTheDocument();
    expect(caseStore.list()[0].notes[0].text).toBe('User on VPN');
  });

  it('unreadable and newer-version records: the app starts, says what it could not read, offers a download and a discard', async () => {
    localStorage.setItem('whfb:case:broken', '{"v":1,"case":');
    localStorage.setItem('whfb:case:future', JSON.stringify({ v: 7, case: { id: 'future' } }));
    const user = userEvent.setup();
    renderApp('/cases');
    const banner = (await screen.findByText('2 saved cases could not be read', {}, T)).closest('[role="alert"]') as HTMLElement;
    expect(within(banner).getByText(/not valid JSON/)).toBeInTheDocument();
    expect(within(banner).getByText(/version 7/)).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Download the unreadable data' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'No cases yet' })).toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Discard them' }));
    const dialog = await screen.findByRole('dialog', {}, T);
    expect(localStorage.getItem('whfb:case:broken')).not.toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByText(/could not be read/)).toBeNull(), T);
    expect(localStorage.getItem('whfb:case:broken')).toBeNull();
    expect(localStorage.getItem('whfb:case:future')).toBeNull();
  });
});

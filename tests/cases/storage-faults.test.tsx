import { afterEach, beforeEach, describe, expect, it, vi, beforeAll } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseStore } from '../../src/cases/store';
import { renderApp } from '../components/render';
import { loadRunnerParts } from '../components/parts';

// Generous: the machine running the suite is shared and the first render loads the flow.
const T = { timeout: 15_000 };
const stepId = () => document.querySelector('[data-step-id]')?.getAttribute('data-step-id');
const findStep = (id: string) => waitFor(() => expect(stepId()).toBe(id), T);

beforeEach(() => caseStore.reset());
// The first render loads a flow; on a shared, busy machine that alone can take most of the default 30 s.
vi.setConfig({ testTimeout: 90_000 });
afterEach(() => vi.restoreAllMocks());


beforeAll(loadRunnerParts);
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

  it('storage full: every failed save warns (the next click does not just close the warning), and the Cases page marks the case unsaved with a download', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/flows/pin-reset-allowed-urls');
    await findStep('joined');
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await user.click(screen.getByRole('button', { name: /Yes, Entra joined/ }));
    await findStep('whereError');
    expect(await screen.findByText(/browser storage is full/, {}, T)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Yes, during PIN reset/ }));
    await findStep('signInKind');
    // Still (again) there after the second failed save.
    await new Promise((r) => setTimeout(r, 300));
    expect(screen.getByText(/browser storage is full/)).toBeInTheDocument();
    const id = caseStore.list()[0].id;
    await router.navigate('/cases');
    await screen.findByRole('table', { name: 'Cases' }, T);
    const row = document.querySelector(`tr[data-case-id="${id}"]`) as HTMLElement;
    expect(within(row).getByText('Not saved')).toBeInTheDocument();
    const createObjectURL = vi.fn(() => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    await user.click(within(row).getByRole('button', { name: /Download unsaved case/ }));
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('two tabs: a note added in the other tab at the same moment is kept, and the screen says so', async () => {
    const user = userEvent.setup();
    renderApp('/flows/pin-reset-allowed-urls');
    await findStep('joined');
    await user.click(screen.getByRole('button', { name: /Yes, Entra joined/ }));
    await findStep('whereError');
    const c = caseStore.list()[0];
    // The other tab writes its note; this tab has not heard of it yet (no storage event).
    const other = { ...c, notes: [{ id: 'othertab1', step: 1, stateId: 'whereError', text: 'Note from the other tab', at: c.updatedAt + 1 }], updatedAt: c.updatedAt + 1 };
    localStorage.setItem(`whfb:case:${c.id}`, JSON.stringify({ v: 1, case: other }));
    await user.click(screen.getByRole('button', { name: 'Write a note' }));
    await user.type(screen.getByLabelText('Note on this step'), 'Note from this tab');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText(/Another tab added a note to this case at the same time/, {}, T)).toBeInTheDocument();
    expect(screen.getByText('Note from the other tab')).toBeInTheDocument();
    expect(screen.getByText('Note from this tab')).toBeInTheDocument();
    const stored = JSON.parse(localStorage.getItem(`whfb:case:${c.id}`)!);
    expect(stored.case.notes.map((n: { text: string }) => n.text)).toEqual(['Note from the other tab', 'Note from this tab']);
  });
});

import { beforeEach, describe, expect, it, beforeAll } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createCase, withAnswer, withNote } from '../../src/cases/caseOps';
import { encodeShare, sharePayload } from '../../src/cases/share';
import { caseStore } from '../../src/cases/store';
import type { Case } from '../../src/cases/types';
import { setRedactSetting } from '../../src/components/cases/useRedactSetting';
import { renderApp } from '../components/render';
import { loadRunnerParts } from '../components/parts';

// Generous: the machine running the suite is shared.
const T = { timeout: 15_000 };

function stored(types: string[], title: string, now = Date.UTC(2025, 2, 4, 9, 0)): Case {
  let c = createCase('pin-reset-allowed-urls', title, now);
  for (const type of types) c = withAnswer(c, c.position, { type }, now + 60_000);
  caseStore.save(c);
  return c;
}

beforeEach(() => {
  caseStore.reset();
  setRedactSetting(false);
});


beforeAll(loadRunnerParts);
describe('the cases page', () => {
  it('shows an empty state with a way home', async () => {
    renderApp('/cases');
    expect(await screen.findByRole('heading', { name: 'No cases yet' }, T)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the list of issues' })).toHaveAttribute('href', '/');
  });

  it('lists cases with flow, current step and status; opens one at its step', async () => {
    const user = userEvent.setup();
    stored(['YES', 'YES'], 'Ticket 1');
    stored(['NO'], 'Ticket 2');
    const { router } = renderApp('/cases');
    const table = await screen.findByRole('table', { name: 'Cases' }, T);
    const row1 = within(table).getByRole('row', { name: /Ticket 1/ });
    expect(within(row1).getByText('PIN reset fails on Entra joined devices')).toBeInTheDocument();
    expect(await within(row1).findByText('Step 3: Where does the user sign in?', {}, T)).toBeInTheDocument();
    expect(within(row1).getByText('In progress')).toBeInTheDocument();
    const row2 = within(table).getByRole('row', { name: /Ticket 2/ });
    expect(await within(row2).findByText('Not this issue', {}, T)).toBeInTheDocument();
    await user.click(within(row1).getByRole('link', { name: 'Ticket 1' }));
    await waitFor(() => expect(document.querySelector('[data-step-id]')?.getAttribute('data-step-id')).toBe('signInKind'), T);
    expect(router.state.location.pathname).toBe('/flows/pin-reset-allowed-urls');
  });

  it('renames a case', async () => {
    const user = userEvent.setup();
    const c = stored(['YES'], 'Ticket 1');
    renderApp('/cases');
    await user.click(await screen.findByRole('button', { name: 'Rename “Ticket 1”' }, T));
    const dialog = await screen.findByRole('dialog', { name: 'Rename case' }, T);
    const field = within(dialog).getByLabelText('Case title');
    await user.clear(field);
    await user.type(field, 'INC-42 alice laptop');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'INC-42 alice laptop' }, T)).toBeInTheDocument();
    expect(caseStore.get(c.id)?.title).toBe('INC-42 alice laptop');
  });

  it('deletes a case and brings it back with Undo', async () => {
    const user = userEvent.setup();
    const c = stored(['YES'], 'Ticket 1');
    renderApp('/cases');
    await user.click(await screen.findByRole('button', { name: 'Delete “Ticket 1”' }, T));
    expect(await screen.findByText('Deleted “Ticket 1”.', {}, T)).toBeInTheDocument();
    expect(localStorage.getItem(`whfb:case:${c.id}`)).toBeNull();
    expect(screen.getByRole('heading', { name: 'No cases yet' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: 'Ticket 1' }, T)).toBeInTheDocument();
    expect(caseStore.get(c.id)?.events).toEqual(c.events);
  });
});

describe('notes and the report', () => {
  it('a note added in the runner shows in the report with the filled-in policy value', async () => {
    const user = userEvent.setup();
    let c = stored(['YES', 'YES', 'FEDERATED'], 'Ticket 9');
    c = withAnswer(c, 3, { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } } as never);
    caseStore.save(c);
    renderApp(`/flows/pin-reset-allowed-urls?case=${c.id}&step=4`);
    await waitFor(() => expect(document.querySelector('[data-step-id]')?.getAttribute('data-step-id')).toBe('configurePolicy'), T);
    await user.click(screen.getByRole('button', { name: 'Write a note' }));
    await user.type(screen.getByLabelText('Note on this step'), 'Policy assigned to group <WHfB pilot>');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('Policy assigned to group <WHfB pilot>', {}, T)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Report' }));
    const report = await screen.findByRole('article', {}, T);
    expect(within(report).getByRole('heading', { level: 1, name: 'Ticket 9' })).toBeInTheDocument();
    expect(within(report).getByText('fs.contoso.com')).toBeInTheDocument();
    expect(within(report).getByText(/Policy assigned to group <WHfB pilot>/)).toBeInTheDocument();
    // Redaction changes what is shown.
    await user.click(screen.getByRole('switch', { name: 'Redact names, addresses and ids' }));
    expect(await within(report).findByText('host1.example', {}, T)).toBeInTheDocument();
    expect(within(report).queryByText('fs.contoso.com')).toBeNull();
    // The share dialog follows the report's Redact setting.
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    const dialog = await screen.findByRole('dialog', {}, T);
    expect(within(dialog).getByRole('switch', { name: 'Redact names, addresses and ids' })).toBeChecked();
    expect((within(dialog).getByRole('textbox') as HTMLInputElement).value).toContain('/share#');
  });
});

describe('opening a share link', () => {
  it('shows what it contains and imports it as a new case at the same step', async () => {
    const user = userEvent.setup();
    const original = withNote(stored(['YES', 'YES'], 'Shared ticket'), { step: 1, stateId: 'whereError', text: 'seen twice' });
    const fragment = encodeShare(sharePayload(original, { notes: true }));
    caseStore.remove(original.id);
    renderApp(`/share#${fragment}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Shared ticket' }, T)).toBeInTheDocument();
    expect(screen.getByText('Step 3: Where does the user sign in?')).toBeInTheDocument();
    expect(caseStore.list()).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Import as a new case' }));
    await waitFor(() => expect(document.querySelector('[data-step-id]')?.getAttribute('data-step-id')).toBe('signInKind'), T);
    const [imported] = caseStore.list();
    expect(imported.id).not.toBe(original.id);
    expect(imported.notes.map((n) => n.text)).toEqual(['seen twice']);
  });

  it('a damaged link gets a clear message and changes nothing', async () => {
    stored(['YES'], 'Mine');
    renderApp('/share#N4Igxg9gJgpiBcIBuBDAdgVwJYBsCECAXw');
    expect(await screen.findByRole('heading', { name: "This share link can't be opened" }, T)).toBeInTheDocument();
    expect(screen.getByText(/Nothing was imported/)).toBeInTheDocument();
    expect(caseStore.list()).toHaveLength(1);
  });

  it("a link whose answers don't fit the flow imports nothing", async () => {
    const fragment = encodeShare({ v: 1, flowId: 'pin-reset-allowed-urls', title: 'x', events: [{ type: 'YES' }, { type: 'FIXED' }] });
    renderApp(`/share#${fragment}`);
    expect(await screen.findByText(/answers don't fit the flow/, {}, T)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import as a new case' })).toBeNull();
    expect(caseStore.list()).toHaveLength(0);
  });
});

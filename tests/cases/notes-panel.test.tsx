import { describe, expect, it, vi, beforeAll } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NotesPanel } from '../../src/components/cases/NotesPanel';
import { loadRunnerParts } from '../components/parts';

const note = { step: 0, stateId: 'joined', text: '<img src=x onerror=alert(1)> user on VPN', at: Date.UTC(2026, 10, 22, 9, 30) };


beforeAll(loadRunnerParts);
describe('notes on a step', () => {
  it('keeps the text box closed until asked, then focuses it; Add note saves and closes', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<NotesPanel notes={[]} stepNumber={2} onAdd={onAdd} onRemove={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Notes on step 2' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Note on this step')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Write a note' }));
    const box = screen.getByLabelText('Note on this step');
    await waitFor(() => expect(box).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Add note' })).toBeDisabled();
    await user.type(box, 'Policy assigned');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(onAdd).toHaveBeenCalledWith('Policy assigned');
    expect(screen.queryByLabelText('Note on this step')).toBeNull();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Write a note' })).toHaveFocus());
  });

  it('Cancel and Escape (on an empty box) close it without saving; focus returns to the button', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<NotesPanel notes={[]} stepNumber={1} onAdd={onAdd} onRemove={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Write a note' }));
    await user.type(screen.getByLabelText('Note on this step'), 'draft');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onAdd).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Write a note' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getByLabelText('Note on this step')).toHaveFocus());
    expect(screen.getByLabelText('Note on this step')).toHaveValue('');
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText('Note on this step')).toBeNull();
  });

  it('says when a note is too long and will not add it', async () => {
    const user = userEvent.setup();
    const onAdd = vi.fn();
    render(<NotesPanel notes={[]} stepNumber={1} onAdd={onAdd} onRemove={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Write a note' }));
    const box = screen.getByLabelText('Note on this step');
    await user.click(box);
    await user.paste('x'.repeat(20_001));
    expect(screen.getByText(/Too long: keep a note under 20,000 characters/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add note' })).toBeDisabled();
  });

  it('lists notes as plain text with a delete button each', async () => {
    const user = userEvent.setup();
    const onRemove = vi.fn();
    render(<NotesPanel notes={[note]} stepNumber={1} onAdd={() => {}} onRemove={onRemove} />);
    expect(screen.getByText(note.text)).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    await user.click(screen.getByRole('button', { name: /^Delete note from/ }));
    expect(onRemove).toHaveBeenCalledWith(note);
  });
});

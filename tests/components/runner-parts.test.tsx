// The runner's parts that use MUI (evidence form, outcome card, hand-over box, note form…) load with MUI's theme when
// first needed. These tests draw them before their code has arrived, as a tap on a phone with no pointer over the
// runner beforehand does: the step is drawn at once and the part follows; nothing typed or answered is lost.
import { beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { caseStore } from '../../src/cases/store';
import { renderApp } from './render';

const stepId = () => document.querySelector('[data-step-id]')?.getAttribute('data-step-id');

beforeEach(() => caseStore.reset());

describe('runner parts drawn before their code has arrived', () => {
  it('an outcome: the step and its heading show at once; the card and the hand-over box follow', async () => {
    renderApp('/flows/pin-reset-allowed-urls');
    await waitFor(() => expect(stepId()).toBe('joined'), { timeout: 20000 });
    // A click with no pointer over the runner first: nothing was loaded ahead. (An awaited act: React retries a part
    // that suspended inside act only then.)
    await act(async () => fireEvent.click(screen.getByRole('button', { name: /^No/ })));
    expect(stepId()).toBe('outNotEntraJoined');
    expect(within(document.querySelector('[data-step-id]') as HTMLElement).getByRole('heading', { level: 2 })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Copy report for the ticket' }, { timeout: 20000 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hand this case over' })).toBeInTheDocument();
  });

  it('the note form opened before its code arrived takes focus when it comes, and adds the note', async () => {
    renderApp('/flows/pin-reset-allowed-urls');
    await waitFor(() => expect(stepId()).toBe('joined'), { timeout: 20000 });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Write a note' })));
    const box = await screen.findByLabelText('Note on this step', undefined, { timeout: 20000 });
    await waitFor(() => expect(document.activeElement).toBe(box));
    fireEvent.change(box, { target: { value: 'User is on a hotel network' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(await screen.findByText('User is on a hotel network')).toBeInTheDocument();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Write a note' })));
  });

  it('a pointer over the runner loads the parts ahead, so the next outcome is drawn whole in the same render', async () => {
    renderApp('/flows/pin-reset-allowed-urls');
    await waitFor(() => expect(stepId()).toBe('joined'), { timeout: 20000 });
    const { runnerParts } = await import('../../src/components/runnerParts');
    fireEvent.pointerOver(screen.getByRole('button', { name: /^No/ }));
    await runnerParts.Outcome.preload();
    await runnerParts.HandOver.preload();
    fireEvent.click(screen.getByRole('button', { name: /^No/ }));
    expect(stepId()).toBe('outNotEntraJoined');
    expect(screen.getByRole('button', { name: 'Copy report for the ticket' })).toBeInTheDocument();
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { caseStore } from '../../src/cases/store';
import { renderApp } from '../components/render';
import { UDR_362_STS_NO } from './fixtures';

beforeEach(() => caseStore.reset());

const pasteBox = () => screen.findByRole('textbox', { name: /evidence/i }, { timeout: 5000 });
const searchBox = () => screen.findByRole('searchbox', { name: /search/i }, { timeout: 5000 });
const suggestions = () => screen.findByRole('region', { name: /Suggestions/ }, { timeout: 5000 });

describe('home: what do you see?', () => {
  it('has the search box, the paste box, the guided triage link and the catalog', async () => {
    renderApp('/');
    expect(await pasteBox()).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /search/i })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Not sure\? Answer a few questions/ })).toHaveAttribute('href', '/triage');
    expect(screen.getByRole('heading', { name: 'All documented issues' })).toBeInTheDocument();
  });

  it('pasting an event 362 with STS No lists the AD FS ugs scope flow first, with its reason, as you paste', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await pasteBox());
    await user.paste(UDR_362_STS_NO);
    const region = await suggestions();
    const links = await within(region).findAllByRole('link');
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/\/flows\/adfs2019-ugs-scope$/));
    expect(within(region).getAllByText(/362.*enterprise STS authentication failed/i)[0]).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /analy[sz]e/i })).toBeNull();
  });

  it('opening a suggestion carries the paste in: the flow starts with steps answered from it', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await pasteBox());
    await user.paste(UDR_362_STS_NO);
    const region = await suggestions();
    await user.click((await within(region).findAllByRole('link'))[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/flows/adfs2019-ugs-scope'));
    await waitFor(() => expect(document.querySelector('[data-step-id]')).not.toBeNull(), { timeout: 5000 });
    expect(document.querySelector('[data-step-id]')!.getAttribute('data-step-id')).not.toBe('deployment');
  });

  it('a paste with nothing recognisable says so and suggests what to paste instead', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await pasteBox());
    await user.paste('my laptop is broken, please help');
    const region = await suggestions();
    expect(await within(region).findByText(/Nothing in this paste was recognised/)).toBeInTheDocument();
    expect(within(region).getByText(/dsregcmd \/status output/)).toBeInTheDocument();
    expect(within(region).queryAllByRole('link')).toHaveLength(0);
    // The catalog stays below.
    expect(screen.getByRole('heading', { name: 'All documented issues' })).toBeInTheDocument();
  });

  it('pasted markup is shown as text, never run', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await pasteBox());
    await user.paste('<img src=x onerror="window.__pwned=1">');
    await suggestions();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('search lists matching flows with the words that matched', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await searchBox(), 'KB4593226');
    const results = await screen.findByRole('region', { name: 'Search results' }, { timeout: 5000 });
    const links = await within(results).findAllByRole('link');
    expect(links[0]).toHaveAttribute('href', '/flows/hybrid-key-deletion');
    expect(within(results).getAllByText('KB4593226', { selector: 'mark' }).length).toBeGreaterThan(0);
  });

  it('an unrecognised short paste can be searched for instead', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await pasteBox());
    await user.paste('KB4487044');
    const region = await suggestions();
    await user.click(await within(region).findByRole('button', { name: /Search the issues for this text/ }));
    expect(screen.getByRole('searchbox', { name: /search/i })).toHaveValue('KB4487044');
    const results = await screen.findByRole('region', { name: 'Search results' }, { timeout: 5000 });
    expect((await within(results).findAllByRole('link'))[0]).toHaveAttribute('href', '/flows/ws2019-key-trust-name-mismatch');
  });
});

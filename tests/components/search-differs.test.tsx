import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './render';

describe('search results tell two similar issues apart', () => {
  it('the two Windows Server 2019 DC issues each say their build range and what a trace shows', { timeout: 60000 }, async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.type(await screen.findByRole('searchbox', { name: /search/i }, { timeout: 20000 }), 'Windows Server 2019');
    const results = await screen.findByRole('region', { name: 'Search results' }, { timeout: 20000 });
    const item = async (href: string) => (await within(results).findAllByRole('link')).find((a) => a.getAttribute('href') === href)!.closest('li') as HTMLElement;
    const deletion = await item('/flows/hybrid-key-deletion');
    const mismatch = await item('/flows/ws2019-key-trust-name-mismatch');
    expect(within(deletion).getByText(/17763\.1457 to 17763\.1613/)).toBeInTheDocument();
    expect(within(mismatch).getByText(/below build 17763\.316; a network trace of the failed sign-in shows KDC_ERR_CLIENT_NAME_MISMATCH/)).toBeInTheDocument();
  });
});

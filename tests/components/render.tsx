import { render } from '@testing-library/react';
import { ThemeProvider } from '@mui/material/styles';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { routes } from '../../src/app/routes';
import { theme } from '../../src/components/theme';

/** Renders the whole app at a URL, in memory. */
export function renderApp(url: string) {
  const router = createMemoryRouter(routes, { initialEntries: [url] });
  const utils = render(
    <ThemeProvider theme={theme}>
      <RouterProvider router={router} />
    </ThemeProvider>,
  );
  return { ...utils, router };
}

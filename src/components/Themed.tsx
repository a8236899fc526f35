import type { ReactNode } from 'react';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from './theme';

/**
 * MUI's theme for the screens that use MUI components. The page frame and the home page use none, so a first visit to
 * / never builds the theme. The theme's CSS variables and base styles are already in the page (the build writes them
 * into every page, src/app/renderStatic.tsx; BaseStyles.tsx where no page was built), so the provider doesn't write
 * them again. noSsr: the stored colour mode is read in the first render, not set in an effect after it, which would
 * change the theme's context and make React hydrate the rest of the page at once, in one long task.
 */
export function Themed({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={theme} defaultMode="system" noSsr disableStyleSheetGeneration>
      {children}
    </ThemeProvider>
  );
}

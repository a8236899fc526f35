import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from '../components/theme';

/**
 * The theme's CSS variables and MUI's base styles, written by emotion: for pages the build did not write (the
 * development server), which have no <style data-theme-vars>. Renders no element.
 */
export default function BaseStyles() {
  return (
    <ThemeProvider theme={theme} defaultMode="system" noSsr>
      <CssBaseline enableColorScheme />
    </ThemeProvider>
  );
}

import { createTheme } from '@mui/material/styles';

const FOCUS_RING = { outline: '3px solid var(--mui-palette-primary-main)', outlineOffset: '2px' } as const;

export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'data' },
  colorSchemes: {
    light: { palette: { primary: { main: '#0b5cad' }, secondary: { main: '#5a3e9b' }, background: { default: '#f6f8fb' } } },
    dark: { palette: { primary: { main: '#7ab8ff' }, secondary: { main: '#c3a9ff' } } },
  },
  shape: { borderRadius: 8 },
  typography: {
    fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    // Scales from a 360 px phone to a projector.
    h1: { fontSize: 'clamp(1.5rem, 1.2rem + 1.2vw, 1.9rem)', fontWeight: 600 },
    h2: { fontSize: 'clamp(1.25rem, 1.1rem + 0.6vw, 1.5rem)', fontWeight: 600 },
    h3: { fontSize: '1.15rem', fontWeight: 600 },
  },
  components: {
    // A visible focus ring on every button, icon button, tab and link-button (not only the ripple), in light and dark.
    // No ripple: the focus ring shows focus, and a click draws the next step without mounting ripple elements first.
    MuiButtonBase: { defaultProps: { disableRipple: true }, styleOverrides: { root: { '&.Mui-focusVisible': FOCUS_RING } } },
    MuiLink: { styleOverrides: { root: { '&.Mui-focusVisible, &:focus-visible': FOCUS_RING } } },
    MuiButton: { defaultProps: { disableElevation: true }, styleOverrides: { root: { textTransform: 'none' } } },
    // Long chip texts (build ranges, deployment kinds) wrap on narrow screens instead of being cut off.
    MuiChip: {
      styleOverrides: {
        root: { height: 'auto', minHeight: 24, maxWidth: '100%' },
        label: { whiteSpace: 'normal', overflowWrap: 'break-word', paddingTop: 2, paddingBottom: 2 },
      },
    },
  },
});

// The theme is built with CSS variables: MUI's types then know `theme.vars` and the provider's variable options.
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true;
  }
}

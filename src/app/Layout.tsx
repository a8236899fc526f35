import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { Link as RouterLink, Outlet } from 'react-router';
import { ColorModeToggle } from './ColorModeToggle';
import { paths } from '../paths';
import { StorageFaults } from '../components/cases/StorageFaults';
import { UpdatePrompt } from './UpdatePrompt';
import { t } from '../words/messagesShell';

export function Layout() {
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <Box
        component="a"
        href="#main"
        className="skip-link"
        sx={{ position: 'absolute', left: -9999, color: 'primary.main', '&:focus': { left: 8, top: 8, zIndex: 2000, p: 1, bgcolor: 'background.paper', outline: '3px solid var(--mui-palette-primary-main)', outlineOffset: '2px' } }}
      >
        {t('app.skipToContent')}
      </Box>
      <AppBar position="static" component="header" className="no-print">
        <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="h6" component={RouterLink} to={paths.home()} sx={{ color: 'inherit', textDecoration: 'none', flexGrow: 1, fontWeight: 600 }}>
            {t('app.name')}
          </Typography>
          <Box component="nav" aria-label={t('app.nav.label')} sx={{ display: 'flex', gap: 1 }}>
            <Button color="inherit" component={RouterLink} to={paths.home()}>
              {t('app.nav.issues')}
            </Button>
            <Button color="inherit" component={RouterLink} to={paths.cases()}>
              {t('app.nav.cases')}
            </Button>
          </Box>
          <ColorModeToggle />
        </Toolbar>
      </AppBar>
      <UpdatePrompt />
      {/* MUI's Container (maxWidth lg) as a Box: the same box, ~1 KB less on every first visit. */}
      <Box component="main" id="main" sx={{ width: '100%', boxSizing: 'border-box', mx: 'auto', px: { xs: 2, sm: 3 }, maxWidth: 'lg', py: { xs: 2, sm: 4 }, flexGrow: 1 }}>
        <StorageFaults />
        <Outlet />
      </Box>
      <Box component="footer" className="no-print" sx={{ py: 2, textAlign: 'center', color: 'text.secondary', fontSize: 14 }}>
        {t('app.footer')}
      </Box>
    </Box>
  );
}

import { Link as RouterLink, Outlet } from 'react-router';
import { ColorModeToggle } from './ColorModeToggle';
import { btn } from '../components/Icon';
import { paths } from '../paths';
import { StorageFaults } from '../components/cases/StorageFaults';
import { UpdatePrompt } from './UpdatePrompt';
import { t } from '../words/messagesShell';

export function Layout() {
  return (
    <div className="app">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      {/* MUI's AppBar + Toolbar as plain elements (.app-header, .app-toolbar in global.css): the same bar (colours,
          elevation 4, 56/64 px), and no styled components to hydrate on every first visit; the nav links are drawn as
          MUI's text Button in the bar's colour (.btn-inherit). */}
      <header className="app-header no-print">
        <div className="app-toolbar">
          <RouterLink className="app-name" to={paths.home()}>
            {t('app.name')}
          </RouterLink>
          <nav className="app-nav" aria-label={t('app.nav.label')}>
            <RouterLink className={btn('text', 'medium', 'btn-inherit')} to={paths.home()}>
              {t('app.nav.issues')}
            </RouterLink>
            <RouterLink className={btn('text', 'medium', 'btn-inherit')} to={paths.cases()}>
              {t('app.nav.cases')}
            </RouterLink>
          </nav>
          <ColorModeToggle />
        </div>
      </header>
      <UpdatePrompt />
      {/* MUI's Container (maxWidth lg) as plain CSS (.app-main). */}
      <main id="main" className="app-main">
        <StorageFaults />
        <Outlet />
      </main>
      <footer className="app-footer no-print">{t('app.footer')}</footer>
    </div>
  );
}

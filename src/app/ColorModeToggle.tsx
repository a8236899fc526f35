import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { useColorScheme } from '@mui/material/styles';
import { Icon } from '../components/Icon';
import { modeLabel, type Mode } from './colorModes';
import { t } from '../words/messagesShell';

const noSubscription = () => () => {};
const onClient = () => true;
const onServer = () => false;

const ColorModeMenu = lazy(() => import('./ColorModeMenu'));

/** Colour theme: system, light or dark. MUI remembers the choice in this browser (localStorage "mui-mode"). */
export function ColorModeToggle() {
  const { mode, setMode } = useColorScheme();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [wanted, setWanted] = useState(false);
  // The static page shows "system" (the build knows no one's choice): so does the first render over it.
  const hydrated = useSyncExternalStore(noSubscription, onClient, onServer);
  const current: Mode = hydrated && (mode === 'light' || mode === 'dark') ? mode : 'system';
  const label = t('app.colour.label', { mode: modeLabel(current) });
  return (
    <>
      {/* MUI's IconButton in the bar's colour, as a plain button (.icon-button in global.css). */}
      <button
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : 'false'}
        onClick={(e) => {
          setWanted(true);
          setAnchor(e.currentTarget);
        }}
      >
        <Icon name={current === 'dark' ? 'DarkMode' : current === 'light' ? 'LightMode' : 'Brightness4'} />
      </button>
      {wanted && (
        <Suspense fallback={null}>
          <ColorModeMenu
            anchor={anchor}
            mode={current}
            onClose={() => setAnchor(null)}
            onChoose={(m) => {
              setMode(m);
              setAnchor(null);
            }}
          />
        </Suspense>
      )}
    </>
  );
}

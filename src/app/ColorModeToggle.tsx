import { Suspense, useState, useSyncExternalStore } from 'react';
import { Icon } from '../components/Icon';
import { modeLabel, type Mode } from './colorModes';
import { readMode, setMode, subscribeMode } from './colorScheme';
import { themedLazy } from '../components/themedLazy';
import { t } from '../words/messagesShell';

// The static page shows "system" (the build knows no one's choice): so does the first render over it (React renders
// the server snapshot while hydrating, then the stored choice).
const onServer = (): Mode => 'system';

const ColorModeMenu = themedLazy(async () => (await import('./ColorModeMenu')).default);

/** Colour theme: system, light or dark, remembered in this browser (localStorage "mui-mode", as MUI keeps it). */
export function ColorModeToggle() {
  const current = useSyncExternalStore(subscribeMode, readMode, onServer);
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [wanted, setWanted] = useState(false);
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

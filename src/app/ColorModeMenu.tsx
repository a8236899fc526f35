import type { ReactNode } from 'react';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import DarkMode from '@mui/icons-material/DarkMode';
import LightMode from '@mui/icons-material/LightMode';
import SettingsBrightness from '@mui/icons-material/SettingsBrightness';
import { modeLabel, modes, type Mode } from './colorModes';

const icons: Record<Mode, ReactNode> = {
  system: <SettingsBrightness fontSize="small" />,
  light: <LightMode fontSize="small" />,
  dark: <DarkMode fontSize="small" />,
};

/** The colour theme choices (loaded on first use, to keep the first download small). */
export default function ColorModeMenu({ anchor, mode, onChoose, onClose }: { anchor: HTMLElement | null; mode: Mode; onChoose: (m: Mode) => void; onClose: () => void }) {
  return (
    <Menu id="color-mode-menu" anchorEl={anchor} open={!!anchor} onClose={onClose}>
      {modes.map((m) => (
        <MenuItem key={m} role="menuitemradio" aria-checked={m === mode} selected={m === mode} onClick={() => onChoose(m)}>
          <ListItemIcon>{icons[m]}</ListItemIcon>
          <ListItemText>{modeLabel(m)}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  );
}

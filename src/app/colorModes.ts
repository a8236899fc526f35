export type Mode = 'system' | 'light' | 'dark';

export const modeLabels: Record<Mode, string> = {
  system: 'Same as the system',
  light: 'Light',
  dark: 'Dark',
};

import { t } from '../words/messagesShell';
export type Mode = 'system' | 'light' | 'dark';

export const modes: Mode[] = ['system', 'light', 'dark'];

/** A theme choice's name, in the current language. */
export function modeLabel(m: Mode): string {
  return t(`app.colour.${m}`);
}

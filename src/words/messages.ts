/**
 * The app's whole catalog: the first visit's words (./messagesShell, `src/messages/en.shell.yaml`) and every other
 * screen's (`src/messages/en.yaml`). Screens other than the home page and the app bar import `t` from here.
 */
import rest from '../messages/en.yaml';
import type { Messages } from './schema';
import { addMessages } from './messagesShell';

addMessages(rest as Messages);

export { flatten, plural, t, type MessageKey } from './messagesShell';

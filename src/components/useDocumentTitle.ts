import { useEffect } from 'react';
import { t } from '../words/messagesShell';

/**
 * Sets the page's title, in a task of its own just after the new screen is in the page rather than while React puts it
 * there: on a busy machine the browser's handling of a title change showed up as milliseconds of a step move in CPU
 * profiles, and nothing in the page shows the title.
 */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = t('app.documentTitle', { title });
      // A prerendered page already has its title: setting the same one again costs as much as a new one.
      if (document.title !== next) document.title = next;
    }, 0);
    return () => clearTimeout(timer);
  }, [title]);
}

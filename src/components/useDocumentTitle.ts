import { useEffect } from 'react';
import { t } from '../words/messagesShell';

export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = t('app.documentTitle', { title });
  }, [title]);
}

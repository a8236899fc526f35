import { Suspense, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { CASE_KEY_PREFIX } from '../../cases/storageKeys';
import { themedLazy } from '../themedLazy';

const StorageFaultBanner = themedLazy(async () => (await import('./StorageFaultBanner')).StorageFaultBanner);

/** Whether this browser holds any saved case (read without the case store: a first visit never loads it). */
function anyStoredCase(): boolean {
  try {
    const s = globalThis.localStorage;
    for (let i = 0; s && i < s.length; i++) if (s.key(i)?.startsWith(CASE_KEY_PREFIX)) return true;
  } catch {
    // storage blocked: nothing stored to read
  }
  return false;
}

/**
 * The storage fault banner, loaded only once this browser holds a saved case (checked after each page change and
 * when another tab writes): a first visit downloads none of its code.
 */
export function StorageFaults() {
  const { pathname } = useLocation();
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    const check = () => {
      if (anyStoredCase()) setWanted(true);
    };
    check();
    window.addEventListener('storage', check);
    return () => window.removeEventListener('storage', check);
  }, [wanted, pathname]);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <StorageFaultBanner />
    </Suspense>
  );
}

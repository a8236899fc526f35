import { Suspense } from 'react';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorPanel } from '../components/ErrorPanel';
import { t } from '../words/messagesShell';
import { themedLazy } from '../components/themedLazy';

const NotFound = themedLazy(async () => (await import('../components/NotFound')).NotFound);

/** Shown instead of a blank page when a screen fails to render or load. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <Suspense fallback={null}>
        <NotFound />
      </Suspense>
    );
  }
  const message = error instanceof Error ? error.message : String(error ?? t('errors.unknown'));
  return <ErrorPanel message={message} />;
}

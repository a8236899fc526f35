import { Navigate } from 'react-router';
import { paths } from '../paths';

/**
 * /triage opens the guided triage, an ordinary flow (src/flows/guided-triage/): the runner gives it
 * notes, Back, share and report, and its outcomes hand over to the flow that fits.
 */
export function TriagePage() {
  return <Navigate to={paths.flow('guided-triage')} replace />;
}

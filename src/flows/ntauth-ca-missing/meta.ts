import type { FlowMeta } from '../shared/types';

// Kept small (it loads with the home page): the codes, commands, registry path and messages are indexed
// from content.ts, which the search index loads on first use.
export const meta: FlowMeta = {
  id: 'ntauth-ca-missing',
  title: '"Your credentials could not be verified": CA missing from NTAuth',
  symptom: 'After Windows Hello setup, PIN sign-in fails with "Your credentials could not be verified" or status 0xc00000bb.',
  appliesTo: ['Key trust and certificate trust'],
  keywords: ['KB4519735'],
};

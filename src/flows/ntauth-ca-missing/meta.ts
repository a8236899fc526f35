import type { FlowMeta } from '../shared/types';

// Kept small: the step words (commands, registry path, messages) are indexed from content.ts, which the
// search index loads on first use, never with the home page.
export const meta: FlowMeta = {
  id: 'ntauth-ca-missing',
  title: '"Your credentials could not be verified": issuing CA missing from NTAuth',
  symptom: 'After Windows Hello for Business was set up, PIN sign-in fails with "Your credentials could not be verified" or status 0xc00000bb.',
  appliesTo: ['Key trust and certificate trust deployments', 'Windows 10 and Windows 11'],
  keywords: ['NTAuth', 'KB4519735'],
};

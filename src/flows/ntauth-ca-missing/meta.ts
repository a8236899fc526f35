import type { FlowMeta } from '../shared/types';

// Kept small (it loads with the home page): the codes, commands, registry path and messages are indexed
// from content.ts, which the search index loads on first use.
export const meta: FlowMeta = {
  id: 'ntauth-ca-missing',
  title: '"Your credentials could not be verified": CA missing from NTAuth',
  symptom: 'PIN sign-in fails after setup: "Your credentials could not be verified" or status 0xc00000bb.',
  appliesTo: ['Key and certificate trust'],
  // Searched through content.ts (loaded with the search index on first use): codes, KB, commands, registry path.
  keywords: [],
};

import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'hello-error-codes',
  title: 'TODO: the issue in a few words (hello-error-codes)',
  symptom: 'TODO: what the person sees, in one sentence.',
  appliesTo: ['TODO: which deployments'],
  keywords: ['TODO: error texts, event ids, codes, KBs, builds'],
  // A draft: left out of the catalog, search and triage. Remove this line when the flow is ready;
  // tests/flows/registration.test.ts then says what matches.ts and guided triage still need.
  unlisted: true,
};

import type { FlowMeta } from '../shared/types';

// Small on purpose: this loads with the home page. Every code and its words load with the flow
// (content.ts lists them), and the search index reads them from there.
export const meta: FlowMeta = {
  id: 'hello-error-codes',
  title: 'Windows Hello setup shows an error code',
  symptom: 'The "Create a PIN" step fails with a code such as 0x801C03ED.',
  appliesTo: ['Windows 10 and 11'],
  keywords: ['Create a PIN', 'error code'],
};

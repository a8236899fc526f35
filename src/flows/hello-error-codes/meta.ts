import type { FlowMeta } from '../shared/types';

// Small on purpose: this loads with the home page. Every code and its words load with the flow
// (content.ts lists them), and the search index reads them from there.
export const meta: FlowMeta = {
  id: 'hello-error-codes',
  title: 'Windows Hello setup shows an error code',
  symptom: 'Setting up Windows Hello (the "Create a PIN" step) fails with a code such as 0x801C03ED.',
  appliesTo: ['Windows 10 and Windows 11', 'Microsoft Entra joined and hybrid joined devices'],
  keywords: ['error code', 'Create a PIN', 'Something went wrong', 'PIN setup failed', '0x801C03ED'],
};

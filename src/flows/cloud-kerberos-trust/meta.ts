import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'cloud-kerberos-trust',
  title: 'Cloud Kerberos trust: Windows Hello sign-in or setup fails',
  symptom: 'Windows Hello setup does not start (OnPremTGT : NO) or sign-in fails with cloud Kerberos trust.',
  appliesTo: ['Cloud Kerberos trust', 'Hybrid and Entra joined devices'],
  // No keywords here: nothing on the home page reads them. They load with the flow (index.ts), which is
  // what the lazily built search index reads, so they stay out of the first visit's JavaScript.
  keywords: [],
};

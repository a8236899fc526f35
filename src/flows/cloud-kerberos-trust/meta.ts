import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'cloud-kerberos-trust',
  title: 'Cloud Kerberos trust: Windows Hello sign-in or setup fails',
  symptom: 'With Windows Hello for Business cloud Kerberos trust, setup does not start (OnPremTGT / CloudTGT : NO) or sign-in to the device or to on-premises resources fails.',
  appliesTo: ['Cloud Kerberos trust deployments', 'Microsoft Entra hybrid joined and Entra joined devices'],
  // A few words for the home page; the rest load with the flow (index.ts) for the search index.
  keywords: ['cloud Kerberos trust', 'OnPremTGT', 'CloudTGT', 'AzureADKerberos', 'Get-AzureADKerberosServer'],
};

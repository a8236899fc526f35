import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type CloudKerberosTrustContext } from './machine';
import { meta } from './meta';

/** Search words that load with the flow (and the lazily built search index), not with the home page. */
const moreKeywords = [
  'cloud Kerberos trust',
  'OnPremTGT',
  'CloudTGT',
  'AzureADKerberos',
  'Get-AzureADKerberosServer',
  'Microsoft Entra Kerberos',
  'Azure AD Kerberos',
  'partial TGT',
  'Cloud TGT',
  'User account has Cloud TGT',
  'Cloud trust for on premise auth policy is enabled',
  'Use cloud trust for on-premises authentication',
  'UseCloudTrustForOnPremAuth',
  'Use certificate for on-premises authentication',
  'Set-AzureADKerberosServer',
  'RotateServerKey',
  'AzureADHybridAuthenticationManagement',
  'krbtgt_AzureAD',
  'KeyVersion',
  'CloudKeyVersion',
  'CloudId',
  'password replication policy',
  'read-only domain controller',
  'writable domain controller',
  'Remote Credential Guard',
  'Run as',
  'KB4534307',
  'KB4534321',
  'KB5010415',
  'KB5010414',
  'WillNotProvision',
];

const descriptor: FlowDescriptor<CloudKerberosTrustContext> = {
  ...meta,
  keywords: [...meta.keywords, ...moreKeywords],
  machine,
  content,
  // Payload events (typed values) for the model tests and the trainer.
  sampleEvents: [
    { type: 'NAMES_ENTERED', values: { domain: 'ad.contoso.com', dcName: 'DC1' } },
    { type: 'NAMES_ENTERED', values: { domain: 'emea.contoso.com', dcName: '' } },
  ],
};

export default descriptor;

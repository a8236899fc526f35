import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type KdcCertContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<KdcCertContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    { type: 'SEEN_107', values: { expectedDomain: 'ad.contoso.com' } },
    { type: 'SEEN_107', values: { expectedDomain: '' } },
    { type: 'NAMES_ENTERED', values: { dcName: 'DC1', domainFqdn: 'ad.contoso.com', netbios: 'AD', ou: '' } },
    { type: 'NAMES_ENTERED', values: { dcName: 'dc2.ad.contoso.com', domainFqdn: '', netbios: 'AD', ou: '' } },
    { type: 'CERT_ENTERED', values: { subject: 'CN=DC1, OU=Domain Controllers, DC=ad, DC=contoso, DC=com', san: [], kdcEku: true } },
    { type: 'CERT_ENTERED', values: { subject: 'CN=DC1, OU=Domain Controllers, DC=ad, DC=contoso, DC=com', san: [] } },
    { type: 'CERT_ENTERED', values: { subject: 'CN=dc1.ad.contoso.com', san: ['DNS Name=dc1.ad.contoso.com'], kdcEku: true } },
  ],
};

export default descriptor;

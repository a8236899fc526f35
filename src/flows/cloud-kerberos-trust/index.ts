import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type CloudKerberosTrustContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<CloudKerberosTrustContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  // Payload events (typed values) for the model tests and the trainer.
  sampleEvents: [
    { type: 'NAMES_ENTERED', values: { domain: 'ad.contoso.com', dcName: 'DC1' } },
    { type: 'NAMES_ENTERED', values: { domain: 'emea.contoso.com', dcName: '' } },
  ],
};

export default descriptor;

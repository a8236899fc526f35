import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type NtauthCaMissingContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<NtauthCaMissingContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  // Payload events (typed values) for the model tests and the trainer.
  sampleEvents: [
    { type: 'CA_ENTERED', values: { thumbprint: '4f0c2a9d8e7b6c5a4f3e2d1c0b9a8f7e6d5c4b3a' } },
    { type: 'CA_ENTERED', values: { thumbprint: 'a1 b2 c3 d4 e5 f6 07 18 29 3a 4b 5c 6d 7e 8f 90 11 22 33 44' } },
  ],
};

export default descriptor;

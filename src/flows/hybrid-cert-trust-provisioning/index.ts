import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type ProvisioningContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';
import { SAMPLE_READOUTS } from './sample-events';

const descriptor: FlowDescriptor<ProvisioningContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    ...SAMPLE_READOUTS.map((values) => ({ type: 'EVIDENCE_READ', values })),
    { type: 'BUILD_ENTERED', values: { build: '10.0.14393.2155', user: 'jdoe' } },
    { type: 'BUILD_ENTERED', values: { build: '14393.2125' } },
  ],
};

export default descriptor;

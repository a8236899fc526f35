import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type ProvisioningNotStartingContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';
import { SAMPLE_STATUSES } from './sample-events';

const descriptor: FlowDescriptor<ProvisioningNotStartingContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  // One EVIDENCE_READ per first blocker, so the model tests and the trainer take every guarded branch.
  sampleEvents: SAMPLE_STATUSES.map((values) => ({ type: 'EVIDENCE_READ', values })),
};

export default descriptor;

import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type NtauthCaMissingContext } from './machine';
import { meta } from './meta';

const descriptor: FlowDescriptor<NtauthCaMissingContext> = {
  ...meta,
  machine,
  content,
  // Payload events (typed values) for the model tests and the trainer.
  sampleEvents: [],
};

export default descriptor;

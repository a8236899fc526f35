import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type TriageContext } from './machine';
import { meta } from './meta';

const descriptor: FlowDescriptor<TriageContext> = {
  ...meta,
  machine,
  content,
  sampleEvents: [
    { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.1613'] } },
    { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.253'] } },
    { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.1637'] } },
  ],
};

export default descriptor;

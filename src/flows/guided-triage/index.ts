import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type TriageContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<TriageContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.1613'] } },
    { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.253'] } },
    { type: 'BUILDS_ENTERED', values: { builds: ['DC1 17763.1637'] } },
  ],
};

export default descriptor;

import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type NameMismatchContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<NameMismatchContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    // An early Windows Server 2019 DC next to a fixed one.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.253', 'DC2 17763.1637'] } },
    // A Windows Server 2019 DC without its revision.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763', 'DC2 14393.4104'] } },
    // All past 17763.316, but one in the hybrid key deletion range.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1613', 'DC2 14393.4104'] } },
    // All fixed for both issues.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1637', 'DC2 14393.4104'] } },
    // No build number at all.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 patched last week'] } },
  ],
};

export default descriptor;

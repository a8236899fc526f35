import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type KeyDeletionContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<KeyDeletionContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    // Mixed builds: one affected 2019 DC, one fixed 2016 DC.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1613', 'DC2 14393.4104'] } },
    // Every DC fixed or outside the range.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.1637', 'DC2 14393.4104'] } },
    // A Windows Server 2019 DC below 17763.316 (the name mismatch issue).
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 17763.253', 'DC2 17763.1613'] } },
    // No build number at all.
    { type: 'BUILDS_ENTERED', values: { dcs: ['DC1 patched last week'] } },
    { type: 'USER_ENTERED', values: { user: 'alexw@contoso.com' } },
  ],
};

export default descriptor;

import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type PinResetContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<PinResetContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } },
    { type: 'HOSTS_ENTERED', values: { hosts: [] } },
  ],
};

export default descriptor;

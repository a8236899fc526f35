import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type PinResetContext } from './machine';
import { meta } from './meta';

const descriptor: FlowDescriptor<PinResetContext> = {
  ...meta,
  machine,
  content,
  sampleEvents: [
    { type: 'HOSTS_ENTERED', values: { hosts: ['fs.contoso.com'] } },
    { type: 'HOSTS_ENTERED', values: { hosts: [] } },
  ],
};

export default descriptor;

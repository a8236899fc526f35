import type { FlowDescriptor } from '../shared/types';
import { content } from './content';
import { machine, type UgsContext } from './machine';
import { metaFrom } from '../shared/meta';
import metaWords from './meta.yaml';

const descriptor: FlowDescriptor<UgsContext> = {
  ...metaFrom(metaWords),
  machine,
  content,
  sampleEvents: [
    { type: 'UDR_EVENT', values: { eventId: 362, sts: 'no', failing: ['logonCertTemplate', 'stsAuthenticated'] } },
    { type: 'UDR_EVENT', values: { eventId: 362, sts: 'no', failing: ['policyEnabled', 'stsAuthenticated'] } },
    { type: 'UDR_EVENT', values: { eventId: 358, sts: 'yes', failing: [] } },
    { type: 'ADFS_1021', values: { isUgsScopeIssue: true, msis: 'MSIS9368', clientId: '38aa3b87-a06d-4817-b275-7a316988d93b', scope: 'ugs' } },
    { type: 'ADFS_1021', values: { isUgsScopeIssue: false, msis: 'MSIS9368', scope: 'openid' } },
    { type: 'BUILD_ENTERED', values: { build: '10.0.17763.5696' } },
    { type: 'BUILD_ENTERED', values: { build: '20348.2461' } },
    { type: 'BUILD_ENTERED', values: { build: '14393.4104' } },
    { type: 'OBJECT_ID_ENTERED', values: { objectId: 'c9e5f4b2-7d3a-4e61-9b8f-2a1d6e0c5b73' } },
  ],
};

export default descriptor;

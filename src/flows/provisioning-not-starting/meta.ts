import type { FlowMeta } from '../shared/types';

export const meta: FlowMeta = {
  id: 'provisioning-not-starting',
  title: 'Windows Hello setup never starts',
  symptom: 'The "Set up a PIN" screen never appears after sign-in; dsregcmd /status says WillNotProvision.',
  appliesTo: ['Microsoft Entra joined', 'Microsoft Entra hybrid joined'],
  tellsApart: 'Setup never starts at all. If it starts and then fails with a code, see the error codes flow.',
  keywords: ['dsregcmd /status', 'PreReqResult', 'WillNotProvision', 'PolicyEnabled', 'Ngc Prerequisite Check'],
};

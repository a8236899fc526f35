import type { Status } from './rules';

const ok: Status = {
  join: 'entra',
  deviceAuth: 'success',
  prt: 'yes',
  prtUpdated: null,
  prtAgeHours: null,
  ngcSet: false,
  check: {
    IsDeviceJoined: 'yes',
    IsUserAzureAD: 'yes',
    PolicyEnabled: 'yes',
    PostLogonEnabled: 'yes',
    DeviceEligible: 'yes',
    SessionIsNotRemote: 'yes',
    CertEnrollment: 'other',
    PreReqResult: 'no',
  },
  values: { CertEnrollment: 'none', PreReqResult: 'WillNotProvision' },
  userContext: null,
};
const no = (line: keyof Status['check']): Status => ({ ...ok, check: { ...ok.check, [line]: 'no' } });

/** One EVIDENCE_READ payload per first blocker (the first is what SAMPLE_POLICY_OFF reads as). */
export const SAMPLE_STATUSES: Status[] = [
  no('PolicyEnabled'),
  { ...ok, join: 'drs' },
  { ...ok, join: 'domain', userContext: 'SYSTEM' },
  { ...ok, deviceAuth: 'disabled-or-deleted' },
  { ...ok, deviceAuth: 'error' },
  { ...ok, ngcSet: true, check: {}, values: {} },
  { ...ok, prt: 'no' },
  { ...ok, prtAgeHours: 30.5, prtUpdated: '2024-06-02 08:00:00.000 UTC' },
  no('IsUserAzureAD'),
  no('PostLogonEnabled'),
  no('DeviceEligible'),
  no('SessionIsNotRemote'),
  { ...no('AdfsRefreshToken'), values: { CertEnrollment: 'enrollment authority' } },
  no('OnPremTGT'),
  ok,
  { ...ok, check: { ...ok.check, PreReqResult: 'yes' } },
  { ...ok, check: {}, values: {} },
  // An administrator prompt whose first blocker is about the user.
  { ...no('PolicyEnabled'), userContext: 'ELEVATED User' },
];

/** Canned dsregcmd /status output for demos and tests: real-looking, with made-up names. */

const box = (title: string) => ['+----------------------------------------------------------------------+', `| ${title.padEnd(69)}|`, '+----------------------------------------------------------------------+', ''];
const lines = (rows: [string, string][]) => rows.map(([k, v]) => `${k.padStart(26)} : ${v}`);

/** An Entra joined laptop whose Windows Hello for Business policy is off (PolicyEnabled NO). */
export const SAMPLE_POLICY_OFF = [
  ...box('Device State'),
  ...lines([['AzureAdJoined', 'YES'], ['EnterpriseJoined', 'NO'], ['DomainJoined', 'NO'], ['Device Name', 'LAPTOP-7Q2K']]),
  '',
  ...box('Device Details'),
  ...lines([['DeviceId', '6f1c1a2e-3b0d-4f54-9a51-0e8d7c1b2a90'], ['TpmProtected', 'YES'], ['DeviceAuthStatus', 'SUCCESS']]),
  '',
  ...box('User State'),
  ...lines([['NgcSet', 'NO'], ['WorkplaceJoined', 'NO'], ['WamDefaultSet', 'YES']]),
  '',
  ...box('SSO State'),
  ...lines([['AzureAdPrt', 'YES'], ['AzureAdPrtUpdateTime', '2024-05-14 08:01:12.000 UTC'], ['EnterprisePrt', 'NO']]),
  '',
  ...box('Ngc Prerequisite Check'),
  ...lines([
    ['IsDeviceJoined', 'YES'],
    ['IsUserAzureAD', 'YES'],
    ['PolicyEnabled', 'NO'],
    ['PostLogonEnabled', 'YES'],
    ['DeviceEligible', 'YES'],
    ['SessionIsNotRemote', 'YES'],
    ['CertEnrollment', 'none'],
    ['PreReqResult', 'WillNotProvision'],
  ]),
  '',
].join('\n');

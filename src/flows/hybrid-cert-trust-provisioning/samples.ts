/** Canned evidence for demos and tests: real-looking, with made-up names. */

const UDR_HEADER = (id: number, level: string) =>
  [
    'Log Name:      Microsoft-Windows-User Device Registration/Admin',
    'Source:        Microsoft-Windows-User Device Registration',
    'Date:          3/4/2024 9:12:03 AM',
    `Event ID:      ${id}`,
    'Task Category: None',
    `Level:         ${level}`,
    'Keywords:',
    'User:          S-1-5-21-1004336348-1177238915-682003330-1104',
    'Computer:      PC0142.corp.contoso.com',
    'Description:',
  ].join('\n');

/** Event 360: the policy is not enabled and the user came in over Remote Desktop. */
export const SAMPLE_360 = [
  UDR_HEADER(360, 'Warning'),
  'Windows Hello for Business provisioning will not be launched.',
  'Device is AAD joined ( AADJ or DJ++ ): Yes',
  'User has logged on with AAD credentials: Yes',
  'Windows Hello for Business policy is enabled: No',
  'Windows Hello for Business post-logon provisioning is enabled: Yes',
  'Local computer meets Windows hello for business hardware requirements: Yes',
  'User is not connected to the machine via Remote Desktop: No',
  'User certificate for on premise auth policy is enabled: Yes',
  'Enterprise user logon certificate enrollment endpoint is ready: Not Tested',
  'Enterprise user logon certificate template is : Not Tested',
  'User has successfully authenticated to the enterprise STS: Not Tested',
  'Certificate enrollment method: enrollment authority',
  'See https://go.microsoft.com/fwlink/?linkid=832647 for more details.',
].join('\n');

/** Event 362: device authentication to AD FS failed while everything on the device passes. */
export const SAMPLE_362_STS = [
  UDR_HEADER(362, 'Warning'),
  'Windows Hello for Business provisioning will not be launched.',
  'Device is AAD joined ( AADJ or DJ++ ): Yes',
  'User has logged on with AAD credentials: Yes',
  'Windows Hello for Business policy is enabled: Yes',
  'Windows Hello for Business post-logon provisioning is enabled: Yes',
  'Local computer meets Windows hello for business hardware requirements: Yes',
  'User is not connected to the machine via Remote Desktop: Yes',
  'User certificate for on premise auth policy is enabled: Yes',
  'Enterprise user logon certificate enrollment endpoint is ready: Not Tested',
  'Enterprise user logon certificate template is : No ( 1 : StateNoPolicy )',
  'User has successfully authenticated to the enterprise STS: No',
  'Certificate enrollment method: enrollment authority',
  'See https://go.microsoft.com/fwlink/?linkid=832647 for more details.',
].join('\n');

/** Event 358: every prerequisite passed. */
export const SAMPLE_358 = [
  UDR_HEADER(358, 'Information'),
  'Windows Hello for Business provisioning will be launched.',
  'Device is AAD joined ( AADJ or DJ++ ): Yes',
  'User has logged on with AAD credentials: Yes',
  'Windows Hello for Business policy is enabled: Yes',
  'Windows Hello for Business post-logon provisioning is enabled: Yes',
  'Local computer meets Windows hello for business hardware requirements: Yes',
  'User is not connected to the machine via Remote Desktop: Yes',
  'User certificate for on premise auth policy is enabled: Yes',
  'Enterprise user logon certificate enrollment endpoint is ready: Yes',
  'Enterprise user logon certificate template is : Yes',
  'User has successfully authenticated to the enterprise STS: Yes',
  'Certificate enrollment method: enrollment authority',
  'See https://go.microsoft.com/fwlink/?linkid=832647 for more details.',
].join('\n');

/** Event 311: creating the key container failed. */
export const SAMPLE_311 = [
  UDR_HEADER(311, 'Error'),
  'An error occurred while creating the Windows Hello for Business (NGC) container. Error code: 0x80090030.',
].join('\n');

/** Event 358, then 300 and a later 301 for the same user. */
export const SAMPLE_301_300 = [
  SAMPLE_358,
  '',
  UDR_HEADER(300, 'Information'),
  'The Windows Hello for Business key was registered with Microsoft Entra ID.',
  '',
  UDR_HEADER(301, 'Error'),
  'The Windows Hello for Business key registration failed. Error code: 0x801c03ed.',
].join('\n');

/** dsregcmd /status on a computer that is in the domain but not registered with Entra ID. */
export const SAMPLE_DSREG_DOMAIN_ONLY = [
  '+----------------------------------------------------------------------+',
  '| Device State                                                         |',
  '+----------------------------------------------------------------------+',
  '',
  '             AzureAdJoined : NO',
  '          EnterpriseJoined : NO',
  '              DomainJoined : YES',
  '                DomainName : CORP',
  '               Device Name : PC0142.corp.contoso.com',
  '',
  '+----------------------------------------------------------------------+',
  '| Ngc Prerequisite Check                                               |',
  '+----------------------------------------------------------------------+',
  '',
  '            IsDeviceJoined : NO',
  '             IsUserAzureAD : NO',
  '             PolicyEnabled : YES',
  '          PostLogonEnabled : YES',
  '            DeviceEligible : YES',
  '        SessionIsNotRemote : YES',
  '            CertEnrollment : enrollment authority',
  '          AdfsRefreshToken : NO',
  '             AdfsRaIsReady : NO',
  '    LogonCertTemplateReady : NO ( StateNoPolicy )',
  '              PreReqResult : WillNotProvision',
].join('\n');

/** dsregcmd /status on a hybrid joined computer where the user already has a Windows Hello key. */
export const SAMPLE_DSREG_PROVISIONED = [
  '+----------------------------------------------------------------------+',
  '| Device State                                                         |',
  '+----------------------------------------------------------------------+',
  '',
  '             AzureAdJoined : YES',
  '          EnterpriseJoined : NO',
  '              DomainJoined : YES',
  '                DomainName : CORP',
  '',
  '+----------------------------------------------------------------------+',
  '| User State                                                           |',
  '+----------------------------------------------------------------------+',
  '',
  '                    NgcSet : YES',
  '                  NgcKeyId : {5B1F3D07-2C5A-4E0B-9E61-0C8F4A1D2B7E}',
  '                  CanReset : DestructiveAndNonDestructive',
  '            WorkplaceJoined : NO',
].join('\n');

/** `ver` on two AD FS servers of one farm, one of them not yet updated. */
export const SAMPLE_ADFS_VER = [
  'PS C:\\> Invoke-Command -ComputerName ADFS01,ADFS02 { cmd /c ver }',
  '',
  'Microsoft Windows [Version 10.0.14393.2155]',
  '',
  'Microsoft Windows [Version 10.0.14393.2125]',
].join('\n');

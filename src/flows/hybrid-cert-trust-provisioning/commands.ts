/** Commands and places the steps point to. Static strings, shared by content and tests. */

export const UDR_LOG_PATH = 'Event Viewer > Applications and Services Logs > Microsoft > Windows > User Device Registration > Admin';

/** Prints the provisioning events in the "Copy details as text" layout the app reads. */
export const UDR_EVENTS_COMMAND = [
  "Get-WinEvent -LogName 'Microsoft-Windows-User Device Registration/Admin' -MaxEvents 50 |",
  '  Where-Object { $_.Id -in 300,301,311,358,360,362,363 } |',
  '  ForEach-Object { "Log Name: $($_.LogName)`nSource: $($_.ProviderName)`nDate: $($_.TimeCreated)`nEvent ID: $($_.Id)`nDescription:`n$($_.Message)`n" }',
].join('\n');

export const DSREGCMD = 'dsregcmd /status';
export const GET_TPM = 'Get-Tpm';
export const REQUIRE_DEVICE_QUERY = 'reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\PassportForWork /v RequireSecurityDevice';
export const PIN_RULES_QUERY = 'reg query HKLM\\SOFTWARE\\Policies\\Microsoft\\PassportForWork\\PINComplexity';
export const USER_CERTS = 'certutil -user -store my';
export const CA_TEMPLATES = 'certutil -CATemplates';
export const ADFS_CA_SETTINGS = 'Get-AdfsCertificateAuthority';
export const WINHTTP_PROXY = 'netsh winhttp show proxy';
export const RESTART_ADFS = 'Restart-Service adfssrv';
export const SET_ADFS_CA =
  'Set-AdfsCertificateAuthority -EnrollmentAgent -EnrollmentAgentCertificateTemplate WHFBEnrollmentAgent -WindowsHelloCertificateTemplate WHFBAuthentication';

/** Commands this flow shows. Pure. */

/** Lists every DC in the current domain with its full build, one "NAME build" line each (needs WinRM to the DCs). */
export const DC_BUILDS_SCRIPT = [
  'Get-ADDomainController -Filter * | ForEach-Object {',
  "  $v = Invoke-Command -ComputerName $_.HostName -ScriptBlock { Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' }",
  "  '{0} {1}.{2}' -f $_.Name, $v.CurrentBuild, $v.UBR",
  '}',
].join('\n');

export const DC_LIST = 'Get-ADDomainController -Filter * | Select-Object Name, OperatingSystem, OperatingSystemVersion';

export const TRACE_START = 'netsh trace start capture=yes tracefile=C:\\Temp\\hello-signin.etl maxsize=512';
export const TRACE_STOP = 'netsh trace stop';

/** Wireshark display filters: all Kerberos, or only error 75. */
export const WIRESHARK_FILTER = 'kerberos';
export const WIRESHARK_ERROR_FILTER = 'kerberos.error_code == 75';

/** Canned evidence for demos and tests (command output, not words). */

/** dsregcmd /status on a hybrid joined device with cloud Kerberos trust and no partial TGT. */
export const DSREG_SAMPLE = [
  '+----------------------------------------------------------------------+',
  '| Device State                                                         |',
  '+----------------------------------------------------------------------+',
  '',
  '             AzureAdJoined : YES',
  '          EnterpriseJoined : NO',
  '              DomainJoined : YES',
  '                DomainName : CONTOSO',
  '',
  '+----------------------------------------------------------------------+',
  '| Ngc Prerequisite Check                                               |',
  '+----------------------------------------------------------------------+',
  '',
  '            IsDeviceJoined : YES',
  '             IsUserAzureAD : YES',
  '             PolicyEnabled : YES',
  '          PostLogonEnabled : YES',
  '            DeviceEligible : YES',
  '        SessionIsNotRemote : YES',
  '            CertEnrollment : none',
  '                 OnPremTGT : NO',
  '              PreReqResult : WillNotProvision',
].join('\n');

/** Get-AzureADKerberosServer output for ad.contoso.com whose two key versions differ. */
export const SERVER_SAMPLE = [
  'Id                 : 25741',
  'UserAccount        : CN=krbtgt_AzureAD,CN=Users,DC=ad,DC=contoso,DC=com',
  'ComputerAccount    : CN=AzureADKerberos,OU=Domain Controllers,DC=ad,DC=contoso,DC=com',
  'DisplayName        : krbtgt_25741',
  'DomainDnsName      : ad.contoso.com',
  'KeyVersion         : 212621',
  'KeyUpdatedOn       : 11/2/2024 2:40:51 PM',
  'KeyUpdatedFrom     : DC02.ad.contoso.com',
  'CloudDisplayName   : krbtgt_25741',
  'CloudDomainDnsName : ad.contoso.com',
  'CloudId            : 25741',
  'CloudKeyVersion    : 192272',
  'CloudKeyUpdatedOn  : 2/24/2024 9:03:15 AM',
  'CloudTrustDisplay  :',
].join('\n');

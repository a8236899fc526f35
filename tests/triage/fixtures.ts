/** Small, realistic pastes of each kind of evidence (facts from the seeds). */

export const UDR_362_STS_NO = `Log Name:      Microsoft-Windows-User Device Registration/Admin
Source:        Microsoft-Windows-User Device Registration
Date:          3/12/2024 9:14:02 AM
Event ID:      362
Task Category: None
Level:         Warning
Keywords:
User:          S-1-5-21-1004336348-1177238915-682003330-1104
Computer:      PC-0147.corp.contoso.com
Description:
Windows Hello for Business provisioning will not be launched.
Device is AAD joined ( AADJ or DJ++ ): Yes
User has logged on with AAD credentials: Yes
Windows Hello for Business policy is enabled: Yes
Windows Hello for Business post-logon provisioning is enabled: Yes
Local computer meets Windows hello for business hardware requirements: Yes
User is not connected to the machine via Remote Desktop: Yes
User certificate for on premise auth policy is enabled: Yes
Enterprise user logon certificate enrollment endpoint is ready: Not Tested
Enterprise user logon certificate template is : No ( 1 : StateNoPolicy )
User has successfully authenticated to the enterprise STS: No
Certificate enrollment method: enrollment authority
See https://go.microsoft.com/fwlink/?linkid=832647 for more details.`;

export const UDR_360 = `Log Name:      Microsoft-Windows-User Device Registration/Admin
Source:        Microsoft-Windows-User Device Registration
Event ID:      360
Level:         Warning
Computer:      PC-0212.corp.contoso.com
Description:
Windows Hello for Business provisioning will not be launched.
Device is AAD joined ( AADJ or DJ++ ): Yes
User has logged on with AAD credentials: Yes
Windows Hello for Business policy is enabled: No ( 1 : StateNoPolicy )
Local computer meets Windows hello for business hardware requirements: Yes
User is not connected to the machine via Remote Desktop: Yes
See https://go.microsoft.com/fwlink/?linkid=832647 for more details.`;

export const ADFS_1021 = `Log Name:      AD FS/Admin
Source:        AD FS
Event ID:      1021
Level:         Error
Keywords:      AD FS
User:          CONTOSO\\svc-adfs
Computer:      ADFS01.corp.contoso.com
Description:
Encountered error during OAuth token request.
Additional Data
Exception details:
Microsoft.IdentityServer.Web.Protocols.OAuth.Exceptions.OAuthUnauthorizedClientException: MSIS9368: Received invalid OAuth request. The client '38aa3b87-a06d-4817-b275-7a316988d93b' is forbidden to access the resource 'http://schemas.microsoft.com/ws/2009/12/identityserver/selfscope' with scope 'ugs'.
       at Microsoft.IdentityServer.Web.Protocols.OAuth.OAuthProtocolContext.ValidateScopes(String scopeParameter, String clientId, String relyingPartyId)`;

export const KERBEROS_107 = `Log Name:      Microsoft-Windows-Kerberos/Operational
Source:        Microsoft-Windows-Security-Kerberos
Event ID:      107
GUID:          {98e6cfcb-ee0a-41e0-a57b-622d4e1b30b1}
Task Category: None
Level:         Error
User:          SYSTEM
Description:

The Kerberos client received a KDC certificate that does not have a matched domain name.
Expected Domain Name: ad.contoso.com
Error Code: 0xC000006D`;

export const KDC_TRACE = `No.  Time      Source       Destination  Protocol Info
 412 3.201554  10.0.4.20    10.0.0.10    KRB5     AS-REQ
 415 3.204101  10.0.0.10    10.0.4.20    KRB5     KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH`;

export const DC_BUILDS_KEY_DELETION = `Name  OperatingSystem                      Build
----  ---------------                      -----
DC1   Windows Server 2019 Datacenter       17763.1613
DC2   Windows Server 2016 Standard         14393.4104`;

export const DC_BUILD_EARLY_2019 = 'Microsoft Windows [Version 10.0.17763.253]';

export const KEYCRED_EMPTY = `PS C:\\> Get-ADUser jdoe -Properties msDS-KeyCredentialLink

DistinguishedName      : CN=Jane Doe,OU=Staff,DC=corp,DC=contoso,DC=com
Enabled                : True
msDS-KeyCredentialLink : {}
Name                   : Jane Doe
SamAccountName         : jdoe`;

export const DC_CERT = `Subject                     : CN=dc1.ad.contoso.com
Issuer                      : CN=Fabrikam Issuing CA 1, O=Fabrikam PKI, C=US
DnsNameList                 : {dc1.ad.contoso.com}
EnhancedKeyUsageList        : {Client Authentication (1.3.6.1.5.5.7.3.2), Server Authentication (1.3.6.1.5.5.7.3.1)}`;

export const PIN_RESET_ERROR = `We can't open that page right now.
https://fs.contoso.com/adfs/ls/?client-request-id=6f1c2a7e-0d3b-4f57-9c1a-2f6b8d4e1a90&wa=wsignin1.0`;

export const SIGN_IN_ERROR = 'That option is temporarily unavailable. For now, please use a different method to sign in.';

export const DSREGCMD_CERT_TRUST_NO_ADFS = `+----------------------------------------------------------------------+
| Device State                                                         |
+----------------------------------------------------------------------+

             AzureAdJoined : YES
          EnterpriseJoined : NO
              DomainJoined : YES
                DomainName : CONTOSO

+----------------------------------------------------------------------+
| Ngc Prerequisite Check                                               |
+----------------------------------------------------------------------+

            IsDeviceJoined : YES
             IsUserAzureAD : YES
             PolicyEnabled : YES
          PostLogonEnabled : YES
            DeviceEligible : YES
        SessionIsNotRemote : YES
            CertEnrollment : enrollment authority
          AdfsRefreshToken : NO
             AdfsRaIsReady : YES
    LogonCertTemplateReady : YES ( StateReady )
              PreReqResult : WillNotProvision`;

/**
 * The commands this flow fills with the case's values, each value quoted by ../shared/quote.ts. Commands are not
 * words: the words (words.yaml) show them through `{placeholders}` named in logic.ts.
 */
import { cmdWord, psLiteral } from '../shared/quote';
import type { CloudKerberosTrustContext as C } from './machine';

/** `$domain = '<domain>'`: the case's domain as a PowerShell literal, or the signed-in user's domain. */
const psDomain = (c: C) => `$domain = ${c.domain ? psLiteral(c.domain) : '$env:USERDNSDOMAIN'}`;
/** The server PowerShell's AD cmdlets talk to: the typed DC, else the domain. */
const psServer = (c: C) => (c.dcName ? psLiteral(c.dcName) : c.domain ? psLiteral(c.domain) : '$env:USERDNSDOMAIN');
const domainWord = (c: C) => cmdWord(c.domain, '<domain>');

const UPN_LINE = "$userPrincipalName = '<UPN of a Hybrid Identity Administrator>'";

/** Where the Intune cloud trust setting lands on the device (PassportForWork CSP, a device policy). */
export const CLOUD_TRUST_OMA_URI = './Device/Vendor/MSFT/PassportForWork/{TenantId}/Policies/UseCloudTrustForOnPremAuth';

export const getServerScript = (c: C) =>
  [psDomain(c), UPN_LINE, 'Get-AzureADKerberosServer -Domain $domain -UserPrincipalName $userPrincipalName -DomainCredential (Get-Credential)'].join('\n');

export const createServerScript = (c: C) =>
  [psDomain(c), UPN_LINE, '$domainCred = Get-Credential', 'Set-AzureADKerberosServer -Domain $domain -UserPrincipalName $userPrincipalName -DomainCredential $domainCred'].join('\n');

export const rotateKeyScript = (c: C) =>
  [psDomain(c), '$cloudCred = Get-Credential', '$domainCred = Get-Credential', 'Set-AzureADKerberosServer -Domain $domain -CloudCredential $cloudCred -DomainCredential $domainCred -RotateServerKey'].join('\n');

export const writableDcCommand = (c: C) => `nltest /dsgetdc:${domainWord(c)} /writable`;
export const keylistCommand = (c: C) => `nltest /dsgetdc:${domainWord(c)} /keylist /kdc`;

export const revealPolicyScript = (c: C) =>
  `Get-ADComputer -Identity 'AzureADKerberos' -Server ${psServer(c)} -Properties msDS-NeverRevealGroup, msDS-RevealOnDemandGroup | Format-List msDS-NeverRevealGroup, msDS-RevealOnDemandGroup`;

export const dcListScript = (c: C) => `Get-ADDomainController -Filter * -Server ${psServer(c)} | Format-Table Name, Site, IsReadOnly, OperatingSystem, OperatingSystemVersion`;

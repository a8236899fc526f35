/**
 * The contract between the evidence analyzers and the rest of the app.
 * Analyzers turn pasted text into typed findings (facts only: evidence knows no flow);
 * flows route on `facts` and declare in their own `matches.ts` which findings point to them;
 * screens show `rows`.
 */

export type Mark = 'pass' | 'fail' | 'warn' | 'info';

/** One row of a small display table. */
export interface FactRow {
  label: string;
  value: string;
  mark?: Mark;
}

// ---------------------------------------------------------------- dsregcmd

export type JoinType = 'entra' | 'hybrid' | 'domain' | 'drs' | 'none' | 'unknown';

export interface PrereqCheck {
  /** Key as printed, e.g. "PolicyEnabled". */
  key: string;
  /** Value as printed, e.g. "NO". */
  value: string;
  /** true for YES, false for NO, null when the value is not a yes/no answer. */
  ok: boolean | null;
}

/**
 * A field as the paste shows it: yes / no, another value ('other', e.g. CertEnrollment's
 * "enrollment authority"), or 'not-shown' when the line is missing (older builds print fewer fields).
 * PreReqResult maps WillProvision → yes, WillNotProvision → no. `value` is the text as printed.
 */
export interface ShownField {
  state: 'yes' | 'no' | 'other' | 'not-shown';
  value?: string;
}

/** Fields outside the prerequisite check. OnPremTgt / CloudTgt here are the SSO State tickets. */
export const DSREG_FIELDS = ['AzureAdJoined', 'EnterpriseJoined', 'DomainJoined', 'DeviceAuthStatus', 'AzureAdPrt', 'AzureAdPrtUpdateTime', 'OnPremTgt', 'CloudTgt'] as const;
export type DsregField = (typeof DSREG_FIELDS)[number];

/** The Ngc Prerequisite Check fields. OnPremTGT was named CloudTGT before Windows 11 23H2. */
export const NGC_FIELDS = [
  'IsDeviceJoined',
  'IsUserAzureAD',
  'PolicyEnabled',
  'PostLogonEnabled',
  'DeviceEligible',
  'SessionIsNotRemote',
  'CertEnrollment',
  'AdfsRefreshToken',
  'AdfsRaIsReady',
  'LogonCertTemplateReady',
  'PreReqResult',
  'OnPremTGT',
  'CloudTGT',
] as const;
export type NgcField = (typeof NGC_FIELDS)[number];

export interface DsregcmdFacts {
  joinType: JoinType;
  azureAdJoined?: boolean;
  enterpriseJoined?: boolean;
  domainJoined?: boolean;
  deviceId?: string;
  tenantId?: string;
  tenantName?: string;
  domainName?: string;
  ngcSet?: boolean;
  ngcKeyId?: string;
  canReset?: string;
  azureAdPrt?: boolean;
  workplaceJoined?: boolean;
  /** The Ngc Prerequisite Check lines, in the order printed. */
  prereqs: PrereqCheck[];
  /** Keys of prerequisite lines that answered NO. */
  failingPrereqs: string[];
  preReqResult?: 'WillProvision' | 'WillNotProvision';
  certEnrollment?: string;
  /** AdfsRefreshToken from the prerequisite check (certificate trust: device authenticated to AD FS). */
  adfsRefreshToken?: boolean;
  deviceName?: string;
  tpmProtected?: boolean;
  enterprisePrt?: boolean;
  onPremTgt?: boolean;
  cloudTgt?: boolean;
  /** DeviceAuthStatus (Windows 10 21H1 and later): SUCCESS, "FAILED. Device is either disabled or deleted", "FAILED. ERROR". */
  deviceAuthStatus?: 'success' | 'disabled-or-deleted' | 'error' | 'other';
  /** AzureAdPrtUpdateTime as ISO 8601 UTC, e.g. '2020-07-12T22:57:53.000Z'. */
  azureAdPrtUpdateTime?: string;
  /** The output's own "now": Diagnostic Data "Client Time" (shown by some builds), ISO 8601 UTC. */
  clientTime?: string;
  /** Hours from AzureAdPrtUpdateTime to Client Time (one decimal), when the paste shows both. */
  prtAgeHours?: number;
  /** Diagnostic Data "User Context": SYSTEM, UN-ELEVATED User or ELEVATED User (elevated = admin prompt). */
  userContext?: string;
  /** Diagnostic Data "Executing Account Name" (newer builds): whose user state, SSO state and prerequisites these are. */
  executingAccount?: string;
  /** Join state, device and SSO fields the provisioning checks read; 'not-shown' when the paste lacks them. */
  fields: Record<DsregField, ShownField>;
  /** Each Ngc Prerequisite Check field, 'not-shown' when the paste lacks it (older builds, or already provisioned). */
  ngc: Record<NgcField, ShownField>;
  /** 'sectioned' for the +---+ | Section | layout, 'flat' for the older Key: value layout. */
  format: 'sectioned' | 'flat';
}

// ---------------------------------------------------- User Device Registration

export type UdrCheckKey =
  | 'deviceJoined'
  | 'userCredentials'
  | 'policyEnabled'
  | 'postLogonEnabled'
  | 'hardware'
  | 'notRemote'
  | 'certForOnPremPolicy'
  | 'enrollmentEndpointReady'
  | 'logonCertTemplate'
  | 'stsAuthenticated'
  | 'cloudTrustPolicy'
  | 'cloudTgt'
  | 'other';

export type UdrResult = 'yes' | 'no' | 'not-tested' | 'other';

export interface UdrCheck {
  key: UdrCheckKey;
  /** The question part of the line, before the answer. */
  text: string;
  result: UdrResult;
  /** Anything after the answer, e.g. "( 1 : StateNoPolicy )", or the whole answer when result is 'other'. */
  detail?: string;
}

export interface UdrEventFacts {
  eventId: number;
  /** Plain-English meaning of the event id. */
  meaning: string;
  /** 358 → true, 360/362 → false; undefined for other events. */
  launched?: boolean;
  checks: UdrCheck[];
  /** Keys of checks that answered No. */
  failing: UdrCheckKey[];
  stsAuthenticated?: 'yes' | 'no' | 'not-tested';
  certEnrollmentMethod?: string;
  /** true when the paste had no Event ID and the id was read from the description. */
  eventIdInferred?: boolean;
  /** The Computer: field, when the paste has the event header. */
  computer?: string;
}

// ------------------------------------------------------------ Kerberos 107

export interface Kerberos107Facts {
  expectedDomain?: string;
  errorCode?: string;
  /** true when the error code is 0xC000006D (STATUS_LOGON_FAILURE). */
  logonFailure: boolean;
}

// ------------------------------------------------------ KDC name mismatch

export interface KdcNameMismatchFacts {
  occurrences: number;
  /** 'name' when KDC_ERR_CLIENT_NAME_MISMATCH was seen, 'code' when only error 75 / 0x4B was. */
  via: 'name' | 'code';
}

// ---------------------------------------------------------- AD FS 1021

export interface Adfs1021Facts {
  eventId?: number;
  msis?: string;
  clientId?: string;
  resource?: string;
  scope?: string;
  isUgsScopeIssue: boolean;
}

// ------------------------------------------------------------- OS builds

export type BuildSource =
  | 'ver'
  | 'winver'
  | 'registry'
  | 'computerinfo'
  | 'table'
  | 'bare'
  | 'systeminfo'
  | 'version-object';

export interface MachineBuild {
  name?: string;
  /** Build number, e.g. 17763. */
  major: number;
  /** Update build revision (UBR), e.g. 1613; null when the paste doesn't show it (or shows 0). */
  revision: number | null;
  /** '17763.1613', or '17763' when the revision is unknown. */
  build: string;
  /** The OS the paste names for it (e.g. 'Windows 10'), else the Windows Server release its build number is. */
  os?: 'Windows Server 2016' | 'Windows Server 2019' | (string & {});
  source: BuildSource;
}

export interface OsBuildsFacts {
  machines: MachineBuild[];
  /** true when at least one machine's revision could not be read. */
  revisionUnknown: boolean;
  howToReadRevision?: string;
}

// ------------------------------------------------- msDS-KeyCredentialLink

export interface KeyCredentialLinkFacts {
  user?: string;
  keyCount: number;
  empty: boolean;
  /** Each value as printed (possibly truncated by PowerShell). */
  entries: string[];
  /** true when PowerShell cut the list short with '...', so keyCount is a lower bound. */
  truncated?: boolean;
}

// ------------------------------------------------------------ certificate

export interface Eku {
  oid: string;
  name: string;
}

export interface CertificateFacts {
  /** The subject's CN (or the whole subject when it has no CN). */
  subject?: string;
  /** The full subject distinguished name, e.g. "CN=DC1, OU=Domain Controllers, DC=ad, DC=contoso, DC=com". */
  subjectDn?: string;
  issuer?: string;
  /** DNS names from the subject alternative name, lowercased. */
  sanDns: string[];
  ekus: Eku[];
  hasKdcAuthEku: boolean;
  hasClientAuthEku: boolean;
  hasServerAuthEku: boolean;
  /** Domain read from the subject's DC= parts, e.g. "ad.contoso.com". */
  inferredDomain?: string;
}

export interface DcCertificateCheck {
  /** The subject contains the DC's distinguished name. */
  subjectRule: boolean;
  /** The SAN has the DC's FQDN, the domain FQDN and the NetBIOS name. */
  sanRule: boolean;
  /** SAN DNS names the SAN rule still needs. */
  missing: string[];
  kdcEku: boolean;
  ok: boolean;
}

// --------------------------------------------------------- PIN reset

export interface PinResetErrorFacts {
  /** Host names read from URLs on the error screen, lowercased, deduplicated. */
  hosts: string[];
  /** true when "We can't open that page right now" was seen. */
  sawMessage: boolean;
  /** true when the blocked host is login.microsoftonline.us (Azure US Government). */
  usGovCloud?: boolean;
}

// ---------------------------------------------------------- sign-in error

export interface SignInErrorFacts {
  message: 'temporarily-unavailable';
}

// ------------------------------------------------------------ error codes

/** HRESULT / NTSTATUS families: win32 0x8007, crypto 0x8009 (NTE_), dsreg 0x801C, tpm 0x8028-0x8029, ntstatus 0xC000, adal 0xCAA. */
export type ErrorCodeFamily = 'win32' | 'crypto' | 'dsreg' | 'tpm' | 'ntstatus' | 'adal';

export type ErrorCodeShape = 'hex' | 'bare-hex' | 'signed-decimal' | 'unsigned-decimal';

export interface FoundErrorCode {
  /** Normalised: '0x' + eight upper-case hex digits, e.g. '0x801C03ED'. */
  code: string;
  family: ErrorCodeFamily;
  /** The first occurrence as printed, e.g. '-2145647635'. */
  printed: string;
  shape: ErrorCodeShape;
  /** Occurrences in the paste, in any shape. */
  count: number;
  /** The key the first occurrence is the value of, e.g. 'Client ErrorCode', 'Attempt Status'. */
  label?: string;
}

export interface ErrorCodeFacts {
  /** Distinct codes in paste order (at most 50). */
  codes: FoundErrorCode[];
}

// --------------------------------------------------------------- NTAuth

export interface NtAuthCa {
  /** SHA-1 thumbprint, 40 upper-case hex digits (certutil's Cert Hash(sha1), or the registry subkey name). */
  thumbprint?: string;
  /** Subject DN as printed (certutil only). */
  subject?: string;
  issuer?: string;
  serial?: string;
  notBefore?: string;
  notAfter?: string;
}

export interface NtAuthFacts {
  /** 'certutil' for a certutil store listing, 'registry' for the NTAuth\Certificates registry listing. */
  source: 'certutil' | 'registry';
  /** The CAs listed, in paste order, without duplicates. */
  cas: NtAuthCa[];
}

// ------------------------------------------------- Entra Kerberos server

export interface KerberosServerDomain {
  /** DomainDnsName (or CloudDomainDnsName when only that is shown). */
  domain?: string;
  id?: string;
  cloudId?: string;
  keyVersion?: string;
  cloudKeyVersion?: string;
  keyUpdatedOn?: string;
  keyUpdatedFrom?: string;
  cloudKeyUpdatedOn?: string;
  userAccount?: string;
  computerAccount?: string;
  cloudDomainDnsName?: string;
  /** The object exists in Active Directory (Id, UserAccount or ComputerAccount shown with a value). */
  presentOnPrem: boolean;
  /** The object is published to Microsoft Entra ID (CloudId or CloudKeyVersion shown with a value). */
  presentInCloud: boolean;
  /** KeyVersion equals CloudKeyVersion; null when either is missing. */
  keyVersionMatches: boolean | null;
  /** Id equals CloudId; null when either is missing. */
  idMatches: boolean | null;
}

export interface KerberosServerFacts {
  /** One entry per Get-AzureADKerberosServer object (one per domain), in paste order. */
  domains: KerberosServerDomain[];
}

// --------------------------------------------------------------- findings

export interface FactsByKind {
  dsregcmd: DsregcmdFacts;
  'udr-event': UdrEventFacts;
  'kerberos-107': Kerberos107Facts;
  'kdc-name-mismatch': KdcNameMismatchFacts;
  'adfs-1021': Adfs1021Facts;
  'os-builds': OsBuildsFacts;
  'key-credential-link': KeyCredentialLinkFacts;
  certificate: CertificateFacts;
  'pin-reset-error': PinResetErrorFacts;
  'sign-in-error': SignInErrorFacts;
  'error-code': ErrorCodeFacts;
  ntauth: NtAuthFacts;
  'kerberos-server': KerberosServerFacts;
}

export type FindingKind = keyof FactsByKind;

export interface Finding<K extends FindingKind = FindingKind> {
  kind: K;
  /** One line, plain English. */
  summary: string;
  /** Typed, structured facts. */
  facts: FactsByKind[K];
  /** The same facts as display rows with pass/fail marks. */
  rows: FactRow[];
}

export type AnyFinding = { [K in FindingKind]: Finding<K> }[FindingKind];

export const FINDING_KINDS: readonly FindingKind[] = [
  'dsregcmd',
  'udr-event',
  'kerberos-107',
  'kdc-name-mismatch',
  'adfs-1021',
  'os-builds',
  'key-credential-link',
  'certificate',
  'pin-reset-error',
  'sign-in-error',
  'error-code',
  'ntauth',
  'kerberos-server',
];

/**
 * The contract between the evidence analyzers and the rest of the app.
 * Analyzers turn pasted text into typed findings (facts only: evidence knows no flow);
 * flows route on `facts` and declare in their own `matches.ts` which findings point to them;
 * screens show `rows`.
 */

/**
 * @deprecated Legacy: only os-builds.ts still sets `suggests` (another change is editing that
 * file); triage ignores it. Remove with `Finding.suggests` once os-builds.ts drops it.
 */
export type FlowId = string;

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

export interface BuildVerdict {
  status: 'affected' | 'fixed' | 'not-affected' | 'unknown';
  fixBuild?: string;
  kb?: string;
  note: string;
}

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
  os?: 'Windows Server 2016' | 'Windows Server 2019' | (string & {});
  source: BuildSource;
  keyDeletion: BuildVerdict;
  nameMismatch: BuildVerdict;
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
  /** @deprecated Ignored: flows declare what points to them (src/flows/<id>/matches.ts). */
  suggests?: readonly FlowId[];
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
];

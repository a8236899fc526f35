/**
 * What a dsregcmd /status paste says about why Windows Hello for Business setup does not start,
 * boiled down to plain JSON (the EVIDENCE_READ payload, stored and replayed with the case), and the
 * rules that name the first blocker. The machine's guards call these rules; the words for each blocker are in
 * words.yaml (blockers.ts). Pure: no React, no I/O.
 */
import type { AnyFinding, DsregcmdFacts, JoinType } from '../../evidence/types';
import { findingOf } from '../shared/findings';

/** A line as the paste shows it; 'not-shown' when the line is missing (older builds), never NO. */
export type Shown = 'yes' | 'no' | 'other' | 'not-shown';

/** The Ngc Prerequisite Check lines this flow reads, in the order dsregcmd prints them. */
export const CHECK_LINES = [
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
  'OnPremTGT',
  'CloudTGT',
  'PreReqResult',
] as const;
export type CheckLine = (typeof CHECK_LINES)[number];

/** The payload of EVIDENCE_READ. */
export interface Status {
  join: JoinType;
  /** DeviceAuthStatus: 'success', 'disabled-or-deleted', 'error', 'other', or null when not shown (before 21H1). */
  deviceAuth: string | null;
  /** AzureAdPrt. */
  prt: Shown;
  /** AzureAdPrtUpdateTime as printed, when shown. */
  prtUpdated: string | null;
  /** Hours since the PRT was last updated, measured against the paste's own Client Time; null when unknown. */
  prtAgeHours: number | null;
  /** User State NgcSet: a Windows Hello key already exists for the user in that prompt. */
  ngcSet: boolean | null;
  /** Each Ngc Prerequisite Check line ('not-shown' when missing) and its value as printed. */
  check: Partial<Record<CheckLine, Shown>>;
  values: Partial<Record<CheckLine, string>>;
  /** Diagnostic Data "User Context" (SYSTEM / ELEVATED User = admin prompt), when shown. */
  userContext: string | null;
}

/** Windows renews the primary refresh token every four hours while the user works; older means it is not renewing. */
export const PRT_STALE_HOURS = 4;

export type Blocker =
  | 'not-joined'
  | 'on-prem-drs'
  | 'device-disabled'
  | 'device-auth-error'
  | 'no-prt'
  | 'prt-stale'
  | 'user-not-entra'
  | 'policy'
  | 'post-logon'
  | 'hardware'
  | 'remote'
  | 'cert-trust'
  | 'cloud-tgt'
  | 'will-not-provision'
  | 'will-provision'
  | 'provisioned'
  | 'no-check';

/** Blockers about the device itself: the same whoever ran dsregcmd. */
export const DEVICE_BLOCKERS: ReadonlySet<Blocker> = new Set<Blocker>(['not-joined', 'on-prem-drs', 'device-disabled', 'device-auth-error']);

const SHOWN = new Set<string>(['yes', 'no', 'other', 'not-shown']);
const JOINS = new Set<string>(['entra', 'hybrid', 'domain', 'drs', 'none', 'unknown']);

function shown(v: unknown): Shown {
  return typeof v === 'string' && SHOWN.has(v) ? (v as Shown) : 'not-shown';
}

/** NO, also "NO ( StateNotReady )"-style values the analyzer keeps as 'other'. */
function isNo(s: Status, line: CheckLine): boolean {
  const state = shown(s.check?.[line]);
  if (state === 'no') return true;
  const v = s.values?.[line];
  return state === 'other' && typeof v === 'string' && /^\s*no\b/i.test(v);
}

/** Whether the output came from an administrator (elevated) or SYSTEM prompt, so its user lines are not the user's. */
export function fromAdminPrompt(s: Status | null | undefined): boolean {
  const c = s?.userContext;
  return typeof c === 'string' && /^\s*(system|elevated)/i.test(c);
}

/**
 * The first reason setup will not start, in the order Windows needs things: the join, the device's
 * health in Entra ID, the user's primary refresh token, then each prerequisite line as printed.
 * Anything odd (a tampered or empty payload) reads as 'no-check'.
 */
export function firstBlocker(s: Status | null | undefined): Blocker {
  if (!s || typeof s !== 'object') return 'no-check';
  const join = typeof s.join === 'string' && JOINS.has(s.join) ? s.join : 'unknown';
  if (join === 'drs') return 'on-prem-drs';
  if (join === 'domain' || join === 'none' || isNo(s, 'IsDeviceJoined')) return 'not-joined';
  if (s.deviceAuth === 'disabled-or-deleted') return 'device-disabled';
  if (s.deviceAuth === 'error') return 'device-auth-error';
  const prereqShown = shown(s.check?.PreReqResult) !== 'not-shown';
  if (s.ngcSet === true && !prereqShown) return 'provisioned';
  if (shown(s.prt) === 'no') return 'no-prt';
  if (typeof s.prtAgeHours === 'number' && Number.isFinite(s.prtAgeHours) && s.prtAgeHours > PRT_STALE_HOURS) return 'prt-stale';
  if (isNo(s, 'IsUserAzureAD')) return 'user-not-entra';
  if (isNo(s, 'PolicyEnabled')) return 'policy';
  if (isNo(s, 'PostLogonEnabled')) return 'post-logon';
  if (isNo(s, 'DeviceEligible')) return 'hardware';
  if (isNo(s, 'SessionIsNotRemote')) return 'remote';
  if (isNo(s, 'AdfsRefreshToken') || isNo(s, 'AdfsRaIsReady') || isNo(s, 'LogonCertTemplateReady')) return 'cert-trust';
  if (isNo(s, 'OnPremTGT') || isNo(s, 'CloudTGT')) return 'cloud-tgt';
  const result = shown(s.check?.PreReqResult);
  if (result === 'no') return 'will-not-provision';
  if (result === 'yes') return 'will-provision';
  return 'no-check';
}

/** Boils an analysed paste down to a Status; undefined without dsregcmd output. */
export function statusOf(findings: readonly AnyFinding[]): Status | undefined {
  const f = findingOf(findings, 'dsregcmd');
  return f ? statusOfFacts(f.facts) : undefined;
}

/** The Status of one dsregcmd paste's facts. */
export function statusOfFacts(d: DsregcmdFacts): Status {
  const check: Partial<Record<CheckLine, Shown>> = {};
  const values: Partial<Record<CheckLine, string>> = {};
  for (const line of CHECK_LINES) {
    const field = d.ngc?.[line];
    check[line] = shown(field?.state);
    if (field?.value !== undefined) values[line] = field.value.slice(0, 80);
  }
  return {
    join: d.joinType,
    deviceAuth: d.deviceAuthStatus ?? null,
    prt: shown(d.fields?.AzureAdPrt?.state),
    prtUpdated: d.fields?.AzureAdPrtUpdateTime?.value?.slice(0, 40) ?? null,
    prtAgeHours: typeof d.prtAgeHours === 'number' ? d.prtAgeHours : null,
    ngcSet: d.ngcSet ?? null,
    check,
    values,
    userContext: d.userContext?.slice(0, 40) ?? null,
  };
}

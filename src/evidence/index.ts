/**
 * Pasted text → typed findings. Pure: no React, no DOM. `analyzeEvidence` never throws.
 */
import { analyzeAdfs1021 } from './adfs-1021.ts';
import { analyzeCertificates } from './certificate.ts';
import { analyzeDsregcmd } from './dsregcmd.ts';
import { analyzeErrorCodes } from './error-codes.ts';
import { analyzeKdcNameMismatch } from './kdc-name-mismatch.ts';
import { analyzeKerberos107 } from './kerberos-107.ts';
import { analyzeKerberosServer } from './kerberos-server.ts';
import { analyzeKeyCredentialLink } from './key-credential-link.ts';
import { analyzeNtAuth } from './ntauth.ts';
import { analyzeOsBuilds } from './os-builds.ts';
import { analyzePinResetError } from './pin-reset-error.ts';
import { analyzeSignInError } from './sign-in-error.ts';
import { prepare, release, type Doc, type Located } from './text.ts';
import type { AnyFinding, FindingKind } from './types.ts';
import { analyzeUdrEvents } from './udr-event.ts';
import { MAX_FINDINGS_PER_KIND } from './cap.ts';

export type * from './types.ts';
export { FINDING_KINDS } from './types.ts';
export { checkDcCertificate } from './certificate.ts';
export { normaliseErrorCode, parseErrorCode } from './error-codes.ts';
export { hostFromUrl, isValidHostName, parseHostList } from './hosts.ts';
export { formatBuild, parseBuild } from './build-numbers.ts';

// Its own module, so a screen that names kinds (the evidence form) doesn't load the analyzers with it.
export { describeKind } from './kinds.ts';

export { MAX_FINDINGS_PER_KIND } from './cap.ts';

type Analyzer = (doc: Doc) => Located<AnyFinding>[];

/** Every analyzer, by kind; exported for the benchmark and tests. */
export const ANALYZERS: Readonly<Record<FindingKind, Analyzer>> = {
  dsregcmd: analyzeDsregcmd,
  'udr-event': analyzeUdrEvents,
  'kerberos-107': analyzeKerberos107,
  'kdc-name-mismatch': analyzeKdcNameMismatch,
  'adfs-1021': analyzeAdfs1021,
  'os-builds': analyzeOsBuilds,
  'key-credential-link': analyzeKeyCredentialLink,
  certificate: analyzeCertificates,
  'pin-reset-error': analyzePinResetError,
  'sign-in-error': analyzeSignInError,
  'error-code': analyzeErrorCodes,
  ntauth: analyzeNtAuth,
  'kerberos-server': analyzeKerberosServer,
};

/** Run analyzers over an already prepared paste; findings in paste order. */
export function analyzeDoc(doc: Doc, kinds: readonly FindingKind[] = Object.keys(ANALYZERS) as FindingKind[]): AnyFinding[] {
  const located: Located<AnyFinding>[] = [];
  for (const kind of kinds) {
    try {
      const found = ANALYZERS[kind](doc);
      for (let i = 0; i < found.length && i < MAX_FINDINGS_PER_KIND; i++) located.push(found[i]!);
    } catch {
      // One analyzer failing must not hide the others' findings.
    }
  }
  located.sort((a, b) => a.at - b.at);
  return located.map((l) => l.finding);
}

/** Analyse pasted text. Never throws; a paste may hold several pieces of evidence. */
export function analyzeEvidence(text: string): AnyFinding[] {
  try {
    if (typeof text !== 'string' || text.length === 0) return [];
    // The Doc never leaves this call, so its bytes may go in the buffer the next call reuses.
    const doc = prepare(text, true);
    try {
      return analyzeDoc(doc);
    } finally {
      release(doc);
    }
  } catch {
    return [];
  }
}

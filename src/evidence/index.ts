import type { AnyFinding, FindingKind } from './types.ts';

export type * from './types.ts';

const KIND_NAMES: Record<FindingKind, string> = {
  dsregcmd: 'dsregcmd /status output',
  'udr-event': 'User Device Registration event',
  'kerberos-107': 'Kerberos event 107',
  'kdc-name-mismatch': 'KDC_ERR_CLIENT_NAME_MISMATCH in a trace',
  'adfs-1021': 'AD FS event 1021',
  'os-builds': 'Windows build numbers',
  'key-credential-link': 'msDS-KeyCredentialLink attribute',
  certificate: 'certificate details',
  'pin-reset-error': 'PIN reset error screen',
  'sign-in-error': 'sign-in error message',
};

/** A plain name for a kind of evidence, e.g. "dsregcmd /status output". */
export function describeKind(kind: FindingKind): string {
  return KIND_NAMES[kind];
}

/** Analyse pasted text. Never throws; a paste may hold several pieces of evidence. (Stub: analyzers land next.) */
export function analyzeEvidence(text: string): AnyFinding[] {
  void text;
  return [];
}

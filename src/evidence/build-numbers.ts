/**
 * Reading Windows build numbers: parse, format, compare, and the facts a build number names
 * (the Windows Server release, a client OS). No issue's rule lives here: the DC-build rules belong to
 * their flows (src/flows/hybrid-key-deletion/builds.ts, src/flows/ws2019-key-trust-name-mismatch/builds.ts).
 */

/** The os-builds finding shows this many machines as rows, then a "More" row (its facts keep them all). */
export const MAX_BUILD_ROWS = 50;

export const WS2016_MAJOR = 14393;
export const WS2019_MAJOR = 17763;

/** Windows 10 / 11 / Server build numbers, used to tell a build from any other number. */
export const KNOWN_MAJORS: ReadonlySet<number> = new Set([
  10240, 10586, 14393, 15063, 16299, 17134, 17763, 18362, 18363, 19041, 19042, 19043, 19044, 19045, 20348, 22000,
  22621, 22631, 25398, 26100, 26200,
]);

export interface ParsedBuild {
  major: number;
  /** null when absent, or 0 (a revision of 0 means the tool that printed it doesn't show the UBR). */
  revision: number | null;
}

/** 'Windows Server 2016' / 'Windows Server 2019' for their build numbers, else undefined. */
export function serverNameForMajor(major: number): 'Windows Server 2016' | 'Windows Server 2019' | undefined {
  if (major === WS2016_MAJOR) return 'Windows Server 2016';
  if (major === WS2019_MAJOR) return 'Windows Server 2019';
  return undefined;
}

/** true when an OS name read from a paste is a client Windows (Windows 10 or 11), not a server. */
export function isClientOs(os: string | undefined): boolean {
  return os === 'Windows 10' || os === 'Windows 11';
}

/** Format a build as '17763.1613', or '17763' when the revision is unknown. */
export function formatBuild(major: number, revision: number | null): string {
  return revision === null ? String(major) : `${major}.${revision}`;
}

function readInt(s: string, from: number): { value: number; end: number } | null {
  let i = from;
  let value = 0;
  while (i < s.length && i - from < 9) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) break;
    value = value * 10 + (c - 48);
    i++;
  }
  if (i === from) return null;
  return { value, end: i };
}

/** Candidate builds in `s`: runs of 4–5 digits (after an optional "10.0."), with the revision after a dot. */
function buildCandidates(s: string): ParsedBuild[] {
  const out: ParsedBuild[] = [];
  for (let i = 0; i < s.length && out.length < 20; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 48 && p <= 57) continue;
    }
    const n = readInt(s, i);
    if (!n) continue;
    const len = n.end - i;
    // '10.0.x' prefix: go on with the next number.
    if (n.value === 10 && s.charCodeAt(n.end) === 46 && s.charCodeAt(n.end + 1) === 48) {
      i = n.end + 1;
      continue;
    }
    i = n.end - 1;
    if (len < 4 || len > 5) continue;
    let revision: number | null = null;
    if (s.charCodeAt(n.end) === 46) {
      const r = readInt(s, n.end + 1);
      if (r && r.end - (n.end + 1) <= 6) {
        revision = r.value;
        i = r.end - 1;
      }
    }
    out.push({ major: n.value, revision: revision === 0 ? null : revision });
  }
  return out;
}

/**
 * Parse a build from short text: '17763.1613', '10.0.17763.1613', '17763', 'OS Build 17763.1613',
 * 'Version 1809 (OS Build 17763.1613)', '10.0 (17763)', 'Microsoft Windows [Version 10.0.17763.1613]'.
 * Returns null when no build is found. A revision of 0 is reported as null (unknown).
 */
export function parseBuild(input: string): ParsedBuild | null {
  if (typeof input !== 'string') return null;
  let s = input.length > 500 ? input.slice(0, 500) : input;
  const osBuild = s.toLowerCase().indexOf('os build');
  if (osBuild !== -1) s = s.slice(osBuild + 8);
  const candidates = buildCandidates(s);
  // Windows 10 and later builds have five digits; "1809" is a version, not a build.
  return candidates.find((c) => c.major >= 10000) ?? candidates[0] ?? null;
}

/** Compare two builds (major first, then revision; unknown revision sorts first). */
export function compareBuilds(a: ParsedBuild, b: ParsedBuild): number {
  if (a.major !== b.major) return a.major - b.major;
  return (a.revision ?? -1) - (b.revision ?? -1);
}

export const HOW_TO_READ_REVISION =
  'This output does not show the revision (UBR). Read it with `ver` in a command prompt (Microsoft Windows [Version 10.0.17763.1613]), winver ("OS Build 17763.1613"), the UBR value under HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion, or WindowsUBR from Get-ComputerInfo.';

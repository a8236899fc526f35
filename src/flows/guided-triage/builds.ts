/**
 * Domain controller builds typed or pasted into the guided triage, one per line:
 * "17763.1613", "DC1 14393.4046", "Microsoft Windows [Version 10.0.17763.1613]". Pure.
 */
import { KNOWN_MAJORS, formatBuild, parseBuild, serverNameForMajor } from '../../evidence/build-numbers';
import { keyDeletionVerdict } from '../hybrid-key-deletion/builds';
import { nameMismatchVerdict } from '../ws2019-key-trust-name-mismatch/builds';
import type { BuildVerdict } from '../shared/dcs';

export interface DcBuild {
  /** The line as typed, trimmed and shortened. */
  line: string;
  /** The domain controller's name, when the line starts with one ("DC1 17763.1613"). */
  name?: string;
  build: string;
  os?: string;
  keyDeletion: BuildVerdict['status'];
  nameMismatch: BuildVerdict['status'];
}

/** Why a line couldn't be used (the words are the guided triage's words.yaml messages). */
export type BuildProblem = { kind: 'no-build'; line: string } | { kind: 'no-revision'; line: string; major: number } | { kind: 'empty' };

export interface ReadBuilds {
  builds: DcBuild[];
  /** Lines that couldn't be used. Empty when every line gave a full build. */
  problems: BuildProblem[];
}

/** At most this many lines are read (a forest has a few hundred DCs at most). */
const MAX_LINES = 500;

const TOKENS = /[\s[\]()"',;:]+/;
const HOST_LIKE = /^[a-z][a-z0-9-]{0,62}(\.[a-z0-9-]{1,63}){0,8}$/i;
const NOT_NAMES = new Set(['microsoft', 'windows', 'version', 'os', 'build', 'server', 'dc', 'name']);

/** The first Windows build on a line, skipping numbers that are not builds (e.g. "DC2019"). */
function buildOnLine(line: string) {
  const tokens = line.split(TOKENS).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const b = parseBuild(tokens[i]!);
    if (b && KNOWN_MAJORS.has(b.major)) {
      const first = tokens[0]!;
      const name = i > 0 && HOST_LIKE.test(first) && !NOT_NAMES.has(first.toLowerCase()) ? first : undefined;
      return { ...b, name };
    }
  }
  return null;
}

/** "DC1 (17763.1613)" or "17763.1613". */
export function describeBuild(b: DcBuild): string {
  return b.name ? `${b.name} (${b.build})` : b.build;
}

export function readBuildLines(input: unknown): ReadBuilds {
  const lines = (Array.isArray(input) ? input : []).filter((l): l is string => typeof l === 'string').map((l) => l.trim()).filter(Boolean).slice(0, MAX_LINES);
  const builds: DcBuild[] = [];
  const problems: BuildProblem[] = [];
  for (const line of lines) {
    const shown = line.length > 80 ? `${line.slice(0, 77)}…` : line;
    const b = buildOnLine(line);
    if (!b) {
      problems.push({ kind: 'no-build', line: shown });
      continue;
    }
    if (b.revision === null && serverNameForMajor(b.major)) {
      problems.push({ kind: 'no-revision', line: shown, major: b.major });
      continue;
    }
    builds.push({
      line: shown,
      ...(b.name ? { name: b.name } : {}),
      build: formatBuild(b.major, b.revision),
      os: serverNameForMajor(b.major),
      keyDeletion: keyDeletionVerdict(b.major, b.revision).status,
      nameMismatch: nameMismatchVerdict(b.major, b.revision).status,
    });
  }
  if (!lines.length) problems.push({ kind: 'empty' });
  return { builds, problems };
}

/** Every line gave a full build. */
export const buildsReadable = (r: ReadBuilds) => r.builds.length > 0 && r.problems.length === 0;
/** A build in the key-deletion range (or between that range and its fix, which is undocumented: update either way). */
export const hasKeyDeletionBuild = (builds: readonly DcBuild[]) => builds.some((b) => b.keyDeletion === 'affected' || b.keyDeletion === 'unknown');
/** A Windows Server 2019 build below 17763.316. */
export const hasNameMismatchBuild = (builds: readonly DcBuild[]) => builds.some((b) => b.nameMismatch === 'affected');

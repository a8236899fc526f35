/**
 * Domain controller builds typed (or filled in from a paste) one per line, e.g. "DC1 17763.1613".
 * Pure; the DC-build rules live in the flows' builds.ts.
 */
import { formatBuild, parseBuild } from '../../evidence/build-numbers';
import type { MachineBuild } from '../../evidence/types';

/** What a DC build means for one issue; each issue's flow decides it in its own builds.ts. */
export interface BuildVerdict {
  status: 'affected' | 'fixed' | 'not-affected' | 'unknown';
  fixBuild?: string;
  kb?: string;
  note: string;
}

/** A verdict for a machine the paste names as a client Windows: the DC-build issues are about domain controllers. */
export function onClientBuild(v: BuildVerdict): BuildVerdict {
  return { status: 'not-affected', note: `${v.note} This is a client build; the issue is about domain controllers.` };
}

export interface Dc {
  name: string;
  major: number;
  /** null when the line didn't show the update revision (UBR). */
  revision: number | null;
}

export interface DcList {
  dcs: Dc[];
  /** Lines with no build number in them, as typed. */
  unread: string[];
}

/** Words that appear around a build number but are never a DC's name. */
const NOT_NAMES = new Set(['microsoft', 'windows', 'server', 'version', 'os', 'build', 'osbuild', 'ver', 'datacenter', 'standard', 'name']);

function nameIn(line: string): string | undefined {
  for (const raw of line.split(/[\s,;=|[\]()]+/)) {
    const token = raw.replace(/:+$/, '');
    if (/^[A-Za-z][A-Za-z0-9._-]{0,62}$/.test(token) && !NOT_NAMES.has(token.toLowerCase())) return token;
  }
  return undefined;
}

/** One DC per line: a name and a build in any of the forms parseBuild reads. Blank and dash-only lines are skipped. */
export function parseDcLines(lines: readonly unknown[]): DcList {
  const byName = new Map<string, Dc>();
  const unread: string[] = [];
  let unnamed = 0;
  for (const item of lines) {
    if (typeof item !== 'string') continue;
    const line = item.trim().slice(0, 300);
    if (!line || /^[-=\s]+$/.test(line)) continue;
    const build = parseBuild(line);
    if (!build) {
      if (unread.length < 10) unread.push(line);
      continue;
    }
    const name = nameIn(line) ?? `DC #${++unnamed}`;
    byName.set(name.toLowerCase(), { name, major: build.major, revision: build.revision });
  }
  return { dcs: [...byName.values()], unread };
}

/** The list lines a paste's machines stand for, in the form parseDcLines reads back. */
export function linesFromMachines(machines: readonly MachineBuild[]): string[] {
  return machines.map((m) => (m.name ? `${m.name} ${m.build}` : m.build));
}

export function buildOf(dc: Dc): string {
  return formatBuild(dc.major, dc.revision);
}

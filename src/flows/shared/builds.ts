/**
 * What pasted DC builds mean. The os-builds finding holds facts only (each machine's name, build and
 * the OS it names); the verdicts come from the rules the two DC-build flows own
 * (hybrid-key-deletion/builds.ts, ws2019-key-trust-name-mismatch/builds.ts). `withBuildVerdicts` gives the
 * finding its per-DC verdict rows and summary for the screens, the Suggestions and the report, in the words of
 * shared/words/dcBuilds.yaml (`messages`; only that part loads here). Pure.
 */
import { MAX_BUILD_ROWS } from '../../evidence/build-numbers';
import type { AnyFinding, FactRow, Finding, MachineBuild, OsBuildsFacts } from '../../evidence/types';
import { keyDeletionOfMachine } from '../hybrid-key-deletion/builds';
import { nameMismatchOfMachine } from '../ws2019-key-trust-name-mismatch/builds';
import type { BuildVerdict } from './dcs';
import { messagesOf } from './messages';
import words from './words/dcBuilds.yaml?messages';

/** How many machines in the paste each DC-build issue affects. */
export function affectedCounts(f: OsBuildsFacts): { keyDeletion: number; nameMismatch: number } {
  let keyDeletion = 0;
  let nameMismatch = 0;
  for (const m of f.machines) {
    if (keyDeletionOfMachine(m).status === 'affected') keyDeletion++;
    if (nameMismatchOfMachine(m).status === 'affected') nameMismatch++;
  }
  return { keyDeletion, nameMismatch };
}

const say = messagesOf(words, 'src/flows/shared/words/dcBuilds.yaml');
const statusWords = (status: BuildVerdict['status']) => say(`status-${status}`);

function rowFor(m: MachineBuild): FactRow {
  const kd = keyDeletionOfMachine(m).status;
  const nm = nameMismatchOfMachine(m).status;
  const mark = kd === 'affected' || nm === 'affected' ? 'fail' : kd === 'unknown' || nm === 'unknown' ? 'warn' : 'pass';
  const verdicts = { build: m.build, os: m.os, keyDeletion: statusWords(kd), nameMismatch: statusWords(nm) };
  return { label: m.name ?? say('rowLabel'), value: say(m.os ? 'rowOs' : 'row', verdicts), mark };
}

function summaryFor(f: OsBuildsFacts): string {
  const machines = f.machines;
  const who = (m: MachineBuild) => (m.name ? say('machine', { name: m.name, build: m.build }) : m.build);
  const some = (list: MachineBuild[]) => {
    const named = list.slice(0, 3).map(who).join(', ');
    return list.length > 3 ? say('machinesMore', { machines: named, more: list.length - 3 }) : named;
  };
  const kd = machines.filter((m) => keyDeletionOfMachine(m).status === 'affected');
  const nm = machines.filter((m) => nameMismatchOfMachine(m).status === 'affected');
  const parts: string[] = [];
  if (kd.length > 0) parts.push(say('keyDeletionOn', { machines: some(kd) }));
  if (nm.length > 0) parts.push(say('nameMismatchOn', { machines: some(nm) }));
  if (parts.length > 0) return say('summaryIssues', { issues: parts.join('; ') });
  if (f.revisionUnknown) return say(machines.length === 1 ? 'revisionUnknownOne' : 'revisionUnknownSeveral', { machines: some(machines) });
  return say('summaryNone', { machines: some(machines) });
}

/** The os-builds finding with each machine's verdicts in its rows and summary; the facts are kept as read. */
export function describeBuilds(f: Finding<'os-builds'>): Finding<'os-builds'> {
  const { machines } = f.facts;
  // The analyzer's rows: one per machine shown, then its "More" and "Revision" notes, kept as they are.
  const shown = Math.min(machines.length, MAX_BUILD_ROWS, f.rows.length);
  const rows = [...machines.slice(0, shown).map(rowFor), ...f.rows.slice(shown)];
  return { ...f, summary: summaryFor(f.facts), rows };
}

/** Every os-builds finding described with the flows' verdicts; the others as they are. Never throws. */
export function withBuildVerdicts(findings: readonly AnyFinding[]): AnyFinding[] {
  return findings.map((f) => {
    if (f.kind !== 'os-builds') return f;
    try {
      return describeBuilds(f);
    } catch {
      return f;
    }
  });
}

/**
 * The logic of the three screens both DC-build flows use to collect every domain controller's build (their words:
 * ./words/dcBuilds.yaml): enter or paste the builds, how to find them, and "no build found". The flow supplies the
 * words that differ (why builds matter, an example build, the detail) with `vars`, and its sample with its own logic.
 * Events: BUILDS_ENTERED {values: {dcs: string[]}}, NOT_SURE, READY, RETRY.
 */
import { findingOf } from './findings';
import { linesFromMachines } from './dcs';
import type { Say, StepLogic } from './logic';

/** Lists every DC in the current domain with its full build, one "NAME build" line each (needs WinRM to the DCs). */
export const DC_BUILDS_SCRIPT = [
  'Get-ADDomainController -Filter * | ForEach-Object {',
  "  $v = Invoke-Command -ComputerName $_.HostName -ScriptBlock { Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' }",
  "  '{0} {1}.{2}' -f $_.Name, $v.CurrentBuild, $v.UBR",
  '}',
].join('\n');

export const DC_LIST = 'Get-ADDomainController -Filter * | Select-Object Name, OperatingSystem, OperatingSystemVersion';

/** The shared DC build steps' logic (words: ./words/dcBuilds.yaml); the flow supplies the sample with its own logic. */
export const dcBuildsLogic: Record<string, StepLogic<unknown>> = {
  enter: {
    values: { dcBuildsScript: () => DC_BUILDS_SCRIPT },
    read: (findings, _ctx, say: Say) => {
      const f = findingOf(findings, 'os-builds');
      if (!f || f.facts.machines.length === 0) return undefined;
      const lines = linesFromMachines(f.facts.machines);
      const missing = f.facts.revisionUnknown ? say('missing') : '';
      const because = lines.length === 1 ? say('one', { lines: lines.join(', '), missing }) : say('several', { count: lines.length, lines: lines.join(', '), missing });
      return { event: { type: 'BUILDS_ENTERED', values: { dcs: lines } }, because };
    },
  },
  find: { values: { dcBuildsScript: () => DC_BUILDS_SCRIPT, dcList: () => DC_LIST } },
};

/**
 * The three screens both DC-build flows use to collect every domain controller's build:
 * enter or paste the builds, how to find them, and "no build found". The flow supplies
 * the words that differ (why builds matter, an example build, the detail) and its own events stay the same:
 * BUILDS_ENTERED {values: {dcs: string[]}}, NOT_SURE, READY, RETRY.
 */
import { findingOf } from './findings';
import { linesFromMachines } from './dcs';
import type { Say, StepLogic } from './logic';
import type { ActionStep, EvidenceStep, Text } from './types';

/** Lists every DC in the current domain with its full build, one "NAME build" line each (needs WinRM to the DCs). */
export const DC_BUILDS_SCRIPT = [
  'Get-ADDomainController -Filter * | ForEach-Object {',
  "  $v = Invoke-Command -ComputerName $_.HostName -ScriptBlock { Get-ItemProperty 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion' }",
  "  '{0} {1}.{2}' -f $_.Name, $v.CurrentBuild, $v.UBR",
  '}',
].join('\n');

export const DC_LIST = 'Get-ADDomainController -Filter * | Select-Object Name, OperatingSystem, OperatingSystemVersion';

export interface DcStepWords<C> {
  /** Why the builds matter for this issue (first sentence of the step). */
  why: string;
  /** An example build for the examples, e.g. "17763.1613". */
  example: string;
  /** A second DC line for the placeholder, e.g. "DC2 14393.4104". */
  second: string;
  detail: Text<C>;
  sample: string;
}

export function dcBuildSteps<C>(w: DcStepWords<C>): { dcBuilds: EvidenceStep<C>; findBuilds: ActionStep<C>; buildsUnreadable: ActionStep<C> } {
  const ver = `Microsoft Windows [Version 10.0.${w.example}]`;
  return {
    dcBuilds: {
      kind: 'evidence',
      title: 'Enter the build of every domain controller',
      needs: 'the build number of every domain controller',
      body: `${w.why} Enter every domain controller (DC) in the domain, one per line, as its name and build with the number after the dot, for example "DC1 ${w.example}". Or paste ver or winver output, or the result of the script below, and the app will fill in the list.`,
      howTo: [
        { text: `On each DC, open a command prompt and run ver. It prints "${ver}"; the build is ${w.example}.`, code: { language: 'cmd', code: 'ver' } },
        { text: 'Or read every DC at once from a computer with the Active Directory PowerShell module (it uses PowerShell remoting to each DC):', code: { language: 'powershell', code: DC_BUILDS_SCRIPT } },
      ],
      detail: w.detail,
      fields: [
        {
          name: 'dcs',
          label: 'Domain controllers and builds',
          type: 'list',
          required: true,
          placeholder: `DC1 ${w.example}\n${w.second}`,
          help: 'One DC per line: name, then build with the number after the dot.',
        },
      ],
      submit: { event: 'BUILDS_ENTERED', label: 'Check the builds' },
      answers: [{ event: 'NOT_SURE', label: "I'm not sure how to find them", hint: 'Step-by-step ways to read the builds' }],
      read: (findings) => {
        const f = findingOf(findings, 'os-builds');
        if (!f || f.facts.machines.length === 0) return undefined;
        const lines = linesFromMachines(f.facts.machines);
        const missing = f.facts.revisionUnknown ? ' Some revisions are missing from this output; read them with ver on those DCs.' : '';
        return {
          event: { type: 'BUILDS_ENTERED', values: { dcs: lines } },
          because: `The paste shows ${lines.length === 1 ? 'one machine' : `${lines.length} machines`}: ${lines.join(', ')}.${missing} Check every DC is in the list.`,
        };
      },
      sample: w.sample,
    },
    findBuilds: {
      kind: 'action',
      title: "Find each domain controller's build",
      body: 'You need the full build of every DC in the domain, including the number after the dot (the update revision).',
      steps: [
        { text: 'List the DCs in the domain. OperatingSystemVersion here shows only "10.0 (17763)", without the revision, so use it for the names only:', code: { language: 'powershell', code: DC_LIST } },
        { text: `On each DC, open a command prompt and run ver. "${ver}" means build ${w.example}. Or press Windows logo key + R, type winver and read "OS Build".`, code: { language: 'cmd', code: 'ver' } },
        { text: 'Or read them all at once with PowerShell remoting; it prints one "NAME build" line per DC, ready to paste:', code: { language: 'powershell', code: DC_BUILDS_SCRIPT } },
      ],
      detail: 'The registry holds the build in HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion as CurrentBuild and UBR; Get-ComputerInfo shows WindowsUBR. systeminfo and [Environment]::OSVersion.Version do not show the revision (it reads 0).',
      answers: [{ event: 'READY', label: 'I have the builds' }],
    },
    buildsUnreadable: {
      kind: 'action',
      title: 'No build number found in that list',
      body: 'None of the lines held a Windows build number the app could read.',
      steps: [
        { text: `Write one DC per line: its name, a space, and the build with the number after the dot, for example "DC1 ${w.example}".` },
        { text: `Or paste the output of ver from each DC, for example "DC1 ${ver}".` },
      ],
      answers: [{ event: 'RETRY', label: 'Enter the builds again' }],
    },
  };
}

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

/**
 * The logic behind the guided triage's words (words.yaml): the values and conditions its results show, the check of
 * the typed builds, and what each result carries into the flow it opens (answers by that flow's state id, and the
 * DC builds as evidence), so those questions are answered already.
 */
import { messagesOf } from '../shared/messages';
import type { EventObject } from 'xstate';
import type { FlowLogic } from '../shared/logic';
import { describeBuild, readBuildLines, type BuildProblem, type DcBuild } from './builds';
import type { machine, TriageContext } from './machine';
import words from './words.yaml';

/**
 * The flow's own `messages` (the join and "doing" words), for values, which have no `say`: the words stay in
 * words.yaml, the logic only picks one.
 */
const flowSay = messagesOf(words, 'src/flows/guided-triage/words.yaml');

const list = (builds: readonly DcBuild[], pick: (b: DcBuild) => boolean = () => true) => builds.filter(pick).map(describeBuild).join(', ');
const isAffected = (b: DcBuild) => b.keyDeletion === 'affected';
const isGap = (b: DcBuild) => b.keyDeletion === 'unknown';
const isNameMismatch = (b: DcBuild) => b.nameMismatch === 'affected';

/** The builds typed, one per line, as evidence for the DC builds step of the flow it opens. */
const buildLines = (c: TriageContext) => c.builds.map((b) => (b.name ? `${b.name} ${b.build}` : b.build)).join('\n');
/** The key trust deployment answer of the DC-build flows, when the triage knows it. */
const keyTrustDeployment = (c: TriageContext): Record<string, string> =>
  c.trust !== 'key' ? {} : c.join === 'hybrid' ? { deployment: 'HYBRID_KEY_TRUST' } : c.join === 'domain' ? { deployment: 'ON_PREM_KEY_TRUST' } : {};

const PROBLEM_MESSAGE: Record<BuildProblem['kind'], string> = { 'no-build': 'noBuild', 'no-revision': 'noRevision', empty: 'empty' };

export const logic: FlowLogic<TriageContext, typeof machine> = {
  values: {
    allBuilds: (c) => list(c.builds),
    affectedBuilds: (c) => list(c.builds, isAffected),
    gapBuilds: (c) => list(c.builds, isGap),
    nameMismatchBuilds: (c) => list(c.builds, isNameMismatch),
    joinWords: (c) => flowSay(`join-${c.join ?? 'unknown'}`),
    doingWords: (c) => flowSay(`doing-${c.doing ?? 'unknown'}`),
  },
  when: {
    onPrem: (c) => c.doing === 'on-prem',
    pinReset: (c) => c.doing === 'pin-reset',
    setup: (c) => c.doing === 'setup',
    hybrid: (c) => c.join === 'hybrid',
    hasBuilds: (c) => c.builds.length > 0,
    hasAffectedBuilds: (c) => c.builds.some(isAffected),
    hasGapBuilds: (c) => c.builds.some(isGap),
    hasNameMismatchBuilds: (c) => c.builds.some(isNameMismatch),
  },
  steps: {
    dcBuilds: {
      fields: {
        builds: {
          validate: (raw, _c, say) => {
            const problem = readBuildLines(raw.split('\n').map((l) => l.trim()).filter(Boolean)).problems[0];
            return problem && say(PROBLEM_MESSAGE[problem.kind], problem.kind === 'empty' ? {} : problem.kind === 'no-revision' ? { line: problem.line, major: problem.major } : { line: problem.line });
          },
        },
      },
    },
    // Entra joined, and the message appeared after "I forgot my PIN".
    toPinReset: { carry: () => ({ answers: { joined: 'YES', whereError: 'YES' } }) },
    toKeyDeletion: { carry: (c) => ({ answers: keyTrustDeployment(c), evidence: buildLines(c) }) },
    toNameMismatch: {
      carry: (c) => {
        const deployment = keyTrustDeployment(c);
        // The message question comes after the deployment one: carried only when both are known.
        const symptom: Record<string, string> = deployment.deployment && c.builds.length ? { symptom: 'YES' } : {};
        return { answers: { ...deployment, ...symptom }, evidence: buildLines(c) };
      },
    },
    toKdcCert: { carry: (c) => ({ answers: { joined: 'YES', ...(c.trust === 'key' ? { trustType: 'KEY' } : {}) } }) },
    toNtauth: { carry: () => ({ answers: { symptom: 'CANT_VERIFY' } }) },
    toCloudKerberos: { carry: () => ({ answers: { trustType: 'CLOUD' } }) },
  },
  events: {
    BUILDS_ENTERED: (e: EventObject) => {
      const lines = (e as { values?: { builds?: unknown } }).values?.builds;
      return Array.isArray(lines) ? { builds: lines.join(', ') } : undefined;
    },
  },
};

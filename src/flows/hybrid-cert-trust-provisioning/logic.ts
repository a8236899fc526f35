/** The logic behind this flow's words (words.yaml): the case's values, conditions, the evidence readers and checks. */
import { messagesOf } from '../shared/messages';
import { compareBuilds, formatBuild, parseBuild } from '../../evidence/build-numbers';
import type { AnyFinding } from '../../evidence/types';
import { findingOf } from '../shared/findings';
import type { FlowLogic, Say, StepLogic } from '../shared/logic';
import { accountName, enrollmentMode, enrollmentNote, keyLinkCommand, shownBuild, SYNC_ENROLLMENT_BUILD, SYNC_ENROLLMENT_KB } from './enrollment';
import type { machine, ProvisioningContext as C } from './machine';
import { checksToExplain, DSREGCMD, PREREQ_CODE } from './prereqs';
import { explain, placeOf, readoutFrom, readoutOf, type Place } from './readout';
import { SAMPLE_311, SAMPLE_360, SAMPLE_362_STS, SAMPLE_ADFS_VER, SAMPLE_DSREG_DOMAIN_ONLY } from './samples';
import words from './words.yaml';

/**
 * The flow's own `messages` (words.yaml), filled with the given values. The values and the describe texts have no
 * `say` of their own (only readers and checks get one), so they read the same messages through this.
 */
export const message: Say = messagesOf(words, 'src/flows/hybrid-cert-trust-provisioning/words.yaml');

/** A prerequisite check's words: its short name, why it says No and the fix. */
export const checkWords = (key: string, say: Say = message) => ({
  label: say(`check-${key}-label`),
  cause: say(`check-${key}-cause`),
  fix: say(`check-${key}-fix`),
});

/** Which evidence rules each evidence step routes on; the machine has the same transitions in the same order. */
export const STEP_PLACES: Readonly<Record<'placeStage' | 'prereqEvent' | 'deviceState' | 'keyEvents', readonly Place[]>> = {
  placeStage: ['keyCreate', 'keyReg', 'keyDone', 'notJoined', 'sts', 'prereqs', 'launched'],
  prereqEvent: ['sts', 'prereqs', 'launched'],
  deviceState: ['keyDone', 'notJoined', 'sts', 'prereqs', 'launched'],
  keyEvents: ['keyCreate', 'keyReg', 'keyDone'],
};

/** An evidence step that reads events or dsregcmd output and answers EVIDENCE_READ with the readout. */
function readsPlaces(places: readonly Place[], sample: string): StepLogic<C> {
  return {
    read: (findings, _c, say) => {
      const r = readoutOf(findings);
      const place = r && placeOf(r, places);
      if (!r || !place) return undefined;
      return { event: { type: 'EVIDENCE_READ', values: r }, because: explain(r, place, say) };
    },
    sample,
  };
}

/** The lowest build among the pasted ver/winver lines. */
function lowestBuild(findings: readonly AnyFinding[]): string | undefined {
  const f = findingOf(findings, 'os-builds');
  const machines = f ? [...f.facts.machines].sort(compareBuilds) : [];
  return machines[0] ? formatBuild(machines[0].major, machines[0].revision) : undefined;
}

/** The commands for the checks being explained, each under a comment naming its check; then dsregcmd to check again. */
function checksCommands(c: C): string {
  const lines: string[] = [];
  for (const key of checksToExplain(c.failing)) {
    const code = PREREQ_CODE[key];
    if (code && !lines.includes(code)) lines.push(`# ${message(`check-${key}-label`)}`, code);
  }
  lines.push(`# ${message('checkAgain')}`, DSREGCMD);
  return lines.join('\n');
}

const userName = (c: C) => accountName(c.user) ?? message('theUser');

export const logic: FlowLogic<C, typeof machine> = {
  values: {
    failingSource: (c) => c.failingSource || message('yourEvidence'),
    failingFrom: (c) => c.failingSource ?? message('fromEvidence'),
    failingLabels: (c) => c.failing.map((k) => message(`check-${k}-label`)).join('; '),
    checksHelp: (c) =>
      checksToExplain(c.failing)
        .map((k) => message('checkHelp', checkWords(k)))
        .join('\n\n'),
    checksCommands,
    userName,
    keyLinkCommand: (c) => keyLinkCommand(c.user),
    buildNote: (c) => enrollmentNote(c.adfsBuild, message),
    adfsBuild: (c) => shownBuild(c.adfsBuild) ?? message('notChecked'),
    syncKb: () => SYNC_ENROLLMENT_KB,
    syncBuild: () => SYNC_ENROLLMENT_BUILD,
  },
  when: {
    hasFailing: (c) => c.failing.length > 0,
    oneFailing: (c) => c.failing.length === 1,
    manyFailing: (c) => c.failing.length > 1,
    hasBuild: (c) => Boolean(c.adfsBuild),
    asyncBuild: (c) => Boolean(c.adfsBuild) && enrollmentMode(c.adfsBuild) === 'async',
  },
  steps: {
    // Evidence pasted before the flow opened goes to the step that reads it.
    whereStopped: {
      read: (findings, _c, say) => {
        const r = readoutOf(findings);
        return r && placeOf(r, STEP_PLACES.placeStage) ? { event: { type: 'NOT_SURE' }, because: say('placed') } : undefined;
      },
    },
    placeStage: readsPlaces(STEP_PLACES.placeStage, SAMPLE_360),
    prereqEvent: readsPlaces(STEP_PLACES.prereqEvent, SAMPLE_362_STS),
    deviceState: readsPlaces(STEP_PLACES.deviceState, SAMPLE_DSREG_DOMAIN_ONLY),
    keyEvents: readsPlaces(STEP_PLACES.keyEvents, SAMPLE_311),
    fedBuild: {
      fields: {
        build: { validate: (raw, _c, say) => (parseBuild(raw) ? undefined : say('notABuild')) },
        user: { validate: (raw, _c, say) => (accountName(raw) ? undefined : say('notALogonName')) },
      },
      read: (findings, _c, say) => {
        const build = lowestBuild(findings);
        return build ? { event: { type: 'BUILD_ENTERED', values: { build } }, because: enrollmentNote(build, say) } : undefined;
      },
      sample: SAMPLE_ADFS_VER,
    },
  },
  events: {
    EVIDENCE_READ: (e) => {
      const r = readoutFrom(e as { type: string; values?: unknown });
      if (!r) return undefined;
      const parts: string[] = [];
      if (r.events.length) parts.push(message(r.events.length === 1 ? 'read-event' : 'read-events', { ids: r.events.join(', ') }));
      if (r.joinType) parts.push(message('read-join', { joinType: r.joinType }));
      if (r.ngcSet !== null) parts.push(message(r.ngcSet ? 'read-ngcYes' : 'read-ngcNo'));
      if (r.preReqResult) parts.push(message('read-preReq', { result: r.preReqResult }));
      if (r.failing.length) parts.push(message('read-failing', { labels: r.failing.map((k) => message(`check-${k}-label`)).join('; ') }));
      const text = parts.join(', ') || message('read-nothing');
      return { summary: text[0]!.toUpperCase() + text.slice(1) };
    },
    BUILD_ENTERED: (e) => {
      const v = (e as { values?: { build?: unknown; user?: unknown } }).values;
      const build = typeof v?.build === 'string' ? shownBuild(v.build) : null;
      if (!build) return undefined;
      return { build, user: typeof v?.user === 'string' && v.user.trim() ? message('read-user', { user: v.user.trim() }) : '' };
    },
  },
};

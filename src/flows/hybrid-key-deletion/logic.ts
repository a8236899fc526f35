/** The logic behind this flow's words (words.yaml): the case's values, conditions, the evidence readers and checks. */
import { messagesOf } from '../shared/messages';
import type { AnyFinding } from '../../evidence/types';
import { findingOf } from '../shared/findings';
import type { FlowLogic, Say } from '../shared/logic';
import type { Reading } from '../shared/types';
import { isUserName } from '../shared/values';
import { DC_BUILDS_SCRIPT, getAdUserCommand, userLabel } from './commands';
import { buildOf, hasNameMismatchBuild, needsKeyDeletionFix, parseDcLines, type Dc } from './dcs';
import { SAMPLE_EMPTY, SAMPLE_WITH_KEY } from './keys';
import type { KeyDeletionContext, machine } from './machine';
import { userFromPaste } from './user';
import { updatedList, updateList, verdictLine, verdictTable } from './verdicts';
import words from './words.yaml';

/**
 * The flow's own `messages` for values that are words (the verdict table, "the user"). Readers and checks get their
 * words through `say`; a value has only the case, so it reads them here.
 */
const said = messagesOf(words, 'src/flows/hybrid-key-deletion/words.yaml');

const names = (dcs: readonly Dc[]) => dcs.map((dc) => dc.name).join(', ');
const early = (c: KeyDeletionContext) => c.dcs.filter(hasNameMismatchBuild);
const toFix = (c: KeyDeletionContext) => c.dcs.filter(needsKeyDeletionFix);

/** Get-ADUser output → whether the user object holds Windows Hello keys. */
function readKeys(findings: readonly AnyFinding[], _c: KeyDeletionContext, say: Say): Reading | undefined {
  const f = findingOf(findings, 'key-credential-link');
  if (!f) return undefined;
  // {who}: the user the output names, else the case's user.
  const who = f.facts.user;
  if (f.facts.empty || f.facts.keyCount === 0) return { event: { type: 'KEYS_EMPTY' }, because: say('keysEmpty', { who }) };
  const count = f.facts.keyCount;
  return { event: { type: 'KEYS_PRESENT' }, because: say(count === 1 ? 'keysOne' : 'keysMany', { who, count }) };
}

export const logic: FlowLogic<KeyDeletionContext, typeof machine> = {
  values: {
    signInError: () => said('signInError'),
    who: (c) => userLabel(c.user) ?? said('theUser'),
    userCommand: (c) => getAdUserCommand(c.user),
    dcBuildsScript: () => DC_BUILDS_SCRIPT,
    verdictTable: (c) => verdictTable(c.dcs, c.unread, said),
    updateList: (c) => updateList(c.dcs, said),
    updatedList: (c) => updatedList(c.dcs, said),
    dcsToFix: (c) => names(toFix(c)),
    allDcs: (c) => names(c.dcs),
    dcList: (c) => c.dcs.map((dc) => `${dc.name} ${buildOf(dc)}`).join('\n'),
  },
  when: {
    alsoKeyDeletion: (c) => toFix(c).length > 0,
  },
  steps: {
    dcBuilds: { sample: 'DC1 17763.1613\nDC2 14393.4104' },
    userName: {
      fields: {
        user: {
          validate: (raw, _c, say) => {
            const user = userFromPaste(raw);
            return user && isUserName(user) ? undefined : say('notAUser');
          },
        },
      },
    },
    keyBefore: { read: readKeys, sample: SAMPLE_WITH_KEY },
    keySynced: { read: readKeys, sample: SAMPLE_WITH_KEY },
    keyAfter: { read: readKeys, sample: SAMPLE_EMPTY },
    outNameMismatch: {
      values: {
        earlyDcs: (c) => names(early(c)),
        earlyRun: (c) => said(early(c).length === 1 ? 'runsOne' : 'runMany'),
        alsoDcs: (c) => names(toFix(c)),
        alsoBuilds: (c) => said(toFix(c).length === 1 ? 'buildIs' : 'buildsAre'),
      },
    },
  },
  events: {
    // Each DC with its verdict, so the report and the review say what every DC means here.
    BUILDS_ENTERED: (e) => {
      const dcs = (e as { values?: { dcs?: unknown } }).values?.dcs;
      return Array.isArray(dcs) ? { verdicts: parseDcLines(dcs).dcs.map((dc) => verdictLine(dc, said)).join('\n') } : undefined;
    },
    USER_ENTERED: (e) => {
      const user = (e as { values?: { user?: unknown } }).values?.user;
      return typeof user === 'string' ? { user } : undefined;
    },
  },
};

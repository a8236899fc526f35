/** The logic behind this flow's words (words.yaml): the case's values, conditions and the evidence readers. */
import { messagesOf } from '../shared/messages';
import { DC_BUILDS_SCRIPT } from '../shared/dcSteps';
import { findingOf } from '../shared/findings';
import type { FlowLogic } from '../shared/logic';
import { buildOf, inKeyDeletionRange, isAffected, isUnknown, parseDcLines, type Dc } from './dcs';
import type { machine, NameMismatchContext } from './machine';
import { updatedList, updateList, verdictLine, verdictTable } from './verdicts';
import words from './words.yaml';

/**
 * The flow's own `messages` for values that are words (the verdict table, one DC or several). Readers get their
 * words through `say`; a value has only the case, so it reads them here.
 */
const said = messagesOf(words, 'src/flows/ws2019-key-trust-name-mismatch/words.yaml');

const names = (dcs: readonly Dc[]) => dcs.map((dc) => dc.name).join(', ');
const unknown = (c: NameMismatchContext) => c.dcs.filter(isUnknown);
const inRange = (c: NameMismatchContext) => c.dcs.filter(inKeyDeletionRange);

export const logic: FlowLogic<NameMismatchContext, typeof machine> = {
  values: {
    signInError: () => said('signInError'),
    dcBuildsScript: () => DC_BUILDS_SCRIPT,
    verdictTable: (c) => verdictTable(c.dcs, c.unread, said),
    updateList: (c) => updateList(c.dcs, said),
    updatedList: (c) => updatedList(c.dcs, said),
    dcList: (c) => c.dcs.map((dc) => `${dc.name} ${buildOf(dc)}`).join('\n'),
  },
  when: {
    someAffected: (c) => c.dcs.some(isAffected),
  },
  steps: {
    symptom: {
      read: (findings, _c, say) => (findingOf(findings, 'sign-in-error') ? { event: { type: 'YES' }, because: say('sawMessage') } : undefined),
    },
    dcBuilds: { sample: 'DC1 17763.253\nDC2 17763.1637' },
    trace: {
      read: (findings, _c, say) => {
        const f = findingOf(findings, 'kdc-name-mismatch');
        return f ? { event: { type: 'MISMATCH_SEEN' }, because: say('mismatch', { summary: f.summary }) } : undefined;
      },
      sample: [
        'No.   Time       Source       Destination  Protocol Length Info',
        '412   3.218731   10.0.0.57    10.0.0.10    KRB5     1582   AS-REQ',
        '415   3.221904   10.0.0.10    10.0.0.57    KRB5     214    KRB Error: KRB5KDC_ERR_CLIENT_NAME_MISMATCH',
      ].join('\n'),
    },
    readRevision: {
      values: {
        unknownDcs: (c) => names(unknown(c)),
        unknownHave: (c) => said(unknown(c).length === 1 ? 'hasOne' : 'haveMany'),
      },
    },
    updateDcs: {
      values: { dcsToUpdate: (c) => names(c.dcs.filter((dc) => isAffected(dc) || isUnknown(dc))) },
    },
    outKeyDeletion: {
      values: {
        keyDeletionDcs: (c) => names(inRange(c)),
        keyDeletionRun: (c) => said(inRange(c).length === 1 ? 'runsOne' : 'runMany'),
      },
    },
    outBuildsFixed: {
      values: {
        // On-premises key trust with a DC in the key deletion range: say why that issue does not fit either.
        keyDeletionAside: (c) => (c.deployment === 'on-prem' && inRange(c).length > 0 ? said('keyDeletionAside') : ''),
      },
    },
  },
  events: {
    // Each DC with its verdict, so the report and the review say what every DC means here.
    BUILDS_ENTERED: (e) => {
      const dcs = (e as { values?: { dcs?: unknown } }).values?.dcs;
      return Array.isArray(dcs) ? { verdicts: parseDcLines(dcs).dcs.map((dc) => verdictLine(dc, said)).join('\n') } : undefined;
    },
  },
};

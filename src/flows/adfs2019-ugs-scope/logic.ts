/** The logic behind this flow's words (words.yaml): the case's values and commands, conditions and the evidence readers. */
import { messagesOf } from '../shared/messages';
import type { EventObject } from 'xstate';
import { formatBuild } from '../../evidence/build-numbers';
import type { AnyFinding } from '../../evidence/types';
import { udrCheckLabel } from '../../evidence/udr-event';
import { findingOf, findingsOf } from '../shared/findings';
import type { FlowLogic } from '../shared/logic';
import {
  ADFS_1021_QUERY,
  DRS_CLIENT_ID,
  GET_OBJECT_ID,
  OBJECT_ID_PLACEHOLDER,
  RESTART_ADFS,
  SELFSCOPE,
  SHOW_PERMISSION,
  UDR_EVENTS_QUERY,
  objectIdentifierOf,
  setPermissionCommand,
} from './commands';
import type { machine, UgsContext } from './machine';
import { SAMPLE_1021, SAMPLE_362 } from './samples';
import words from './words.yaml';

const udrLabel = udrCheckLabel;

/** The flow's own `messages`, for the answers' history words (`events`): words that change with an answer's values. */
const flowSay = messagesOf(words, 'src/flows/adfs2019-ugs-scope/words.yaml');

const valuesOf = (e: EventObject): Record<string, unknown> => {
  const v = (e as { values?: unknown }).values;
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
};

const isNewer = (c: UgsContext) => c.adfsOs === 'newer';
const isOlder = (c: UgsContext) => c.adfsOs === 'older';

export const logic: FlowLogic<UgsContext, typeof machine> = {
  values: {
    udrEventsQuery: () => UDR_EVENTS_QUERY,
    adfs1021Query: () => ADFS_1021_QUERY,
    getObjectIdCommand: () => GET_OBJECT_ID,
    showPermissionCommand: () => SHOW_PERMISSION,
    restartAdfs: () => RESTART_ADFS,
    setPermissionCommand: (c) => setPermissionCommand(c.objectId || undefined),
    drsClientId: () => DRS_CLIENT_ID,
    selfscope: () => SELFSCOPE,
    objectId: (c) => c.objectId,
    objectIdShown: (c) => c.objectId || OBJECT_ID_PLACEHOLDER,
    adfsBuild: (c) => c.adfsBuild,
  },
  when: {
    waited: (c) => c.waited,
    hasObjectId: (c) => c.objectId !== '',
    newerWithBuild: (c) => isNewer(c) && c.adfsBuild !== '',
    newerNoBuild: (c) => isNewer(c) && c.adfsBuild === '',
    olderWithBuild: (c) => isOlder(c) && c.adfsBuild !== '',
    olderNoBuild: (c) => isOlder(c) && c.adfsBuild === '',
    releaseUnknown: (c) => !isNewer(c) && !isOlder(c),
  },
  steps: {
    deployment: {
      /** Triage: the enrollment method says whether certificates come through AD FS. */
      read: (findings, _c, say) => {
        const method = (findingOf(findings, 'udr-event')?.facts.certEnrollmentMethod ?? findingOf(findings, 'dsregcmd')?.facts.certEnrollment ?? '').trim().toLowerCase();
        if (method === 'enrollment authority') return { event: { type: 'ADFS_CERT' }, because: say('enrollmentAuthority') };
        if (method === 'mobile device management') return { event: { type: 'OTHER' }, because: say('mobileDeviceManagement') };
        return undefined;
      },
    },
    event362: {
      read: (findings, _c, say) => {
        const f = findingsOf(findings, 'udr-event').find((x) => [358, 360, 362].includes(x.facts.eventId));
        if (!f) return undefined;
        const { eventId, stsAuthenticated, failing } = f.facts;
        const others = failing.filter((k) => k !== 'stsAuthenticated').map(udrLabel);
        const sts = say(stsAuthenticated === 'no' ? 'stsNo' : stsAuthenticated === 'yes' ? 'stsYes' : 'stsNotTested');
        const because = eventId === 358 ? say('launched') : others.length ? say('eventAlsoNo', { eventId, sts, others: others.join(', ') }) : say('event', { eventId, sts });
        return { event: { type: 'UDR_EVENT', values: { eventId, sts: stsAuthenticated ?? '', failing: [...failing] } }, because };
      },
      sample: SAMPLE_362,
    },
    event1021: {
      read: (findings, _c, say) => {
        const all = findingsOf(findings, 'adfs-1021');
        const f = all.find((x) => x.facts.isUgsScopeIssue) ?? all[0];
        if (!f) return undefined;
        const { isUgsScopeIssue, msis, clientId, scope } = f.facts;
        const values = { isUgsScopeIssue, ...(msis ? { msis } : {}), ...(clientId ? { clientId } : {}), ...(scope ? { scope } : {}) };
        const because = isUgsScopeIssue
          ? say(msis ? 'ugsRefused' : 'ugsRefusedNoCode', { msis })
          : say(msis ? (scope ? 'other' : 'otherNoScope') : scope ? 'otherNoCode' : 'otherBare', { msis, scope });
        return { event: { type: 'ADFS_1021', values }, because };
      },
      sample: SAMPLE_1021,
    },
    checkAdfsBuild: {
      read: (findings: readonly AnyFinding[], _c, say) => {
        const m = findingOf(findings, 'os-builds')?.facts.machines[0];
        if (!m) return undefined;
        const build = formatBuild(m.major, m.revision);
        return { event: { type: 'BUILD_ENTERED', values: { build } }, because: m.name ? say('buildOn', { build, name: m.name }) : say('build', { build }) };
      },
      sample: 'Microsoft Windows [Version 10.0.17763.5696]',
    },
    objectId: {
      fields: {
        objectId: {
          validate: (raw, _c, say) => (objectIdentifierOf(raw) ? undefined : raw.toLowerCase().includes(DRS_CLIENT_ID) ? say('clientId') : say('notGuid')),
        },
      },
    },
  },
  events: {
    UDR_EVENT: (e) => {
      const v = valuesOf(e);
      const failing = Array.isArray(v.failing) ? v.failing.map((k) => udrLabel(String(k))) : [];
      return { eventId: String(v.eventId ?? '?'), failing: failing.length ? flowSay('failingLines', { lines: failing.join(', ') }) : flowSay('noFailingLine') };
    },
    ADFS_1021: (e) => ({ verdict: flowSay(valuesOf(e).isUgsScopeIssue === true ? 'ugsScopeRefused' : 'differentError') }),
    BUILD_ENTERED: (e) => ({ build: String(valuesOf(e).build ?? '') }),
    OBJECT_ID_ENTERED: (e) => ({ objectId: String(valuesOf(e).objectId ?? '') }),
  },
};

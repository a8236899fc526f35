import { and, assign, setup } from 'xstate';
import { stsOwner } from '../shared/sts';
import { adfsOsOf, objectIdentifierOf, readAdfsBuild, type AdfsOs } from './commands';

export interface UgsContext {
  /** The AD FS server's Windows Server release, once known. */
  adfsOs: AdfsOs | '';
  /** The build typed or read for the AD FS server ('' when not given). */
  adfsBuild: string;
  /** The permission's ObjectIdentifier ('' when not known: the command keeps a placeholder). */
  objectId: string;
  /** The technician already waited for a recently joined device and checked again. */
  waited: boolean;
}

/** Facts of event 362 (or 358/360) as read from the User Device Registration log. */
export interface UdrValues {
  eventId?: number;
  /** The "authenticated to the enterprise STS" line: 'yes' | 'no' | 'not-tested'. */
  sts?: string;
  /** Keys of the lines that answered No (udr-event analyzer keys). */
  failing?: string[];
}

/** Facts of AD FS event 1021 as read from the AD FS/Admin log. */
export interface Adfs1021Values {
  isUgsScopeIssue?: boolean;
  msis?: string;
  clientId?: string;
  scope?: string;
}

export type UgsEvent =
  | { type: 'ADFS_CERT' }
  | { type: 'OTHER' }
  | { type: 'NOT_SURE' }
  | { type: 'UDR_EVENT'; values?: UdrValues }
  | { type: 'STS_NO' }
  | { type: 'OTHER_NO' }
  | { type: 'NO_362' }
  | { type: 'RECENT' }
  | { type: 'NOT_RECENT' }
  | { type: 'STARTED' }
  | { type: 'RECHECK' }
  | { type: 'STILL_NO' }
  | { type: 'ADFS_1021'; values?: Adfs1021Values }
  | { type: 'UGS_1021' }
  | { type: 'OTHER_1021' }
  | { type: 'NO_1021' }
  | { type: 'WS2019' }
  | { type: 'NEWER' }
  | { type: 'OLDER' }
  | { type: 'BUILD_ENTERED'; values?: { build?: string } }
  | { type: 'OBJECT_ID_ENTERED'; values?: { objectId?: string } }
  | { type: 'SKIP' }
  | { type: 'DONE' }
  | { type: 'PROMPTED' }
  | { type: 'COMMAND_FAILED' }
  | { type: 'NO_PROMPT' };

export { STS_FOLLOW_ON } from '../shared/sts';

function udrOf(event: UgsEvent): UdrValues {
  return event.type === 'UDR_EVENT' && event.values ? event.values : {};
}

function buildOf(event: UgsEvent): string {
  return event.type === 'BUILD_ENTERED' && typeof event.values?.build === 'string' ? event.values.build.trim() : '';
}

function objectIdOf(event: UgsEvent): string | undefined {
  return event.type === 'OBJECT_ID_ENTERED' ? objectIdentifierOf(event.values?.objectId) : undefined;
}

export const machine = setup({
  types: {
    context: {} as UgsContext,
    events: {} as UgsEvent,
  },
  guards: {
    /**
     * Event 362 says the user has not authenticated to the enterprise STS, and no other check
     * blocks: this flow owns it (shared/sts.ts decides, for the provisioning flow too).
     */
    stsFailedAlone: ({ event }) => {
      const v = udrOf(event);
      const failing = Array.isArray(v.failing) ? v.failing.filter((k): k is string => typeof k === 'string') : [];
      return v.eventId === 362 && stsOwner(v.sts, failing) === 'adfs-scope';
    },
    /** Event 358: provisioning launches, so nothing blocks it. */
    provisioningLaunched: ({ event }) => udrOf(event).eventId === 358,
    /** The technician already waited once for a recently joined device. */
    alreadyWaited: ({ context }) => context.waited,
    /** AD FS 1021 is MSIS9368 for the device registration client and the ugs scope. */
    ugsScopeRefused: ({ event }) => event.type === 'ADFS_1021' && event.values?.isUgsScopeIssue === true,
    adfsIsWs2019: ({ event }) => adfsOsOf(buildOf(event)) === 'ws2019',
    adfsIsNewer: ({ event }) => adfsOsOf(buildOf(event)) === 'newer',
    adfsIsOlder: ({ event }) => adfsOsOf(buildOf(event)) === 'older',
    /** The pasted ObjectIdentifier is a GUID (and not the client's id). */
    objectIdUsable: ({ event }) => objectIdOf(event) !== undefined,
  },
  actions: {
    markWaited: assign({ waited: true }),
    setOsWs2019: assign({ adfsOs: 'ws2019' as const }),
    setOsNewer: assign({ adfsOs: 'newer' as const }),
    setOsOlder: assign({ adfsOs: 'older' as const }),
    keepBuild: assign(({ event }) => {
      const read = readAdfsBuild(buildOf(event));
      return { adfsBuild: read?.build ?? '', adfsOs: read?.os ?? '' };
    }),
    keepObjectId: assign({ objectId: ({ event }) => objectIdOf(event) ?? '' }),
    forgetObjectId: assign({ objectId: '' }),
  },
}).createMachine({
  id: 'adfs2019-ugs-scope',
  initial: 'deployment',
  context: { adfsOs: '', adfsBuild: '', objectId: '', waited: false },
  states: {
    deployment: { on: { ADFS_CERT: 'event362', OTHER: 'outNotAdfsCertTrust', NOT_SURE: 'event362' } },
    event362: {
      on: {
        UDR_EVENT: [
          { guard: and(['provisioningLaunched', 'alreadyWaited']), target: 'outResolvedAfterWait' },
          { guard: 'provisioningLaunched', target: 'outNo362' },
          { guard: and(['stsFailedAlone', 'alreadyWaited']), target: 'event1021' },
          { guard: 'stsFailedAlone', target: 'recentJoin' },
          { target: 'outOtherPrereq' },
        ],
        STS_NO: [{ guard: 'alreadyWaited', target: 'event1021' }, { target: 'recentJoin' }],
        OTHER_NO: 'outOtherPrereq',
        NO_362: 'outNo362',
      },
    },
    recentJoin: { on: { RECENT: 'waitRecheck', NOT_RECENT: 'event1021', NOT_SURE: 'findJoinDate' } },
    findJoinDate: { on: { RECENT: 'waitRecheck', NOT_RECENT: 'event1021' } },
    waitRecheck: {
      entry: 'markWaited',
      on: { STARTED: 'outResolvedAfterWait', RECHECK: 'event362', STILL_NO: 'event1021' },
    },
    event1021: {
      on: {
        ADFS_1021: [{ guard: 'ugsScopeRefused', target: 'adfsVersion' }, { target: 'outOther1021' }],
        UGS_1021: 'adfsVersion',
        OTHER_1021: 'outOther1021',
        NO_1021: 'outNo1021',
      },
    },
    adfsVersion: {
      on: {
        WS2019: { target: 'objectId', actions: 'setOsWs2019' },
        NEWER: { target: 'outNotWs2019', actions: 'setOsNewer' },
        OLDER: { target: 'outNotWs2019', actions: 'setOsOlder' },
        NOT_SURE: 'checkAdfsBuild',
      },
    },
    checkAdfsBuild: {
      on: {
        BUILD_ENTERED: [
          { guard: 'adfsIsWs2019', target: 'objectId', actions: 'keepBuild' },
          { guard: 'adfsIsNewer', target: 'outNotWs2019', actions: 'keepBuild' },
          { guard: 'adfsIsOlder', target: 'outNotWs2019', actions: 'keepBuild' },
        ],
        WS2019: { target: 'objectId', actions: 'setOsWs2019' },
        NEWER: { target: 'outNotWs2019', actions: 'setOsNewer' },
        OLDER: { target: 'outNotWs2019', actions: 'setOsOlder' },
      },
    },
    objectId: {
      on: {
        OBJECT_ID_ENTERED: { guard: 'objectIdUsable', target: 'fixScope', actions: 'keepObjectId' },
        SKIP: { target: 'fixScope', actions: 'forgetObjectId' },
      },
    },
    fixScope: { on: { DONE: 'retry' } },
    retry: { on: { PROMPTED: 'outResolved', COMMAND_FAILED: 'objectId', NO_PROMPT: 'outEscalate' } },
    outResolved: { type: 'final' },
    outResolvedAfterWait: { type: 'final' },
    outNotAdfsCertTrust: { type: 'final' },
    outOtherPrereq: { type: 'final' },
    outNo362: { type: 'final' },
    outOther1021: { type: 'final' },
    outNo1021: { type: 'final' },
    outNotWs2019: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

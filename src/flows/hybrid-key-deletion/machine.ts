import { assign, setup } from 'xstate';
import { isUserName } from '../shared/values';
import { userFromPaste } from './user';
import { hasNameMismatchBuild, needsKeyDeletionFix, parseDcLines, type Dc } from './dcs';

export interface KeyDeletionContext {
  /** Every DC the technician listed, with its build. */
  dcs: Dc[];
  /** Lines of the DC list that held no build. */
  unread: string[];
  /** The user's sAMAccountName or UPN, as typed. */
  user: string;
}

export type KeyDeletionEvent =
  | { type: 'HYBRID_KEY_TRUST' }
  | { type: 'ON_PREM_KEY_TRUST' }
  | { type: 'OTHER_TRUST' }
  | { type: 'NOT_SURE' }
  | { type: 'STILL_NOT_SURE' }
  | { type: 'AFTER_FIRST' }
  | { type: 'INTERMITTENT' }
  | { type: 'NEVER_WORKED' }
  | { type: 'OTHER_MESSAGE' }
  | { type: 'FIRST_OK_THEN_FAILS' }
  | { type: 'BOTH_FAIL' }
  | { type: 'BOTH_WORK' }
  | { type: 'BUILDS_ENTERED'; values: { dcs: string[] } }
  | { type: 'READY' }
  | { type: 'RETRY' }
  | { type: 'USER_ENTERED'; values: { user: string } }
  | { type: 'KEYS_PRESENT' }
  | { type: 'KEYS_EMPTY' }
  | { type: 'DONE' }
  | { type: 'WORKS' }
  | { type: 'FAILS' }
  | { type: 'FIRST_FAILS' }
  | { type: 'SECOND_FAILS' };

function enteredDcs(event: KeyDeletionEvent) {
  return parseDcLines(event.type === 'BUILDS_ENTERED' && Array.isArray(event.values?.dcs) ? event.values.dcs : []);
}

export const machine = setup({
  types: {
    context: {} as KeyDeletionContext,
    events: {} as KeyDeletionEvent,
  },
  guards: {
    /** The typed user is a sAMAccountName, DOMAIN\\name or UPN: anything else never reaches a command. */
    validUser: ({ event }) => {
      if (event.type !== 'USER_ENTERED' || typeof event.values?.user !== 'string') return false;
      const user = userFromPaste(event.values.user);
      return !!user && isUserName(user);
    },
    /** Not one line of the DC list held a build number. */
    noBuildRead: ({ event }) => enteredDcs(event).dcs.length === 0,
    /** Some Windows Server 2019 DC is below 17763.316: the older name mismatch issue, not this one. */
    nameMismatchBuild: ({ event }) => enteredDcs(event).dcs.some(hasNameMismatchBuild),
    /** Some listed DC is in the key deletion range, or can't be ruled out (revision unknown or undocumented). */
    someDcNeedsFix: ({ context }) => context.dcs.some(needsKeyDeletionFix),
  },
  actions: {
    setDcs: assign(({ event }) => enteredDcs(event)),
    setUser: assign({ user: ({ event }) => (event.type === 'USER_ENTERED' && typeof event.values?.user === 'string' ? (userFromPaste(event.values.user) ?? event.values.user.trim()) : '') }),
  },
}).createMachine({
  id: 'hybrid-key-deletion',
  initial: 'deployment',
  context: { dcs: [], unread: [], user: '' },
  states: {
    deployment: {
      on: { HYBRID_KEY_TRUST: 'symptom', ON_PREM_KEY_TRUST: 'outOnPremKeyTrust', OTHER_TRUST: 'outNotKeyTrust', NOT_SURE: 'findDeployment' },
    },
    findDeployment: {
      on: { HYBRID_KEY_TRUST: 'symptom', ON_PREM_KEY_TRUST: 'outOnPremKeyTrust', OTHER_TRUST: 'outNotKeyTrust', STILL_NOT_SURE: 'symptom' },
    },
    symptom: {
      on: { AFTER_FIRST: 'dcBuilds', INTERMITTENT: 'dcBuilds', NEVER_WORKED: 'dcBuilds', OTHER_MESSAGE: 'outOtherError', NOT_SURE: 'reproduce' },
    },
    reproduce: {
      on: { FIRST_OK_THEN_FAILS: 'dcBuilds', BOTH_FAIL: 'dcBuilds', BOTH_WORK: 'outWorksNow', OTHER_MESSAGE: 'outOtherError' },
    },
    dcBuilds: {
      on: {
        BUILDS_ENTERED: [
          { guard: 'noBuildRead', target: 'buildsUnreadable' },
          { guard: 'nameMismatchBuild', target: 'outNameMismatch', actions: 'setDcs' },
          { target: 'userName', actions: 'setDcs' },
        ],
        NOT_SURE: 'findBuilds',
      },
    },
    findBuilds: { on: { READY: 'dcBuilds' } },
    buildsUnreadable: { on: { RETRY: 'dcBuilds' } },
    userName: { on: { USER_ENTERED: { guard: 'validUser', target: 'keyBefore', actions: 'setUser' }, NOT_SURE: 'findUser' } },
    findUser: { on: { READY: 'userName' } },
    keyBefore: { on: { KEYS_PRESENT: 'keyAfter', KEYS_EMPTY: 'syncKey' } },
    syncKey: { on: { DONE: 'keySynced' } },
    keySynced: { on: { KEYS_PRESENT: 'keyAfter', KEYS_EMPTY: 'outKeyNotSyncing' } },
    keyAfter: {
      on: {
        KEYS_EMPTY: [{ guard: 'someDcNeedsFix', target: 'updateDcs' }, { target: 'outKeyDeletedUnexplained' }],
        KEYS_PRESENT: [{ guard: 'someDcNeedsFix', target: 'updateDcs' }, { target: 'signInWorks' }],
      },
    },
    signInWorks: { on: { WORKS: 'outWasNotSynced', FAILS: 'outNotThisKeyPersists' } },
    updateDcs: { on: { DONE: 'checkTwice' } },
    checkTwice: { on: { BOTH_WORK: 'outResolved', FIRST_FAILS: 'outEscalate', SECOND_FAILS: 'outEscalate' } },
    outResolved: { type: 'final' },
    outWorksNow: { type: 'final' },
    outWasNotSynced: { type: 'final' },
    outNameMismatch: { type: 'final' },
    outOnPremKeyTrust: { type: 'final' },
    outNotKeyTrust: { type: 'final' },
    outOtherError: { type: 'final' },
    outKeyNotSyncing: { type: 'final' },
    outKeyDeletedUnexplained: { type: 'final' },
    outNotThisKeyPersists: { type: 'final' },
    outEscalate: { type: 'final' },
  },
});

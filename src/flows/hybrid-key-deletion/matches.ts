import { dsregcmdPicture, match } from '../shared/matches';
import type { OsBuildsFacts } from '../../evidence/types';

const affected = (f: OsBuildsFacts, issue: 'keyDeletion' | 'nameMismatch') => f.machines.filter((m) => m[issue].status === 'affected').length;

/** The evidence that points to this flow (paste triage ranks from it). */
export const matches = [
  match({ kind: 'sign-in-error' }),
  match({ kind: 'key-credential-link', when: (f) => f.empty }),
  match({
    kind: 'os-builds',
    when: (f) => affected(f, 'keyDeletion') > 0,
    rank: (f) => (affected(f, 'keyDeletion') >= affected(f, 'nameMismatch') ? 1 : 2),
  }),
  match({ kind: 'dsregcmd', when: (f) => dsregcmdPicture(f) === 'hybrid-provisioned' }),
];

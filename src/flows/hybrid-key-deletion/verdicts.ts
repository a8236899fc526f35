/**
 * What each DC's build means for the key deletion issue, in the words of words.yaml (`messages`): the verdict table,
 * the "DCs to update" list and what was updated. Pure: the words come in through `say`, the rule from dcs.ts.
 */
import type { Say } from '../shared/logic';
import { buildOf, hasNameMismatchBuild, keyDeletionOf, needsKeyDeletionFix, osNameOf, someRevisionUnknown, type Dc } from './dcs';

/** One line per DC: its build and what it means for the key deletion issue. */
export function verdictLine(dc: Dc, say: Say): string {
  const v = keyDeletionOf(dc);
  const head = say('dcHead', { name: dc.name, build: buildOf(dc), os: osNameOf(dc) ?? say('otherOs', { major: dc.major }) });
  const fix = { head, fixBuild: v.fixBuild, kb: v.kb };
  switch (v.status) {
    case 'affected':
      return say('verdictAffected', fix);
    case 'fixed':
      return say('verdictFixed', fix);
    case 'not-affected':
      if (hasNameMismatchBuild(dc)) return say('verdictNameMismatch', fix);
      return say(osNameOf(dc) ? 'verdictOlder' : 'verdictOtherOs', fix);
    case 'unknown':
      return say(dc.revision === null ? 'verdictNoRevision' : 'verdictUndocumented', fix);
  }
}

/** The per-DC verdict table, then what the list means as a whole. Paragraphs are separated by blank lines. */
export function verdictTable(dcs: readonly Dc[], unread: readonly string[], say: Say): string {
  if (dcs.length === 0) return say('tableEmpty');
  const parts = [say('tableHead', { lines: dcs.map((dc) => verdictLine(dc, say)).join('\n') })];
  if (unread.length) parts.push(say('tableUnread', { unread: unread.join('; ') }));
  if (someRevisionUnknown(dcs)) parts.push(say('tableReadRevision'));
  const needFix = dcs.filter(needsKeyDeletionFix);
  if (needFix.length === 0) {
    parts.push(say('tableNoneAffected'));
  } else {
    parts.push(say('tableToUpdate', { dcs: needFix.map((dc) => dc.name).join(', ') }));
    if (needFix.length < dcs.length) parts.push(say('tableMixed'));
  }
  return parts.join('\n\n');
}

/** One line per DC that needs the fix (to which build and KB); a note when none does. */
export function updateList(dcs: readonly Dc[], say: Say): string {
  const lines = dcs.filter(needsKeyDeletionFix).map((dc) => {
    const v = keyDeletionOf(dc);
    const values = { name: dc.name, build: buildOf(dc), fixBuild: v.fixBuild, kb: v.kb };
    return say(dc.revision === null ? 'updateNoRevision' : 'updateNow', values);
  });
  return lines.length ? lines.join('\n') : say('updateNone');
}

/** After the update was confirmed: each DC that needed it, with the build it had then, never shown as its build now. */
export function updatedList(dcs: readonly Dc[], say: Say): string {
  const lines = dcs.filter(needsKeyDeletionFix).map((dc) => {
    const v = keyDeletionOf(dc);
    return say('updated', { name: dc.name, build: buildOf(dc), fixBuild: v.fixBuild, kb: v.kb });
  });
  return lines.length ? lines.join('\n') : say('updatedNone');
}

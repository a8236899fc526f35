/**
 * What each DC's build means for the name mismatch issue, in the words of words.yaml (`messages`): the verdict table,
 * the "DCs to update" list and what was updated. Pure: the words come in through `say`, the rule from dcs.ts.
 */
import type { Say } from '../shared/logic';
import { buildOf, isUnknown, isWs2016, nameMismatchOf, osNameOf, type Dc } from './dcs';

/** One line per DC: its build and what it means for the name mismatch issue. */
export function verdictLine(dc: Dc, say: Say): string {
  const v = nameMismatchOf(dc);
  const head = say('dcHead', { name: dc.name, build: buildOf(dc), os: osNameOf(dc) ?? say('otherOs', { major: dc.major }) });
  const fix = { head, fixBuild: v.fixBuild, kb: v.kb };
  switch (v.status) {
    case 'affected':
      return say('verdictAffected', fix);
    case 'fixed':
      return say('verdictFixed', fix);
    case 'unknown':
      return say('verdictNoRevision', fix);
    case 'not-affected':
      return say(isWs2016(dc) ? 'verdictWs2016' : 'verdictOther', fix);
  }
}

/** The per-DC verdict table; paragraphs separated by blank lines. */
export function verdictTable(dcs: readonly Dc[], unread: readonly string[], say: Say): string {
  if (dcs.length === 0) return say('tableEmpty');
  const parts = [say('tableHead', { lines: dcs.map((dc) => verdictLine(dc, say)).join('\n') })];
  if (unread.length) parts.push(say('tableUnread', { unread: unread.join('; ') }));
  if (dcs.some(isUnknown)) parts.push(say('tableReadRevision'));
  return parts.join('\n\n');
}

/** What to do on each DC that needs (or may need) the fix. */
export function updateList(dcs: readonly Dc[], say: Say): string {
  const lines = dcs.flatMap((dc) => {
    const v = nameMismatchOf(dc);
    const values = { name: dc.name, build: buildOf(dc), fixBuild: v.fixBuild, kb: v.kb };
    if (v.status === 'affected') return [say('updateNow', values)];
    if (v.status === 'unknown') return [say('updateNoRevision', values)];
    return [];
  });
  return lines.length ? lines.join('\n') : say('updateNone');
}

/** After the update was confirmed: each DC that needed it, with the build it had then, never shown as its build now. */
export function updatedList(dcs: readonly Dc[], say: Say): string {
  const lines = dcs.flatMap((dc) => {
    const v = nameMismatchOf(dc);
    return v.status === 'affected' || v.status === 'unknown' ? [say('updated', { name: dc.name, build: buildOf(dc), fixBuild: v.fixBuild, kb: v.kb })] : [];
  });
  return lines.length ? lines.join('\n') : say('updatedNone');
}

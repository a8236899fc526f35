import type { Report, ReportAction, ReportNote, ReportStep } from './report';
import type { FactRow } from '../evidence/types';
import type { CaseStatus } from './types';
import { t } from '../words/messages';

/** A case status in words (the catalog's `status.*`). */
export function statusWord(status: CaseStatus): string {
  return t(`status.${status}`);
}

const markWord = (mark: FactRow['mark']) => (mark && mark !== 'info' ? t(`report.mark.${mark}`) : '');

/** A time as "2025-03-04 09:05 UTC": the same in every browser and time zone. */
export function utc(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return t('report.unknownTime');
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/**
 * Text that renders as itself in Markdown, lines kept: inline markup characters (also ~ for strike and
 * fences, & for entities such as &lt;) are escaped everywhere, and what only means something at the
 * start of a line (list markers, setext underlines === and ---, numbered items, indentation that
 * would make a code block) is escaped or dropped there. Lines end in a hard break, so they stay lines.
 */
export function mdText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/^[ \t]+/, '')
        .replace(/[\\`*_[\]<>|#~&]/g, '\\$&')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2'),
    )
    // A backslash at the end of a line is a hard line break, so the lines stay lines.
    .map((line, i, lines) => (line && lines[i + 1] ? `${line}\\` : line))
    .join('\n');
}

/** One-line text (titles, labels, answers): line breaks become spaces, then escaped as mdText. */
export function mdLine(s: string): string {
  return mdText(s.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Continuation lines indented so multi-line text stays inside its list item. */
function indentRest(s: string, pad: string): string {
  return s.split('\n').join('\n' + pad);
}

/** A fenced code block whose fence is longer than any run of backticks inside. */
export function codeBlock(code: string, language = '', pad = ''): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((m) => m.length));
  const fence = '`'.repeat(longest + 1);
  const lines = [`${fence}${language}`, ...code.replace(/\r\n?/g, '\n').split('\n'), fence];
  return lines.map((l) => pad + l).join('\n');
}

function notesLines(notes: ReportNote[], pad: string): string[] {
  return notes.map((n) => `${pad}- ${t('report.note')} (${utc(n.at)}): ${indentRest(mdText(n.text), pad + '  ')}`);
}

function actionLines(actions: ReportAction[], pad: string): string[] {
  const out: string[] = [];
  actions.forEach((a, i) => {
    const marker = `${i + 1}. `;
    const inner = pad + ' '.repeat(marker.length);
    out.push(`${pad}${marker}${indentRest(mdText(a.text), inner)}`);
    if (a.code) {
      out.push('');
      if (a.code.label) out.push(`${inner}${mdLine(a.code.label)}:`, '');
      out.push(codeBlock(a.code.code, a.code.language === 'text' ? '' : (a.code.language ?? ''), inner));
      out.push('');
    }
  });
  return out;
}

function stepLines(s: ReportStep): string[] {
  const out: string[] = [];
  const when = s.at !== undefined ? ` (${utc(s.at)})` : '';
  out.push(`${s.index + 1}. **${mdLine(s.title)}**`);
  if (s.answer !== undefined) {
    out.push(`   - ${t('report.answer')}: ${indentRest(mdText(s.answer), '     ')}${s.fromEvidence ? ` (${t('report.fromEvidence')})` : ''}${when}`);
  }
  if (s.fromEvidence) {
    if (s.fromEvidence.because) out.push(`   - ${t('report.because')}: ${indentRest(mdText(s.fromEvidence.because), '     ')}`);
    if (s.fromEvidence.facts.length) {
      out.push(`   - ${t('report.evidenceFacts')}:`);
      for (const f of s.fromEvidence.facts) {
        const mark = markWord(f.mark);
        out.push(`     - ${mdLine(f.label)}: ${indentRest(mdText(f.value), '       ')}${mark ? ` (${mark})` : ''}`);
      }
    }
  }
  out.push(...notesLines(s.notes, '   '));
  return out;
}

/** The report as Markdown for a ticket. Pure: the same report gives the same text. */
export function toMarkdown(r: Report, options: { redacted?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`# ${mdLine(r.title || r.flowTitle)}`, '');
  out.push(`- ${t('report.field.flow')}: ${mdLine(r.flowTitle)} (\`${r.flowId}\`)`);
  out.push(`- ${t('report.field.status')}: ${statusWord(r.status)}`);
  out.push(`- ${t('report.field.started')}: ${utc(r.createdAt)}`);
  out.push(`- ${t('report.field.lastActivity')}: ${utc(r.updatedAt)}`);
  out.push(`- ${t('report.field.case')}: ${r.caseId}`);
  if (options.redacted) out.push(`- ${t('report.field.redacted')}: ${t('report.redactedNote')}`);
  out.push('');
  if (r.rejectedAt !== undefined) {
    out.push(`> ${t('report.stopsAfter', { step: r.rejectedAt })}`, '');
  }

  if (r.startedFrom) {
    out.push(`## ${t('report.heading.startedFrom')}`, '', t('report.pastedAt', { time: utc(r.startedFrom.at) }), '', codeBlock(r.startedFrom.text), '');
  }

  out.push(`## ${t('report.heading.path')}`, '');
  if (!r.steps.length) out.push(t('report.noAnswers'));
  for (const s of r.steps) out.push(...stepLines(s));
  out.push('');

  if (r.current) {
    out.push(`## ${t('report.heading.current')}`, '');
    out.push(`${t('report.stepAt', { step: r.current.index + 1, title: `**${mdLine(r.current.title)}**` })} ${t('report.notAnswered')}`);
    out.push(...notesLines(r.current.notes, ''));
    out.push('');
  }

  const fixes = [...r.steps, ...(r.current ? [r.current] : [])].filter((s) => s.actions.length);
  if (fixes.length) {
    out.push(`## ${t('report.heading.fixes')}`, '');
    for (const s of fixes) {
      out.push(`### ${t('report.stepAt', { step: s.index + 1, title: mdLine(s.title) })}`, '');
      out.push(...actionLines(s.actions, ''));
      out.push('');
    }
  }

  out.push(`## ${t('report.heading.outcome')}`, '');
  if (r.outcome) {
    out.push(`**${t(`outcome.result.${r.outcome.result}`)}: ${mdLine(r.outcome.title)}**`, '');
    if (r.outcome.body) out.push(mdText(r.outcome.body), '');
    if (r.outcome.handOver.length) {
      out.push(`${t('report.handOver')}:`, '');
      for (const h of r.outcome.handOver) out.push(`- ${mdText(h)}`);
      out.push('');
    }
    if (r.outcome.notes.length) out.push(...notesLines(r.outcome.notes, ''), '');
  } else {
    out.push(t('report.notReachedInProgress'), '');
  }

  if (r.otherNotes.length) {
    out.push(`## ${t('report.heading.otherNotes')}`, '');
    out.push(t('report.otherNotesIntro'), '');
    for (const n of r.otherNotes) out.push(`- ${t('report.otherNote', { step: `${n.step + 1} (${mdLine(n.stateId)})`, time: utc(n.at), text: indentRest(mdText(n.text), '  ') })}`);
    out.push('');
  }

  if (r.references.length) {
    out.push(`## ${t('report.heading.references')}`, '');
    for (const ref of r.references) out.push(`- ${mdLine(ref.title)}: ${mdLine(ref.source)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

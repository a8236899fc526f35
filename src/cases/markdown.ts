import type { Report, ReportAction, ReportNote, ReportStep } from './report';
import type { CaseStatus } from './types';

export const STATUS_WORDS: Record<CaseStatus, string> = {
  'in-progress': 'In progress',
  resolved: 'Resolved',
  escalated: 'Escalated',
  'not-this': 'Not this issue',
};

const RESULT_WORDS = { resolved: 'Fixed', 'not-this': 'Not this issue', escalate: 'Hand over to support' } as const;
const MARK_WORDS = { pass: 'pass', fail: 'fail', warn: 'warning', info: '' } as const;

/** A time as "2025-03-04 09:05 UTC": the same in every browser and time zone. */
export function utc(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return 'unknown time';
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
  return notes.map((n) => `${pad}- Note (${utc(n.at)}): ${indentRest(mdText(n.text), pad + '  ')}`);
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
    out.push(`   - Answer: ${indentRest(mdText(s.answer), '     ')}${s.fromEvidence ? ' (from evidence)' : ''}${when}`);
  }
  if (s.fromEvidence) {
    if (s.fromEvidence.because) out.push(`   - Because: ${indentRest(mdText(s.fromEvidence.because), '     ')}`);
    if (s.fromEvidence.facts.length) {
      out.push('   - Evidence facts:');
      for (const f of s.fromEvidence.facts) {
        const mark = f.mark ? MARK_WORDS[f.mark] : '';
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
  out.push(`- Flow: ${mdLine(r.flowTitle)} (\`${r.flowId}\`)`);
  out.push(`- Status: ${STATUS_WORDS[r.status]}`);
  out.push(`- Started: ${utc(r.createdAt)}`);
  out.push(`- Last activity: ${utc(r.updatedAt)}`);
  out.push(`- Case: ${r.caseId}`);
  if (options.redacted) out.push('- Redacted: names, addresses and ids are replaced with placeholders');
  out.push('');
  if (r.rejectedAt !== undefined) {
    out.push(`> Some saved answers no longer fit this flow; the report stops after step ${r.rejectedAt}.`, '');
  }

  if (r.startedFrom) {
    out.push('## Evidence that started this case', '', `Pasted on the home page, ${utc(r.startedFrom.at)}:`, '', codeBlock(r.startedFrom.text), '');
  }

  out.push('## Path', '');
  if (!r.steps.length) out.push('No answers yet.');
  for (const s of r.steps) out.push(...stepLines(s));
  out.push('');

  if (r.current) {
    out.push('## Current step', '');
    out.push(`Step ${r.current.index + 1}: **${mdLine(r.current.title)}** (not answered yet)`);
    out.push(...notesLines(r.current.notes, ''));
    out.push('');
  }

  const fixes = [...r.steps, ...(r.current ? [r.current] : [])].filter((s) => s.actions.length);
  if (fixes.length) {
    out.push('## Fix steps', '');
    for (const s of fixes) {
      out.push(`### Step ${s.index + 1}: ${mdLine(s.title)}`, '');
      out.push(...actionLines(s.actions, ''));
      out.push('');
    }
  }

  out.push('## Outcome', '');
  if (r.outcome) {
    out.push(`**${RESULT_WORDS[r.outcome.result]}: ${mdLine(r.outcome.title)}**`, '');
    if (r.outcome.body) out.push(mdText(r.outcome.body), '');
    if (r.outcome.handOver.length) {
      out.push('What to hand over:', '');
      for (const h of r.outcome.handOver) out.push(`- ${mdText(h)}`);
      out.push('');
    }
    if (r.outcome.notes.length) out.push(...notesLines(r.outcome.notes, ''), '');
  } else {
    out.push('Not reached yet: the case is still in progress.', '');
  }

  if (r.otherNotes.length) {
    out.push('## Notes on earlier answers', '');
    out.push('These notes belong to steps that are no longer in the path because answers were changed.', '');
    for (const n of r.otherNotes) out.push(`- Step ${n.step + 1} (${mdLine(n.stateId)}), ${utc(n.at)}: ${indentRest(mdText(n.text), '  ')}`);
    out.push('');
  }

  if (r.references.length) {
    out.push('## References', '');
    for (const ref of r.references) out.push(`- ${mdLine(ref.title)}: ${mdLine(ref.source)}`);
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

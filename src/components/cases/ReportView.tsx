import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';

import type { Report, ReportNote, ReportStep } from '../../cases/report';
import { CodeBlock } from '../CodeBlock';
import { FactTable } from '../FactTable';
import { StatusChip } from './StatusChip';
import { localTime } from './files';
import { t } from '../../words/messages';


function Notes({ notes }: { notes: ReportNote[] }) {
  if (!notes.length) return null;
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 1 }}>
      {notes.map((n, i) => (
        <li key={i}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            <strong>{t('report.note')}</strong> ({localTime(n.at)}): {n.text}
          </Typography>
        </li>
      ))}
    </Box>
  );
}

function Actions({ step }: { step: ReportStep }) {
  return (
    <Box component="ol" sx={{ pl: 3, m: 0, '& > li': { mb: 1 } }}>
      {step.actions.map((a, i) => (
        <li key={i}>
          <Typography>{a.text}</Typography>
          {a.code && <CodeBlock code={a.code.code} label={a.code.label} />}
        </li>
      ))}
    </Box>
  );
}

function TimelineStep({ step }: { step: ReportStep }) {
  return (
    <Box component="li" sx={{ mb: 2, breakInside: 'avoid' }}>
      <Typography variant="h3" component="h3" sx={{ fontSize: '1.05rem' }}>
        {step.title}
      </Typography>
      {step.answer !== undefined && (
        <Typography>
          {t('report.answer')}: <strong style={{ whiteSpace: 'pre-line' }}>{step.answer}</strong>
          {step.fromEvidence && <Chip size="small" label={t('report.fromEvidence')} color="info" variant="outlined" sx={{ ml: 1 }} />}
          {step.at !== undefined && (
            <Typography component="span" variant="body2" color="textSecondary" sx={{ ml: 1 }}>
              {localTime(step.at)}
            </Typography>
          )}
        </Typography>
      )}
      {step.fromEvidence?.because && <Typography variant="body2">{t('report.because')}: {step.fromEvidence.because}</Typography>}
      {step.fromEvidence && step.fromEvidence.facts.length > 0 && (
        <Box sx={{ maxWidth: 640, mt: 0.5 }}>
          <FactTable rows={step.fromEvidence.facts} caption={t('report.factsFor', { step: step.index + 1 })} />
        </Box>
      )}
      <Notes notes={step.notes} />
    </Box>
  );
}

/** The report on screen and on paper: the same content as the Markdown, rendered as text only. */
export function ReportView({ report: r, redacted }: { report: Report; redacted?: boolean }) {
  const fixes = [...r.steps, ...(r.current ? [r.current] : [])].filter((s) => s.actions.length);
  return (
    <Box component="article" aria-labelledby="report-title" data-report-status={r.status}>
      <Typography variant="h1" id="report-title" sx={{ mb: 1, wordBreak: 'break-word' }}>
        {r.title || r.flowTitle}
      </Typography>
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 2, rowGap: 0.5, m: 0, mb: 2, '& dt': { fontWeight: 600 }, '& dd': { m: 0 } }}>
        <dt>{t('report.field.flow')}</dt>
        <dd>{r.flowTitle}</dd>
        <dt>{t('report.field.status')}</dt>
        <dd>
          <StatusChip status={r.status} />
        </dd>
        <dt>{t('report.field.started')}</dt>
        <dd>{localTime(r.createdAt)}</dd>
        <dt>{t('report.field.lastActivity')}</dt>
        <dd>{localTime(r.updatedAt)}</dd>
        <dt>{t('report.field.case')}</dt>
        <dd>{r.caseId}</dd>
      </Box>
      {redacted && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {t('report.redactedAlert')}
        </Alert>
      )}
      {r.rejectedAt !== undefined && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {t('report.stopsAfter', { step: r.rejectedAt })}
        </Alert>
      )}

      {r.startedFrom && (
        <Box component="section" aria-labelledby="started-from">
          <Typography variant="h2" id="started-from" sx={{ mt: 3, mb: 1 }}>
            {t('report.heading.startedFrom')}
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {t('report.pastedAt', { time: localTime(r.startedFrom.at) })}
          </Typography>
          <Box component="pre" sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 320, overflow: 'auto', fontSize: '0.85rem' }}>
            {r.startedFrom.text}
          </Box>
        </Box>
      )}
      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        {t('report.heading.path')}
      </Typography>
      {r.steps.length === 0 && <Typography>{t('report.noAnswers')}</Typography>}
      <Box component="ol" sx={{ pl: 3, m: 0 }}>
        {r.steps.map((s) => (
          <TimelineStep key={s.index} step={s} />
        ))}
      </Box>

      {r.current && (
        <>
          <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
            {t('report.heading.current')}
          </Typography>
          <Typography>
            {t('report.stepAt', { step: r.current.index + 1, title: '' })}<strong>{r.current.title}</strong> {t('report.notAnswered')}
          </Typography>
          <Notes notes={r.current.notes} />
        </>
      )}

      {fixes.length > 0 && (
        <>
          <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
            {t('report.heading.fixes')}
          </Typography>
          {fixes.map((s) => (
            <Box key={s.index} sx={{ mb: 2, breakInside: 'avoid' }}>
              <Typography variant="h3" sx={{ mb: 1 }}>
                {t('report.stepAt', { step: s.index + 1, title: s.title })}
              </Typography>
              <Actions step={s} />
            </Box>
          ))}
        </>
      )}

      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        {t('report.heading.outcome')}
      </Typography>
      {r.outcome ? (
        <Box>
          <Typography sx={{ mb: 1 }}>
            <strong>
              {t(`outcome.result.${r.outcome.result}`)}: {r.outcome.title}
            </strong>
          </Typography>
          {r.outcome.body && <Typography sx={{ mb: 1, whiteSpace: 'pre-line' }}>{r.outcome.body}</Typography>}
          {r.outcome.handOver.length > 0 && (
            <>
              <Typography variant="h3" sx={{ mb: 0.5 }}>
                {t('report.handOver')}
              </Typography>
              <Box component="ul" sx={{ pl: 3, mt: 0 }}>
                {r.outcome.handOver.map((h, i) => (
                  <li key={i}>
                    <Typography>{h}</Typography>
                  </li>
                ))}
              </Box>
            </>
          )}
          <Notes notes={r.outcome.notes} />
        </Box>
      ) : (
        <Typography>{t('report.notReached', { status: t(`status.${r.status}`).toLowerCase() })}</Typography>
      )}

      {r.otherNotes.length > 0 && (
        <>
          <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
            {t('report.heading.otherNotes')}
          </Typography>
          <Typography sx={{ mb: 1 }}>{t('report.otherNotesIntro')}</Typography>
          <Box component="ul" sx={{ pl: 3 }}>
            {r.otherNotes.map((n, i) => (
              <li key={i}>
                <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {t('report.otherNote', { step: n.step + 1, time: localTime(n.at), text: n.text })}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}

      {r.references.length > 0 && (
        <>
          <Divider sx={{ my: 3 }} />
          <Typography variant="h2" sx={{ mb: 1 }}>
            {t('report.heading.references')}
          </Typography>
          <Box component="ul" sx={{ pl: 3 }}>
            {r.references.map((ref) => (
              <li key={ref.title + ref.source}>
                <Typography sx={{ wordBreak: 'break-word' }}>
                  {ref.title}: {ref.source}
                </Typography>
              </li>
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}

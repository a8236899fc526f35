import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Typography from '@mui/material/Typography';
import { STATUS_WORDS } from '../../cases/markdown';
import type { Report, ReportNote, ReportStep } from '../../cases/report';
import { CodeBlock } from '../CodeBlock';
import { FactTable } from '../FactTable';
import { StatusChip } from './StatusChip';
import { localTime } from './files';

const RESULT_WORDS = { resolved: 'Fixed', 'not-this': 'Not this issue', escalate: 'Hand over to support' } as const;

function Notes({ notes }: { notes: ReportNote[] }) {
  if (!notes.length) return null;
  return (
    <Box component="ul" sx={{ pl: 2.5, my: 1 }}>
      {notes.map((n, i) => (
        <li key={i}>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
            <strong>Note</strong> ({localTime(n.at)}): {n.text}
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
          Answer: <strong style={{ whiteSpace: 'pre-line' }}>{step.answer}</strong>
          {step.fromEvidence && <Chip size="small" label="from evidence" color="info" variant="outlined" sx={{ ml: 1 }} />}
          {step.at !== undefined && (
            <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
              {localTime(step.at)}
            </Typography>
          )}
        </Typography>
      )}
      {step.fromEvidence?.because && <Typography variant="body2">Because: {step.fromEvidence.because}</Typography>}
      {step.fromEvidence && step.fromEvidence.facts.length > 0 && (
        <Box sx={{ maxWidth: 640, mt: 0.5 }}>
          <FactTable rows={step.fromEvidence.facts} caption={`Evidence facts for step ${step.index + 1}`} />
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
        <dt>Flow</dt>
        <dd>{r.flowTitle}</dd>
        <dt>Status</dt>
        <dd>
          <StatusChip status={r.status} />
        </dd>
        <dt>Started</dt>
        <dd>{localTime(r.createdAt)}</dd>
        <dt>Last activity</dt>
        <dd>{localTime(r.updatedAt)}</dd>
        <dt>Case</dt>
        <dd>{r.caseId}</dd>
      </Box>
      {redacted && (
        <Alert severity="info" sx={{ mb: 2 }}>
          Redacted: names, addresses and ids are replaced with placeholders.
        </Alert>
      )}
      {r.rejectedAt !== undefined && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          Some saved answers no longer fit this flow; the report stops after step {r.rejectedAt}.
        </Alert>
      )}

      {r.startedFrom && (
        <Box component="section" aria-labelledby="started-from">
          <Typography variant="h2" id="started-from" sx={{ mt: 3, mb: 1 }}>
            Evidence that started this case
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Pasted on the home page, {localTime(r.startedFrom.at)}:
          </Typography>
          <Box component="pre" sx={{ p: 1.5, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 320, overflow: 'auto', fontSize: '0.85rem' }}>
            {r.startedFrom.text}
          </Box>
        </Box>
      )}
      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        Path
      </Typography>
      {r.steps.length === 0 && <Typography>No answers yet.</Typography>}
      <Box component="ol" sx={{ pl: 3, m: 0 }}>
        {r.steps.map((s) => (
          <TimelineStep key={s.index} step={s} />
        ))}
      </Box>

      {r.current && (
        <>
          <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
            Current step
          </Typography>
          <Typography>
            Step {r.current.index + 1}: <strong>{r.current.title}</strong> (not answered yet)
          </Typography>
          <Notes notes={r.current.notes} />
        </>
      )}

      {fixes.length > 0 && (
        <>
          <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
            Fix steps
          </Typography>
          {fixes.map((s) => (
            <Box key={s.index} sx={{ mb: 2, breakInside: 'avoid' }}>
              <Typography variant="h3" sx={{ mb: 1 }}>
                Step {s.index + 1}: {s.title}
              </Typography>
              <Actions step={s} />
            </Box>
          ))}
        </>
      )}

      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        Outcome
      </Typography>
      {r.outcome ? (
        <Box>
          <Typography sx={{ mb: 1 }}>
            <strong>
              {RESULT_WORDS[r.outcome.result]}: {r.outcome.title}
            </strong>
          </Typography>
          {r.outcome.body && <Typography sx={{ mb: 1, whiteSpace: 'pre-line' }}>{r.outcome.body}</Typography>}
          {r.outcome.handOver.length > 0 && (
            <>
              <Typography variant="h3" sx={{ mb: 0.5 }}>
                What to hand over
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
        <Typography>Not reached yet: the case is {STATUS_WORDS[r.status].toLowerCase()}.</Typography>
      )}

      {r.otherNotes.length > 0 && (
        <>
          <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
            Notes on earlier answers
          </Typography>
          <Typography sx={{ mb: 1 }}>These notes belong to steps that are no longer in the path because answers were changed.</Typography>
          <Box component="ul" sx={{ pl: 3 }}>
            {r.otherNotes.map((n, i) => (
              <li key={i}>
                <Typography sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  Step {n.step + 1}, {localTime(n.at)}: {n.text}
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
            References
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

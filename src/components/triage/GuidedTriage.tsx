import { useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ArrowBack from '@mui/icons-material/ArrowBack';
import RestartAlt from '@mui/icons-material/RestartAlt';
import type { EventObject } from 'xstate';
import { resolveText } from '../../flows/shared/text';
import { viewOf } from '../../triage/guided/session';
import type { TriageContext } from '../../triage/guided/machine';
import { AnswerButtons } from '../AnswerButtons';
import { HowToList } from '../HowToList';
import { Paragraphs } from '../Paragraphs';
import { useFocusHeading } from '../useFocusHeading';
import { BuildsForm } from './BuildsForm';
import { TriageResultView } from './TriageResultView';

const KIND_WORDS = { question: 'Question', form: 'Question', result: 'Result' } as const;

/** One screen of the guided triage, rendered from the answers so far. */
export function GuidedTriage({ events, onChange }: { events: EventObject[]; onChange: (events: EventObject[]) => void }) {
  const view = viewOf(events);
  const { step, stateId, context } = view;
  const heading = useFocusHeading(`${stateId}|${view.accepted}`);
  const [dropped] = useState(view.accepted < events.length);
  const ctx = context as TriageContext;
  const answer = (event: EventObject) => onChange([...events.slice(0, view.accepted), event]);
  return (
    <Stack spacing={2}>
      {dropped && <Alert severity="info">Some saved answers did not fit the questions and were left out. Carry on from here.</Alert>}
      {view.answered.length > 0 && (
        <Box component="nav" aria-label="Your answers so far">
          <Typography variant="subtitle2" component="h2">
            Your answers so far
          </Typography>
          <Box component="ol" sx={{ pl: 3, my: 0.5 }}>
            {view.answered.map((a, i) => (
              <Typography component="li" variant="body2" key={i} sx={{ overflowWrap: 'anywhere' }}>
                <Box component="span" sx={{ color: 'text.secondary' }}>
                  {a.question}
                </Box>{' '}
                <strong>{a.label}</strong>
              </Typography>
            ))}
          </Box>
        </Box>
      )}
      <Paper component="section" variant="outlined" data-triage-step={stateId} data-triage-kind={step.kind} aria-labelledby="triage-step-heading" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="overline" component="p" color="text.secondary">
          {KIND_WORDS[step.kind]}
        </Typography>
        <Typography variant="h2" id="triage-step-heading" ref={heading} tabIndex={-1} sx={{ mb: 2, outline: 'none' }}>
          {resolveText(step.title, ctx)}
        </Typography>
        {step.kind !== 'result' && <Paragraphs text={resolveText(step.body, ctx)} />}
        {step.kind !== 'result' && <HowToList items={step.howTo} ctx={ctx} title={step.kind === 'form' ? 'How to read a build' : 'How to tell'} />}
        {step.kind === 'question' && <AnswerButtons answers={step.answers} onAnswer={(type) => answer({ type })} />}
        {step.kind === 'form' && <BuildsForm key={view.accepted} step={step} onSubmit={answer} />}
        {step.kind === 'result' && <TriageResultView step={step} ctx={ctx} />}
      </Paper>
      {events.length > 0 && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
          <Button startIcon={<ArrowBack />} onClick={() => onChange(events.slice(0, Math.max(0, view.accepted - 1)))}>
            Back
          </Button>
          <Button startIcon={<RestartAlt />} onClick={() => onChange([])}>
            Start again
          </Button>
        </Box>
      )}
    </Stack>
  );
}

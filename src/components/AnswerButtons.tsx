import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Answer } from '../flows/shared/types';
import { t } from '../words/messages';

/** Each answer as a real button; the hint becomes part of its description. */
export function AnswerButtons({ answers, onAnswer, variant = 'contained' }: { answers: Answer[]; onAnswer: (event: string) => void; variant?: 'contained' | 'outlined' }) {
  return (
    <Stack spacing={1} sx={{ alignItems: { xs: 'stretch', sm: 'flex-start' } }} role="group" aria-label={t('step.answers')} className="answer-buttons">
      {answers.map((a) => (
        <Button
          key={a.event}
          variant={a.event === 'NOT_SURE' ? 'outlined' : variant}
          onClick={() => onAnswer(a.event)}
          data-event={a.event}
          sx={{ justifyContent: 'flex-start', textAlign: 'left', flexDirection: 'column', alignItems: 'flex-start', py: 1 }}
        >
          <span>{a.label}</span>
          {a.hint && (
            <Typography component="span" variant="caption" sx={{ opacity: 0.85 }}>
              {a.hint}
            </Typography>
          )}
        </Button>
      ))}
    </Stack>
  );
}

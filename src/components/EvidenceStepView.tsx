import { useEffect, useMemo, useState } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { EventObject } from 'xstate';
import { describeKind } from '../evidence';
import { parseHostList } from '../evidence/hosts';
import type { CaseEvent } from '../cases/types';
import type { EvidenceStep, Field, FlowContent } from '../flows/shared/types';
import { answerLabel, resolveText } from '../flows/shared/text';
import { AnswerButtons } from './AnswerButtons';
import { FindingList } from './FindingList';
import { PasteBox } from './PasteBox';
import { usePasteAnalysis } from './usePasteAnalysis';
import { t } from '../words/messages';

interface Props<C> {
  step: EvidenceStep<C>;
  stateId: string;
  ctx: C;
  content: FlowContent<C>;
  onAnswer: (event: CaseEvent) => void;
  initialPaste?: string;
  previous?: CaseEvent;
}

/** The form's starting text: the answer given before (after Back), else each field's default. */
function startValues<C>(step: EvidenceStep<C>, ctx: C, previous?: CaseEvent): Record<string, string> {
  const given = previous && step.submit && previous.type === step.submit.event ? (previous as { values?: Record<string, unknown> }).values : undefined;
  const out: Record<string, string> = {};
  for (const f of step.fields ?? []) {
    const val = given?.[f.name];
    if (Array.isArray(val) && val.every((v) => typeof v === 'string')) out[f.name] = val.join('\n');
    else if (typeof val === 'string') out[f.name] = val;
    else if (f.defaultValue !== undefined) out[f.name] = resolveText(f.defaultValue, ctx);
  }
  return out;
}

function fieldError<C>(field: Field<C>, raw: string, ctx: C): string | undefined {
  const required = typeof field.required === 'function' ? field.required(ctx) : !!field.required;
  if (required && !raw.trim()) return field.type === 'hosts' ? t('evidence.needHost') : t('evidence.required', { label: field.label });
  if (raw.trim() && field.validate) {
    const custom = field.validate(raw, ctx);
    if (custom) return custom;
  }
  if (field.type !== 'hosts') return undefined;
  const { hosts, invalid } = parseHostList(raw);
  if (invalid.length) return t('evidence.badHost', { hosts: invalid.join(', ') });
  if (required && hosts.length === 0) return t('evidence.needHost');
  return undefined;
}

function fieldValue<C>(field: Field<C>, raw: string): unknown {
  if (field.type === 'hosts') return parseHostList(raw).hosts;
  if (field.type === 'list') return raw.split('\n').map((s) => s.trim()).filter(Boolean);
  return raw.trim();
}

export function EvidenceStepView<C>({ step, stateId, ctx, content, onAnswer, initialPaste = '', previous }: Props<C>) {
  const [paste, setPaste] = useState(initialPaste);
  const [values, setValues] = useState<Record<string, string>>(() => startValues(step, ctx, previous));
  const [tried, setTried] = useState(false);
  const analysis = usePasteAnalysis(paste);
  const reading = useMemo(() => (analysis.findings.length ? step.read?.(analysis.findings, ctx) : undefined), [analysis.findings, step, ctx]);
  const fields = step.fields ?? [];

  // A reading that carries typed values fills the form, so the person can see and edit them.
  useEffect(() => {
    const rv = (reading?.event as { values?: Record<string, unknown> } | undefined)?.values;
    if (!rv) return;
    setValues((old) => {
      const next = { ...old };
      for (const f of fields) {
        const val = rv[f.name];
        if (Array.isArray(val)) next[f.name] = val.join('\n');
        else if (typeof val === 'string') next[f.name] = val;
      }
      return next;
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reading]);

  const errors = Object.fromEntries(fields.map((f) => [f.name, fieldError(f, values[f.name] ?? '', ctx)]));
  const hasErrors = Object.values(errors).some(Boolean);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (hasErrors || !step.submit) return;
    const out: Record<string, unknown> = {};
    for (const f of fields) out[f.name] = fieldValue(f, values[f.name] ?? '');
    const fromEvidence = reading && JSON.stringify((reading.event as { values?: unknown }).values) === JSON.stringify(out);
    onAnswer({
      type: step.submit.event,
      values: out,
      ...(fromEvidence ? { meta: { at: Date.now(), via: 'evidence', because: reading.because, facts: analysis.findings.flatMap((f) => f.rows).slice(0, 60) } } : {}),
    } as CaseEvent);
  };

  const useReading = () => {
    if (!reading) return;
    onAnswer({ ...(reading.event as EventObject), meta: { at: Date.now(), via: 'evidence', because: reading.because, facts: analysis.findings.flatMap((f) => f.rows).slice(0, 60) } });
  };

  const recognised = analysis.findings.map((f) => describeKind(f.kind));
  const pasteId = `paste-${stateId}`;

  return (
    <Stack spacing={2}>
      <Box>
        <PasteBox id={pasteId} value={paste} onChange={setPaste} label={t('evidence.pasteLabel', { needs: step.needs })} />
      </Box>
      <Box aria-live="polite">
        {analysis.busy && <Typography color="textSecondary">{t('evidence.reading')}</Typography>}
        {!analysis.busy && paste.trim() !== '' && (
          <>
            {analysis.findings.length === 0 && (
              <Alert severity="warning">
                {t('evidence.nothingRecognised', { needs: step.needs })}
              </Alert>
            )}
            {analysis.findings.length > 0 && !reading && (
              <Alert severity="info">
                {t('evidence.notThisStep', { kinds: recognised.join(', '), needs: step.needs })}
              </Alert>
            )}
            {reading && (
              <Alert
                severity="success"
                action={
                  <Button color="inherit" variant="outlined" size="small" onClick={useReading} sx={{ whiteSpace: "nowrap" }}>
                    {t('evidence.useAnswer')}
                  </Button>
                }
              >
                <strong>{t('evidence.fromEvidence', { answer: answerLabel(content, stateId, reading.event) })}</strong> {reading.because} {t('evidence.canStillChoose')}
              </Alert>
            )}
            {analysis.findings.length > 0 && <FindingList findings={analysis.findings} />}
          </>
        )}
      </Box>
      {fields.length > 0 && step.submit && (
        <Box component="form" onSubmit={submit} noValidate>
          <Stack spacing={2}>
            {fields.map((f) => {
              const err = tried || values[f.name] ? errors[f.name] : undefined;
              return (
                <TextField
                  key={f.name}
                  id={`field-${stateId}-${f.name}`}
                  label={f.label}
                  value={values[f.name] ?? ''}
                  onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
                  placeholder={f.placeholder}
                  required={typeof f.required === 'function' ? f.required(ctx) : f.required}
                  multiline={f.type !== 'text' || !!f.multiline}
                  minRows={f.type !== 'text' || f.multiline ? 2 : undefined}
                  error={!!err}
                  helperText={err ?? f.help}
                  fullWidth
                />
              );
            })}
            <Box>
              <Button type="submit" variant="contained">
                {step.submit.label}
              </Button>
            </Box>
          </Stack>
        </Box>
      )}
      {step.answers.length > 0 && (
        <Box>
          <Typography variant="h3" component="h3" gutterBottom>
            {fields.length ? t('evidence.or') : t('evidence.yourAnswer')}
          </Typography>
          <AnswerButtons answers={step.answers} onAnswer={(type) => onAnswer({ type })} variant={fields.length ? 'outlined' : 'contained'} />
        </Box>
      )}
    </Stack>
  );
}

import { useEffect, useMemo, useState } from 'react';
import type { EventObject } from 'xstate';
import { describeKind } from '../evidence/kinds';
import { parseHostList } from '../evidence/hosts';
import type { CaseEvent } from '../cases/types';
import type { EvidenceStep, Field, FlowContent } from '../flows/shared/types';
import { answerLabel, resolveText } from '../flows/shared/text';
import { AnswerButtons } from './AnswerButtons';
import { btn } from './Icon';
import { Notice } from './Notice';
import { PasteBox } from './PasteBox';
import { themedPart } from './themedLazy';
import { TextInput } from './triage/TextInput';
import { usePasteAnalysis } from './usePasteAnalysis';
import { t } from '../words/messages';

/** The fact tables (MUI's Table) load once something is pasted: the form itself draws without MUI. */
const Findings = themedPart(async () => (await import('./FindingList')).FindingList);

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
  const pasted = paste.trim() !== '';
  useEffect(() => {
    if (pasted) void Findings.preload().catch(() => undefined); // while the paste is read; drawn (and retried) when found
  }, [pasted]);
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
    <div className="stack">
      <PasteBox id={pasteId} value={paste} onChange={setPaste} label={t('evidence.pasteLabel', { needs: step.needs })} />
      <div aria-live="polite" className="stack">
        {analysis.busy && <p className="body1 text-secondary">{t('evidence.reading')}</p>}
        {!analysis.busy && pasted && (
          <>
            {analysis.findings.length === 0 && <Notice severity="warning">{t('evidence.nothingRecognised', { needs: step.needs })}</Notice>}
            {analysis.findings.length > 0 && !reading && (
              <Notice severity="info">{t('evidence.notThisStep', { kinds: recognised.join(', '), needs: step.needs })}</Notice>
            )}
            {reading && (
              <Notice
                severity="success"
                action={
                  <button type="button" className={btn('outlined', 'small', 'btn-inherit no-wrap')} onClick={useReading}>
                    {t('evidence.useAnswer')}
                  </button>
                }
              >
                <strong>{t('evidence.fromEvidence', { answer: answerLabel(content, stateId, reading.event) })}</strong> {reading.because} {t('evidence.canStillChoose')}
              </Notice>
            )}
            {analysis.findings.length > 0 && <Findings findings={analysis.findings} />}
          </>
        )}
      </div>
      {fields.length > 0 && step.submit && (
        <form onSubmit={submit} noValidate className="stack">
          {fields.map((f) => {
            const err = tried || values[f.name] ? errors[f.name] : undefined;
            const multiline = f.type !== 'text' || !!f.multiline;
            return (
              <TextInput
                key={f.name}
                id={`field-${stateId}-${f.name}`}
                label={f.label}
                value={values[f.name] ?? ''}
                onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))}
                placeholder={f.placeholder}
                required={typeof f.required === 'function' ? f.required(ctx) : f.required}
                rows={multiline ? 2 : undefined}
                invalid={!!err}
                helperText={err ?? f.help}
              />
            );
          })}
          <div>
            <button type="submit" className={btn('contained')}>
              {step.submit.label}
            </button>
          </div>
        </form>
      )}
      {step.answers.length > 0 && (
        <div>
          <h3 className="heading3">{fields.length ? t('evidence.or') : t('evidence.yourAnswer')}</h3>
          <AnswerButtons answers={step.answers} onAnswer={(type) => onAnswer({ type })} variant={fields.length ? 'outlined' : 'contained'} />
        </div>
      )}
    </div>
  );
}

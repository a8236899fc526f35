import { Link as RouterLink } from 'react-router';
import { paths } from '../paths';
import { flowMeta } from '../flows/registry';
import type { OutcomeStep } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { t } from '../words/messages';
import { btn } from './Icon';
import { Notice } from './Notice';

const SEVERITY = { resolved: 'success', 'not-this': 'info', escalate: 'warning' } as const;

/**
 * An ending: the verdict, the flow that fits better, related flows, what to hand over, and the way back. Plain elements
 * styled by global.css, drawn as MUI's outlined Alert, Typography and Button drew them: the card's code is small and
 * needs no MUI, so a first move to an ending shows it without loading MUI's code and theme.
 */
export function OutcomeView<C>({ step, ctx, children }: { step: OutcomeStep<C>; ctx: C; children?: React.ReactNode }) {
  const related = step.related ? flowMeta(step.related) : undefined;
  const also = (step.also ?? []).map((a) => ({ ...a, meta: flowMeta(a.flow) })).filter((a) => a.meta);
  const handOver = step.handOver?.map((h) => resolveText(h, ctx)) ?? [];
  return (
    <div className="stack">
      <Notice
        severity={SEVERITY[step.result]}
        outlined
        title={step.verdict !== undefined && related ? t('outcome.openFits') : t(`outcome.result.${step.result}`)}
      >
        {step.verdict !== undefined ? resolveText(step.verdict, ctx) : t(`outcome.${step.result}`)}
      </Notice>
      {related && (
        <div>
          <p className="body1 gutter-bottom">{t('outcome.fitsBetter')}</p>
          <RouterLink className={btn('contained')} to={paths.flow(related.id)} state={step.carry?.(ctx)}>
            {t('outcome.open', { title: related.title })}
          </RouterLink>
        </div>
      )}
      {also.length > 0 && (
        <div>
          <h3 className="heading3">{t('outcome.alsoHeading')}</h3>
          <ul className="outcome-list">
            {also.map((a) => (
              <li key={a.flow}>
                <p className="body1">
                  {a.when}:{' '}
                  <RouterLink className="text-link" to={paths.flow(a.flow)}>
                    {a.meta!.title}
                  </RouterLink>
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {handOver.length > 0 && (
        <div>
          <h3 className="heading3">{t('outcome.handOverHeading')}</h3>
          <ul className="outcome-list">
            {handOver.map((h, i) => (
              <li key={i}>
                <p className="body1">{h}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {children}
      <div>
        <RouterLink className={btn(related ? 'text' : 'outlined')} to={paths.home()}>
          {t('outcome.backToIssues')}
        </RouterLink>
      </div>
    </div>
  );
}

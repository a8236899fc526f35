import { Link as RouterLink } from 'react-router';
import { paths } from '../paths';
import type { FlowMeta } from '../flows/shared/types';
import { t } from '../words/messagesShell';
import { visuallyHidden } from './visuallyHidden';

/**
 * Every flow as a card: what it's called, what the person sees, where it applies. Plain elements styled by
 * `.catalog*` in global.css (the look of MUI's outlined Card, CardActionArea, Typography and a small outlined
 * label): the home page's first visit hydrates a dozen cards without styled components, and a card's hover and
 * keyboard-focus highlight are CSS only.
 */
export function FlowCatalog({ flows, headingLevel = 'h3' }: { flows: FlowMeta[]; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <ul className="catalog">
      {flows.map((f) => (
        <li key={f.id}>
          <div className="catalog-card">
            <RouterLink className="catalog-link" to={paths.flow(f.id)} data-flow-id={f.id}>
              <div className="catalog-body">
                <Heading className="catalog-title">{f.title}</Heading>
                <p className="catalog-symptom">{f.symptom}</p>
                <div className="catalog-labels">
                  <span style={visuallyHidden}>{t('catalog.appliesTo')}</span>
                  {f.appliesTo.map((a) => (
                    <span key={a} className="catalog-label">
                      {a}
                    </span>
                  ))}
                </div>
              </div>
              <span className="catalog-highlight" />
            </RouterLink>
          </div>
        </li>
      ))}
    </ul>
  );
}

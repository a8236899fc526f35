import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { FlowCatalog } from '../components/FlowCatalog';
import { btn } from '../components/Icon';
import { FlowSearchBox } from '../components/triage/FlowSearchBox';
import { PasteSuggestions } from '../components/triage/PasteSuggestions';
import { flows } from '../flows/registry';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { paths } from '../paths';
import { t } from '../words/messagesShell';

const SEARCH_ID = 'home-search';
const EVIDENCE_ID = 'home-evidence';

/**
 * Text typed or pasted into the prerendered page before the app had started (hydrated): React keeps the DOM but not
 * what was typed into it, so it is read once the page is live.
 */
function typedBeforeStart(id: string): string {
  const el = document.getElementById(id);
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
}

export function HomePage() {
  useDocumentTitle(t('home.title'));
  const [query, setQuery] = useState('');
  const [paste, setPaste] = useState('');
  useEffect(() => {
    const typed = typedBeforeStart(SEARCH_ID);
    const pasted = typedBeforeStart(EVIDENCE_ID);
    // The DOM is the outside system here: what the person typed before the app could listen.
    // oxlint-disable-next-line react/set-state-in-effect
    if (typed) setQuery(typed);
    // oxlint-disable-next-line react/set-state-in-effect
    if (pasted) setPaste(pasted);
  }, []);
  const searchInput = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const searchFor = (q: string) => {
    setQuery(q);
    searchInput.current?.focus();
  };
  // Plain elements styled by global.css (.home, .panel, .two-columns…): the first visit hydrates no styled component.
  return (
    <div className="home">
      <div>
        <h1 className="heading1">{t('home.title')}</h1>
        <p className="body1 text-secondary">{t('home.intro')}</p>
      </div>
      <section className="panel" aria-labelledby="triage-heading">
        <h2 className="heading2" id="triage-heading">
          {t('home.triageHeading')}
        </h2>
        <div className="two-columns">
          <div>
            <FlowSearchBox id={SEARCH_ID} query={query} onQuery={setQuery} inputRef={searchInput} />
          </div>
          <div>
            <PasteSuggestions id={EVIDENCE_ID} text={paste} onText={setPaste} onSearch={searchFor} />
          </div>
        </div>
        <RouterLink className={btn('outlined', 'medium', 'home-not-sure')} to={paths.triage()}>
          {t('home.notSure')}
        </RouterLink>
      </section>
      <section aria-labelledby="catalog-heading">
        <h2 className="heading2" id="catalog-heading">
          {t('home.catalogHeading')}
        </h2>
        <FlowCatalog flows={flows} />
      </section>
    </div>
  );
}

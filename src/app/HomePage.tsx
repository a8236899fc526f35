import { useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { FlowCatalog } from '../components/FlowCatalog';
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
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <div>
        <Typography variant="h1" gutterBottom>
          {t('home.title')}
        </Typography>
        <Typography color="textSecondary">{t('home.intro')}</Typography>
      </div>
      {/* An outlined Paper as a Box: the same panel, and no Paper code on the first visit. */}
      <Box
        component="section"
        aria-labelledby="triage-heading"
        sx={{ p: { xs: 2, sm: 3 }, bgcolor: 'background.paper', color: 'text.primary', border: 1, borderColor: 'divider', borderRadius: 1 }}
      >
        <Typography variant="h2" id="triage-heading" gutterBottom>
          {t('home.triageHeading')}
        </Typography>
        {/* Two columns from md up (a CSS grid: MUI's Grid would add 2 KB to the first visit). */}
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' } }}>
          <div>
            <FlowSearchBox id={SEARCH_ID} query={query} onQuery={setQuery} inputRef={searchInput} />
          </div>
          <div>
            <PasteSuggestions id={EVIDENCE_ID} text={paste} onText={setPaste} onSearch={searchFor} />
          </div>
        </Box>
        <Button component={RouterLink} to={paths.triage()} variant="outlined" sx={{ mt: 2 }}>
          {t('home.notSure')}
        </Button>
      </Box>
      <section aria-labelledby="catalog-heading">
        <Typography variant="h2" id="catalog-heading" gutterBottom>
          {t('home.catalogHeading')}
        </Typography>
        <FlowCatalog flows={flows} />
      </section>
    </Box>
  );
}

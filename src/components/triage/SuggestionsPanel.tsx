import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../paths';
import type { PasteTriage } from '../../triage/pasteTriage';
import type { NavState } from '../CaseRunner';
import { pasteHints } from './pasteHints';
import { t } from '../../words/messages';

/** At most this much of a paste is offered to the search box when nothing in it was recognised. */
const SEARCHABLE = 300;

/**
 * The flows a paste points to, most likely first, each a link that carries the paste into the flow;
 * or, when nothing was recognised, what to paste instead. Loaded on first paste.
 */
export default function SuggestionsPanel({ text, result, onSearch }: { text: string; result?: PasteTriage; onSearch?: (q: string) => void }) {
  const suggestions = result?.suggestions ?? [];
  const cited = new Set(suggestions.flatMap((s) => s.reasons));
  // What was read but isn't already given as a reason above.
  const recognised = (result?.recognised ?? []).filter((r) => !cited.has(r.summary));
  const short = text.trim().length <= SEARCHABLE;
  return (
    <Box component="section" aria-label={t('paste.suggestions')} sx={{ mt: 1 }}>
      <Typography variant="h3" component="h3" gutterBottom>
        {t('paste.suggestions')}
      </Typography>
      {!result && <Alert severity="error">{t('paste.failed')}</Alert>}
      {suggestions.length > 0 && (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {suggestions.map((s, i) => (
            <Box component="li" key={s.flowId} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
              {i === 0 && (
                <Typography variant="overline" component="p" color="primary" sx={{ lineHeight: 1.6 }}>
                  {t('paste.mostLikely')}
                </Typography>
              )}
              <Link component={RouterLink} to={paths.flow(s.flowId)} state={{ evidence: text } satisfies NavState} sx={{ fontWeight: 600 }}>
                {s.title}
              </Link>
              <Box component="ul" sx={{ pl: 2.5, my: 0.5 }} aria-label={t('paste.why', { title: s.title })}>
                {s.reasons.slice(0, 4).map((r) => (
                  <Typography component="li" variant="body2" key={r} sx={{ overflowWrap: 'anywhere' }}>
                    {r}
                  </Typography>
                ))}
              </Box>
            </Box>
          ))}
        </Box>
      )}
      {result && suggestions.length === 0 && (
        <Box>
          <Typography sx={{ mb: 1 }}>
            {result.recognised.length
              ? t('paste.readNoMatch')
              : t('paste.nothingRecognised')}{' '}
            {t('paste.whatToPaste')}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0 }}>
            {pasteHints().map((h) => (
              <Typography component="li" variant="body2" key={h.what} sx={{ mb: 0.5 }}>
                <strong>{h.what}</strong>: {h.where}
              </Typography>
            ))}
          </Box>
          {!result.recognised.length && short && onSearch && (
            <Button sx={{ mt: 1 }} variant="outlined" onClick={() => onSearch(text.trim())}>
              {t('paste.searchInstead')}
            </Button>
          )}
        </Box>
      )}
      {recognised.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="subtitle2" component="h4">
            {suggestions.length ? t('paste.alsoRecognised') : t('paste.recognised')}
          </Typography>
          <Box component="ul" sx={{ pl: 2.5, my: 0.5 }}>
            {recognised.map((r) => (
              <Typography component="li" variant="body2" key={`${r.kind}|${r.summary}`} sx={{ overflowWrap: 'anywhere' }}>
                {r.name}: {r.summary}
                {r.count > 1 ? ` (×${r.count})` : ''}
              </Typography>
            ))}
          </Box>
        </Box>
      )}
    </Box>
  );
}

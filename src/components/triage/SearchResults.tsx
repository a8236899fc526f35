import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../paths';
import { flowMeta } from '../../flows/registry';
import type { SearchHit } from '../../triage/searchIndex';
import { SnippetText } from './SnippetText';
import { t } from '../../words/messages';

/** Ranked links to the flows that match, each with the words that matched in context. Loaded on first search. */
export default function SearchResults({ hits }: { hits: SearchHit[] }) {
  return (
    <Box component="section" aria-label={t('search.results')}>
      {hits.length === 0 ? (
        <Typography sx={{ mt: 1 }}>
          {t('search.tryAgain')}
        </Typography>
      ) : (
        <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
          {hits.map((h) => (
            <Box component="li" key={h.flowId} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
              <Link component={RouterLink} to={paths.flow(h.flowId)} sx={{ fontWeight: 600 }}>
                {h.title}
              </Link>
              <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
                <SnippetText snippet={h.snippet} />
              </Typography>
              {flowMeta(h.flowId)?.tellsApart && (
                <Typography variant="body2" color="textSecondary" sx={{ mt: 0.5 }}>
                  <strong>{t('search.differs')}</strong> {flowMeta(h.flowId)?.tellsApart}
                </Typography>
              )}
              <Typography variant="caption" color="textSecondary">
                {t('search.foundIn', { where: h.where })}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </Box>
  );
}

import { useId } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import Lock from '@mui/icons-material/Lock';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import type { NavState } from '../CaseRunner';
import { PASTE_HINTS } from './pasteHints';
import { TextInput } from './TextInput';
import { usePasteTriage } from './usePasteTriage';

/** At most this much of a paste is offered to the search box when nothing in it was recognised. */
const SEARCHABLE = 300;

/**
 * The home paste box: results appear as you paste. Suggestions are links into the flows that carry
 * the paste along, so the steps it answers are answered already.
 */
export function PasteSuggestions({ text, onText, onSearch }: { text: string; onText: (t: string) => void; onSearch?: (q: string) => void }) {
  const id = useId();
  const state = usePasteTriage(text);
  const result = state.status === 'done' ? state.result : undefined;
  const suggestions = result?.suggestions ?? [];
  const cited = new Set(suggestions.flatMap((s) => s.reasons));
  // What was read but isn't already given as a reason above.
  const recognised = (result?.recognised ?? []).filter((r) => !cited.has(r.summary));
  const short = text.trim().length <= SEARCHABLE;
  return (
    <Box>
      <TextInput
        id={`${id}-paste`}
        label="Paste evidence: an error message, event, dsregcmd output or builds"
        value={text}
        onChange={onText}
        multiline
        minRows={4}
        maxRows={14}
        monospace
        helperText={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
            <Lock sx={{ fontSize: 14 }} aria-hidden /> Analysed in this browser only. Nothing you paste leaves this device.
          </Box>
        }
      />
      <Typography role="status" variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: '1.5em' }}>
        {state.status === 'busy' && 'Reading the paste…'}
        {result && (suggestions.length ? `${suggestions.length} suggested ${suggestions.length === 1 ? 'issue' : 'issues'}` : 'No suggestion for this paste')}
      </Typography>
      {(result || state.status === 'failed') && (
        <Box component="section" aria-label="Suggestions" sx={{ mt: 1 }}>
          <Typography variant="h3" component="h3" gutterBottom>
            Suggestions
          </Typography>
          {state.status === 'failed' && <Alert severity="error">The paste could not be read. Reload the page and paste it again.</Alert>}
          {suggestions.length > 0 && (
            <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
              {suggestions.map((s, i) => (
                <Box component="li" key={s.flowId} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
                    <Link component={RouterLink} to={paths.flow(s.flowId)} state={{ evidence: text } satisfies NavState} sx={{ fontWeight: 600 }}>
                      {s.title}
                    </Link>
                    {i === 0 && (
                      <Typography component="span" variant="caption" sx={{ px: 0.75, border: 1, borderColor: 'primary.main', color: 'primary.main', borderRadius: 4 }}>
                        Most likely
                      </Typography>
                    )}
                  </Box>
                  <Box component="ul" sx={{ pl: 2.5, my: 0.5 }} aria-label={`Why: ${s.title}`}>
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
                  ? 'The paste was read, but nothing in it points to one of the documented issues.'
                  : 'Nothing in this paste was recognised as evidence.'}{' '}
                These are the things the app can read; paste one of them:
              </Typography>
              <Box component="ul" sx={{ pl: 2.5, my: 0 }}>
                {PASTE_HINTS.map((h) => (
                  <Typography component="li" variant="body2" key={h.what} sx={{ mb: 0.5 }}>
                    <strong>{h.what}</strong>: {h.where}
                  </Typography>
                ))}
              </Box>
              {!result.recognised.length && short && onSearch && (
                <Button sx={{ mt: 1 }} variant="outlined" onClick={() => onSearch(text.trim())}>
                  Search the issues for this text instead
                </Button>
              )}
            </Box>
          )}
          {recognised.length > 0 && (
            <Box sx={{ mt: 1 }}>
              <Typography variant="subtitle2" component="h4">
                {suggestions.length ? 'Also recognised in the paste' : 'Recognised in the paste'}
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
      )}
    </Box>
  );
}

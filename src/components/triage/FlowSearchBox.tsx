import { useId } from 'react';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../app/paths';
import { SnippetText } from './SnippetText';
import { TextInput } from './TextInput';
import { useFlowSearch } from './useFlowSearch';

/** Search every flow's words: error texts, event ids, codes, KB numbers, builds. Typos and partial codes still match. */
export function FlowSearchBox({ query, onQuery, inputRef }: { query: string; onQuery: (q: string) => void; inputRef?: React.Ref<HTMLInputElement> }) {
  const id = useId();
  const { state, warm } = useFlowSearch(query);
  const count = state.status === 'done' ? state.hits.length : 0;
  return (
    <Box>
      <TextInput
        id={`${id}-q`}
        type="search"
        label="Search by symptom, error text, event ID, code, KB or build"
        helperText="For example: temporarily unavailable, 362, 0xC000006D, KB4593226, 17763.1613"
        value={query}
        onChange={onQuery}
        onFocus={warm}
        onPointerEnter={warm}
        inputRef={inputRef}
        inputProps={{ maxLength: 400, 'aria-describedby': `${id}-count` }}
      />
      <Typography id={`${id}-count`} role="status" variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5, minHeight: '1.5em' }}>
        {state.status === 'loading' && 'Loading the search…'}
        {state.status === 'failed' && 'The search could not load. Check your connection and try again, or pick an issue from the list below.'}
        {state.status === 'done' && (count ? `${count} matching ${count === 1 ? 'issue' : 'issues'}` : 'No issue matches these words.')}
      </Typography>
      {state.status === 'done' && (
        <Box component="section" aria-label="Search results">
          {count === 0 ? (
            <Typography sx={{ mt: 1 }}>
              Try fewer words, the exact text of the error, or an event ID. If you have a log or command output, paste it in the evidence box instead.
            </Typography>
          ) : (
            <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, mt: 1 }}>
              {state.hits.map((h) => (
                <Box component="li" key={h.flowId} sx={{ py: 1, borderTop: 1, borderColor: 'divider' }}>
                  <Link component={RouterLink} to={paths.flow(h.flowId)} sx={{ fontWeight: 600 }}>
                    {h.title}
                  </Link>
                  <Typography variant="body2" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
                    <SnippetText snippet={h.snippet} />
                  </Typography>
                  <Typography variant="caption" color="text.secondary">
                    Found in: {h.where}
                  </Typography>
                </Box>
              ))}
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
}

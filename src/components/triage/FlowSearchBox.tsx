import { lazy, Suspense } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { TextInput } from './TextInput';
import { useFlowSearch } from './useFlowSearch';

const SearchResults = lazy(() => import('./SearchResults'));

/** Search every flow's words: error texts, event ids, codes, KB numbers, builds. Typos and partial codes still match. */
export function FlowSearchBox({ id, query, onQuery, inputRef }: { id: string; query: string; onQuery: (q: string) => void; inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement> }) {
  const { state, warm } = useFlowSearch(query);
  const count = state.status === 'done' ? state.hits.length : 0;
  return (
    <Box>
      <TextInput
        id={id}
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
      <Typography id={`${id}-count`} role="status" variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: '1.5em' }}>
        {state.status === 'loading' && 'Loading the search…'}
        {state.status === 'failed' && 'The search could not load. Check your connection and try again, or pick an issue from the list below.'}
        {state.status === 'done' && (count ? `${count} matching ${count === 1 ? 'issue' : 'issues'}` : 'No issue matches these words.')}
      </Typography>
      {state.status === 'done' && (
        <Suspense fallback={null}>
          <SearchResults hits={state.hits} />
        </Suspense>
      )}
    </Box>
  );
}

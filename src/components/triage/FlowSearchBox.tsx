import { lazy, Suspense } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { TextInput } from './TextInput';
import { useFlowSearch } from './useFlowSearch';
import { plural, t } from '../../words/messagesShell';

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
        label={t('search.label')}
        helperText={t('search.help', { examples: t('search.examples') })}
        value={query}
        onChange={onQuery}
        onFocus={warm}
        onPointerEnter={warm}
        inputRef={inputRef}
        inputProps={{ maxLength: 400, 'aria-describedby': `${id}-count` }}
      />
      <Typography id={`${id}-count`} role="status" variant="caption" color="textSecondary" sx={{ display: 'block', minHeight: '1.5em' }}>
        {state.status === 'loading' && t('search.loading')}
        {state.status === 'failed' && t('search.failed')}
        {state.status === 'done' && (count ? t(plural(count, 'search.count.one', 'search.count.other'), { count }) : t('search.none'))}
      </Typography>
      {state.status === 'done' && (
        <Suspense fallback={null}>
          <SearchResults hits={state.hits} />
        </Suspense>
      )}
    </Box>
  );
}

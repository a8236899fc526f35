import { Suspense } from 'react';
import { TextInput } from './TextInput';
import { themedLazy } from '../themedLazy';
import { useFlowSearch } from './useFlowSearch';
import { plural, t } from '../../words/messagesShell';

const SearchResults = themedLazy(async () => (await import('./SearchResults')).default);

/** Search every flow's words: error texts, event ids, codes, KB numbers, builds. Typos and partial codes still match. */
export function FlowSearchBox({ id, query, onQuery, inputRef }: { id: string; query: string; onQuery: (q: string) => void; inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement> }) {
  const { state, warm } = useFlowSearch(query);
  const count = state.status === 'done' ? state.hits.length : 0;
  return (
    <div>
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
      <span id={`${id}-count`} role="status" className="caption text-secondary field-status">
        {state.status === 'loading' && t('search.loading')}
        {state.status === 'failed' && t('search.failed')}
        {state.status === 'done' && (count ? t(plural(count, 'search.count.one', 'search.count.other'), { count }) : t('search.none'))}
      </span>
      {state.status === 'done' && (
        <Suspense fallback={null}>
          <SearchResults hits={state.hits} />
        </Suspense>
      )}
    </div>
  );
}

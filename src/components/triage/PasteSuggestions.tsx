import { Suspense } from 'react';
import { capSizes } from '../../evidence/cap';
import { TextInput } from './TextInput';
import { themedLazy } from '../themedLazy';
import { usePasteTriage } from './usePasteTriage';
import { plural, t } from '../../words/messagesShell';

const SuggestionsPanel = themedLazy(async () => (await import('./SuggestionsPanel')).default);

/**
 * The home paste box: results appear as you paste, no button needed. Suggestions are links into the
 * flows that carry the paste along, so the steps it answers are answered already.
 */
export function PasteSuggestions({ id, text, onText, onSearch }: { id: string; text: string; onText: (t: string) => void; onSearch?: (q: string) => void }) {
  const state = usePasteTriage(text);
  const result = state.status === 'done' ? state.result : undefined;
  const count = result?.suggestions.length ?? 0;
  return (
    <div>
      <TextInput
        id={id}
        label={t('paste.label')}
        helperText={t('common.privacy')}
        value={text}
        onChange={onText}
        rows={6}
        monospace
      />
      <span role="status" className="caption text-secondary field-status">
        {state.status === 'busy' && t('paste.reading')}
        {result && (count ? t(plural(count, 'paste.count.one', 'paste.count.other'), { count }) : t('paste.none'))}
      </span>
      {capSizes(text.length) && <p className="body2">{t('paste.cap', capSizes(text.length))}</p>}
      {(result || state.status === 'failed') && (
        <Suspense fallback={null}>
          <SuggestionsPanel text={text} result={result} onSearch={onSearch} />
        </Suspense>
      )}
    </div>
  );
}

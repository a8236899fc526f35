import { lazy, Suspense } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { capMessage } from '../../evidence/cap';
import { TextInput } from './TextInput';
import { usePasteTriage } from './usePasteTriage';

const SuggestionsPanel = lazy(() => import('./SuggestionsPanel'));

/**
 * The home paste box: results appear as you paste, no button needed. Suggestions are links into the
 * flows that carry the paste along, so the steps it answers are answered already.
 */
export function PasteSuggestions({ id, text, onText, onSearch }: { id: string; text: string; onText: (t: string) => void; onSearch?: (q: string) => void }) {
  const state = usePasteTriage(text);
  const result = state.status === 'done' ? state.result : undefined;
  const count = result?.suggestions.length ?? 0;
  return (
    <Box>
      <TextInput
        id={id}
        label="Paste evidence: an error message, event, dsregcmd output or builds"
        helperText="Analysed in this browser only. Nothing you paste leaves this device."
        value={text}
        onChange={onText}
        rows={6}
        monospace
      />
      <Typography role="status" variant="caption" color="text.secondary" sx={{ display: 'block', minHeight: '1.5em' }}>
        {state.status === 'busy' && 'Reading the paste…'}
        {result && (count ? `${count} suggested ${count === 1 ? 'issue' : 'issues'}` : 'No suggestion for this paste')}
      </Typography>
      {capMessage(text.length) && <Typography variant="body2">{capMessage(text.length)}</Typography>}
      {(result || state.status === 'failed') && (
        <Suspense fallback={null}>
          <SuggestionsPanel text={text} result={result} onSearch={onSearch} />
        </Suspense>
      )}
    </Box>
  );
}

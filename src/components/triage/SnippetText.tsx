import Box from '@mui/material/Box';
import type { Snippet } from '../../triage/searchIndex';

/** A passage with the matched words marked. Plain text only: nothing is parsed as markup. */
export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  snippet.marks.forEach(([s, e], i) => {
    if (s > at) parts.push(snippet.text.slice(at, s));
    parts.push(
      <Box component="mark" key={i} sx={{ bgcolor: 'warning.light', color: 'common.black', borderRadius: 0.5, px: 0.25 }}>
        {snippet.text.slice(s, e)}
      </Box>,
    );
    at = e;
  });
  if (at < snippet.text.length) parts.push(snippet.text.slice(at));
  return <>{parts}</>;
}

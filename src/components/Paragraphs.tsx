import Typography from '@mui/material/Typography';

/** Plain text split into paragraphs on blank lines. Never parsed as markup. */
export function Paragraphs({ text }: { text: string }) {
  if (!text) return null;
  return (
    <>
      {text.split(/\n{2,}/).map((p, i) => (
        <Typography key={i} sx={{ mb: 1.5, whiteSpace: 'pre-line' }}>
          {p}
        </Typography>
      ))}
    </>
  );
}

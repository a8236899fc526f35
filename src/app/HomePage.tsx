import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { FlowCatalog } from '../components/FlowCatalog';
import { flows } from '../flows/registry';
import { useDocumentTitle } from '../components/useDocumentTitle';

export function HomePage() {
  useDocumentTitle('Windows Hello for Business troubleshooting');
  return (
    <Stack spacing={3}>
      <div>
        <Typography variant="h1" gutterBottom>
          Windows Hello for Business troubleshooting
        </Typography>
        <Typography color="text.secondary">
          Pick the issue that matches what you see. Each one walks you through the checks, reads the evidence you paste, and
          ends with the fix or a report to hand to support.
        </Typography>
      </div>
      <section aria-labelledby="catalog-heading">
        <Typography variant="h2" id="catalog-heading" gutterBottom>
          All documented issues
        </Typography>
        <FlowCatalog flows={flows} />
      </section>
    </Stack>
  );
}

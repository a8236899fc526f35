import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import ContentCopy from '@mui/icons-material/ContentCopy';
import Check from '@mui/icons-material/Check';
import { t } from '../words/messages';

/** A command or value in a block, with a copy button. Rendered as text only. */
export function CodeBlock({ code, label }: { code: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <Box sx={{ my: 1, border: 1, borderColor: 'divider', borderRadius: 1, overflow: 'hidden' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 1.5, py: 0.5, bgcolor: 'action.hover' }}>
        <Typography variant="caption" component="span" sx={{ fontWeight: 600 }}>
          {label ?? t('code.label')}
        </Typography>
        <Button
          size="small"
          onClick={copy}
          startIcon={copied ? <Check fontSize="small" /> : <ContentCopy fontSize="small" />}
          aria-label={label === undefined ? t('code.copyCommand') : t('code.copyLabel', { label })}
          className="no-print"
        >
          {copied ? t('code.copied') : t('code.copy')}
        </Button>
      </Box>
      <Box component="pre" sx={{ m: 0, p: 1.5, overflowX: 'auto', fontSize: 14, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
        <code>{code}</code>
      </Box>
    </Box>
  );
}

import { useState } from 'react';
import { btn, StartIcon } from './Icon';
import { t } from '../words/messages';

/** A command or value in a block, with a copy button. Rendered as text only. Plain elements (global.css `.code-block`). */
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
    <div className="code-block">
      <div className="code-bar">
        <span className="caption code-label">{label ?? t('code.label')}</span>
        <button
          type="button"
          onClick={copy}
          aria-label={label === undefined ? t('code.copyCommand') : t('code.copyLabel', { label })}
          className={btn('text', 'small', 'no-print')}
        >
          <StartIcon name={copied ? 'Check' : 'ContentCopy'} small />
          {copied ? t('code.copied') : t('code.copy')}
        </button>
      </div>
      <pre>
        <code>{code}</code>
      </pre>
    </div>
  );
}

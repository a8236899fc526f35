import type { HowTo } from '../flows/shared/types';
import { resolveText } from '../flows/shared/text';
import { CodeBlock } from './CodeBlock';
import { t } from '../words/messages';

/** Where to look: text with copyable commands filled in from the case. Plain elements (global.css `.howto`). */
export function HowToList<C>({ items, ctx, title }: { items?: HowTo<C>[]; ctx: C; title?: string }) {
  if (!items?.length) return null;
  return (
    <div className="step-block">
      <h3 className="heading3">{title ?? t('step.whereToLook')}</h3>
      <ul className="howto">
        {items.map((h, i) => (
          <li key={i}>
            <p className="body1">{resolveText(h.text, ctx)}</p>
            {h.code && <CodeBlock code={resolveText(h.code.code, ctx)} label={h.code.label} />}
          </li>
        ))}
      </ul>
    </div>
  );
}

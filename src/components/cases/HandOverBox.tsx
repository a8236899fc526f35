import { memo } from 'react';
import { Link as RouterLink } from 'react-router';
import { paths } from '../../paths';
import { toMarkdown } from '../../cases/markdown';
import { buildReport } from '../../cases/report';
import type { Case } from '../../cases/types';
import type { FlowDescriptor } from '../../flows/shared/types';
import { copyText, downloadText } from './files';
import { btn, StartIcon } from '../Icon';
import { t } from '../../words/messages';

/**
 * Every ending hands over: the report for the ticket (copy, download, print) and the share link. Plain elements (drawn
 * as MUI's Typography and Buttons were); what a copy or download did is told in the runner's message bar (`onNotice`).
 */
export const HandOverBox = memo(function HandOverBox({
  c,
  descriptor,
  onShare,
  onNotice,
}: {
  c: Case;
  descriptor: FlowDescriptor;
  onShare: () => void;
  onNotice: (text: string) => void;
}) {
  const markdown = () => toMarkdown(buildReport(c, descriptor), { redacted: false });
  const copy = async () => onNotice((await copyText(markdown())) ? t('handOver.copied') : t('handOver.copyRefused'));
  const download = () => {
    if (!downloadText(`whfb-case-${c.id}.md`, markdown(), 'text/markdown')) onNotice(t('handOver.cannotDownload'));
  };
  return (
    <section aria-labelledby="hand-over-heading" className="no-print">
      <h3 className="heading3" id="hand-over-heading">
        {t('handOver.heading')}
      </h3>
      <p className="body2 text-secondary hand-over-intro">{t('handOver.intro')}</p>
      <div className="button-row">
        <button type="button" className={btn('contained')} onClick={copy}>
          <StartIcon name="ContentCopy" />
          {t('handOver.copy')}
        </button>
        <button type="button" className={btn('outlined')} onClick={download}>
          <StartIcon name="Download" />
          {t('handOver.download')}
        </button>
        <RouterLink className={btn('outlined')} to={`${paths.report(c.id)}?print=1`}>
          <StartIcon name="Print" />
          {t('handOver.print')}
        </RouterLink>
        <button type="button" className={btn('outlined')} onClick={onShare}>
          <StartIcon name="Share" />
          {t('handOver.share')}
        </button>
      </div>
    </section>
  );
});

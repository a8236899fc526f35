import { capSizes } from '../evidence/cap';
import { t } from '../words/messages';
import { Icon } from './Icon';
import { Notice } from './Notice';
import { TextInput } from './triage/TextInput';

/**
 * The evidence paste box: a plain text area (global.css `.field`), so an evidence step draws without MUI. Its
 * accessible name always contains "evidence"; the privacy line describes it.
 */
export function PasteBox({ value, onChange, label, id }: { value: string; onChange: (v: string) => void; label: string; id: string }) {
  const cap = capSizes(value.length);
  return (
    <div>
      <TextInput
        id={id}
        label={label}
        value={value}
        onChange={onChange}
        rows={4}
        monospace
        helperText={
          <>
            <Icon name="Lock" small />
            {t('common.privacy')}
          </>
        }
      />
      {cap && (
        <div className="paste-cap">
          <Notice severity="info">{t('paste.cap', cap)}</Notice>
        </div>
      )}
    </div>
  );
}

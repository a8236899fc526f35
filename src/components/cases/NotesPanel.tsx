import { memo, useRef, useState } from 'react';
import type { CaseNote } from '../../cases/types';
import { localTime } from './files';
import { btn, Icon } from '../Icon';
import { runnerParts } from '../runnerParts';
import { t } from '../../words/messages';

interface Props {
  /** The notes on this step. */
  notes: CaseNote[];
  stepNumber: number;
  onAdd: (text: string) => void;
  onRemove: (note: CaseNote) => void;
}

/**
 * Notes on the current step: listed as plain text, removed one by one, added with a form that opens on request
 * (the form uses MUI's text field and loads with it: the step screen stays plain, which keeps moving between steps quick).
 */
export const NotesPanel = memo(function NotesPanel({ notes, stepNumber, onAdd, onRemove }: Props) {
  const [writing, setWriting] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setWriting(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const add = (text: string) => {
    onAdd(text);
    close();
  };
  return (
    // Plain elements (global.css `.notes`), drawn as MUI's Typography, Box and IconButton were.
    <section className="notes" aria-labelledby="notes-heading">
      <h2 className="heading3" id="notes-heading">
        {t('notes.heading', { step: stepNumber })}
      </h2>
      {notes.length === 0 && <p className="body2 notes-none">{t('notes.none')}</p>}
      {notes.length > 0 && (
        <ul className="notes-list">
          {notes.map((n) => (
            <li className="notes-item" key={`${n.at}:${n.text.slice(0, 20)}`}>
              <div className="notes-item-text">
                <p className="body2 notes-item-body">{n.text}</p>
                <span className="caption text-secondary">{localTime(n.at)}</span>
              </div>
              <button type="button" className="icon-button icon-button-small icon-button-action" aria-label={t('notes.deleteLabel', { time: localTime(n.at) })} onClick={() => onRemove(n)}>
                <Icon name="DeleteOutlined" small />
              </button>
            </li>
          ))}
        </ul>
      )}
      {!writing && (
        <button type="button" ref={opener} className={btn('outlined', 'small')} onClick={() => setWriting(true)}>
          {t('notes.write')}
        </button>
      )}
      {writing && <runnerParts.NoteForm onAdd={add} onCancel={close} />}
    </section>
  );
});

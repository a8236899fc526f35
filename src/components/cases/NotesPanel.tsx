import { memo, useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import { MAX_NOTE_CHARS } from '../../cases/caseOps';
import type { CaseNote } from '../../cases/types';
import { localTime } from './files';
import { btn } from '../Icon';
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
 * (the text box stays out of the step screen until someone wants to write, which keeps moving between steps quick).
 */
export const NotesPanel = memo(function NotesPanel({ notes, stepNumber, onAdd, onRemove }: Props) {
  const [text, setText] = useState('');
  const [writing, setWriting] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const tooLong = text.length > MAX_NOTE_CHARS;
  useEffect(() => {
    if (writing) field.current?.focus();
  }, [writing]);
  const close = () => {
    setWriting(false);
    setText('');
    requestAnimationFrame(() => opener.current?.focus());
  };
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim() || tooLong) return;
    onAdd(text);
    close();
  };
  return (
    // The parts every step shows (heading, "no notes", the Write button) are plain elements (global.css `.notes`).
    <section className="notes" aria-labelledby="notes-heading">
      <h2 className="heading3" id="notes-heading">
        {t('notes.heading', { step: stepNumber })}
      </h2>
      {notes.length === 0 && <p className="body2 notes-none">{t('notes.none')}</p>}
      {notes.length > 0 && (
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, mb: 1 }}>
          {notes.map((n) => (
            <Box component="li" key={`${n.at}:${n.text.slice(0, 20)}`} sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 1, p: 1, bgcolor: 'action.hover', borderRadius: 1 }}>
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                  {n.text}
                </Typography>
                <Typography variant="caption" color="textSecondary">
                  {localTime(n.at)}
                </Typography>
              </Box>
              <IconButton size="small" aria-label={t('notes.deleteLabel', { time: localTime(n.at) })} onClick={() => onRemove(n)}>
                <DeleteOutline fontSize="small" />
              </IconButton>
            </Box>
          ))}
        </Box>
      )}
      {!writing && (
        <button type="button" ref={opener} className={btn('outlined', 'small')} onClick={() => setWriting(true)}>
          {t('notes.write')}
        </button>
      )}
      {writing && (
        <Box component="form" onSubmit={submit} noValidate>
          <TextField
            id="note-text"
            label={t('notes.label')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && !text && close()}
            inputRef={field}
            multiline
            rows={3}
            fullWidth
            size="small"
            error={tooLong}
            helperText={tooLong ? t('notes.tooLong', { max: MAX_NOTE_CHARS.toLocaleString() }) : t('notes.help')}
          />
          <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
            <Button type="submit" variant="outlined" size="small" disabled={!text.trim() || tooLong}>
              {t('notes.add')}
            </Button>
            <Button size="small" onClick={close}>
              {t('notes.cancel')}
            </Button>
          </Box>
        </Box>
      )}
    </section>
  );
});

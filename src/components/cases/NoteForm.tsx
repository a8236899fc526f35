import { useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { MAX_NOTE_CHARS } from '../../cases/caseOps';
import { t } from '../../words/messages';

/** The form that adds a note to the current step; it takes focus when it opens. Escape on an empty note cancels. */
export function NoteForm({ onAdd, onCancel }: { onAdd: (text: string) => void; onCancel: () => void }) {
  const [text, setText] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const tooLong = text.length > MAX_NOTE_CHARS;
  useEffect(() => field.current?.focus(), []);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim() || tooLong) return;
    onAdd(text);
  };
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <TextField
        id="note-text"
        label={t('notes.label')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && !text && onCancel()}
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
        <Button size="small" onClick={onCancel}>
          {t('notes.cancel')}
        </Button>
      </Box>
    </Box>
  );
}

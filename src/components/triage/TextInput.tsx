import Box from '@mui/material/Box';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  helperText?: React.ReactNode;
  placeholder?: string;
  /** A textarea with this many rows (it can be resized). */
  rows?: number;
  type?: string;
  onFocus?: () => void;
  onPointerEnter?: () => void;
  inputRef?: React.Ref<HTMLInputElement & HTMLTextAreaElement>;
  /** Extra attributes for the <input>/<textarea>. */
  inputProps?: Record<string, unknown>;
  monospace?: boolean;
}

/**
 * A labelled native text field. The home page loads this before anything else, so it avoids MUI's
 * input stack (FormControl, InputBase, TextareaAutosize; TextField also pulls in Select and Menu).
 */
export function TextInput({ id, label, value, onChange, helperText, placeholder, rows, type, onFocus, onPointerEnter, inputRef, inputProps, monospace }: Props) {
  const helpId = helperText ? `${id}-help` : undefined;
  const describedBy = [helpId, inputProps?.['aria-describedby']].filter(Boolean).join(' ') || undefined;
  return (
    <Box>
      <Box component="label" htmlFor={id} sx={{ display: 'block', fontWeight: 600, mb: 0.5 }}>
        {label}
      </Box>
      <Box
        component={rows ? 'textarea' : 'input'}
        id={id}
        ref={inputRef}
        value={value}
        onChange={(e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value)}
        placeholder={placeholder}
        rows={rows}
        type={rows ? undefined : (type ?? 'text')}
        onFocus={onFocus}
        onPointerEnter={onPointerEnter}
        spellCheck={false}
        autoComplete="off"
        {...inputProps}
        aria-describedby={describedBy}
        sx={{
          display: 'block',
          width: '100%',
          boxSizing: 'border-box',
          font: 'inherit',
          fontFamily: monospace ? 'ui-monospace, Consolas, monospace' : 'inherit',
          fontSize: monospace ? 13 : 16,
          lineHeight: 1.5,
          color: 'text.primary',
          bgcolor: 'background.paper',
          border: 1,
          borderColor: 'text.secondary',
          borderRadius: 1,
          px: 1.5,
          py: 1.25,
          resize: rows ? 'vertical' : undefined,
          '&::placeholder': { color: 'text.secondary', opacity: 1 },
          '&:hover': { borderColor: 'text.primary' },
          '&:focus-visible, &:focus': { outline: '2px solid', outlineColor: 'primary.main', outlineOffset: 0, borderColor: 'primary.main' },
        }}
      />
      {helperText && (
        <Box id={helpId} sx={{ typography: 'caption', color: 'text.secondary', mt: 0.5 }}>
          {helperText}
        </Box>
      )}
    </Box>
  );
}

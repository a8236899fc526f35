import FormControl from '@mui/material/FormControl';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import OutlinedInput from '@mui/material/OutlinedInput';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  helperText?: React.ReactNode;
  placeholder?: string;
  multiline?: boolean;
  minRows?: number;
  maxRows?: number;
  type?: string;
  onFocus?: () => void;
  onPointerEnter?: () => void;
  inputRef?: React.Ref<HTMLInputElement>;
  error?: boolean;
  /** Extra attributes for the <input>/<textarea>. */
  inputProps?: Record<string, unknown>;
  monospace?: boolean;
}

/**
 * An outlined text field without MUI's TextField, which also pulls in Select, Menu and Popover:
 * the home page loads this, so it has to stay small.
 */
export function TextInput({ id, label, value, onChange, helperText, placeholder, multiline, minRows, maxRows, type, onFocus, onPointerEnter, inputRef, error, inputProps, monospace }: Props) {
  const helpId = helperText ? `${id}-help` : undefined;
  return (
    <FormControl fullWidth variant="outlined" error={error}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput
        id={id}
        label={label}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        multiline={multiline}
        minRows={minRows}
        maxRows={maxRows}
        type={type}
        onFocus={onFocus}
        onPointerEnter={onPointerEnter}
        inputRef={inputRef}
        inputProps={{
          spellCheck: false,
          autoComplete: 'off',
          ...inputProps,
          'aria-describedby': [helpId, inputProps?.['aria-describedby']].filter(Boolean).join(' ') || undefined,
          ...(monospace ? { style: { fontFamily: 'ui-monospace, Consolas, monospace', fontSize: 13 } } : {}),
        }}
      />
      {helperText && <FormHelperText id={helpId}>{helperText}</FormHelperText>}
    </FormControl>
  );
}

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
  /** Marked with an asterisk (hidden from screen readers, which hear "required"). */
  required?: boolean;
  /** The value is not accepted: the field and its helper text (the reason) are drawn in the error colour. */
  invalid?: boolean;
}

/**
 * A labelled native text field styled by `.field*` in global.css (the outlined look). The home page loads this before
 * anything else, so it uses no MUI component at all.
 */
export function TextInput({ id, label, value, onChange, helperText, placeholder, rows, type, onFocus, onPointerEnter, inputRef, inputProps, monospace, required, invalid }: Props) {
  const helpId = helperText ? `${id}-help` : undefined;
  const describedBy = [helpId, inputProps?.['aria-describedby']].filter(Boolean).join(' ') || undefined;
  const Field = rows ? 'textarea' : 'input';
  return (
    <div>
      <label className="field-label" htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <Field
        className={['field', monospace && 'field-mono', invalid && 'field-invalid'].filter(Boolean).join(' ')}
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
        required={required}
        aria-invalid={invalid || undefined}
        {...inputProps}
        aria-describedby={describedBy}
      />
      {helperText && (
        <div id={helpId} className={invalid ? 'field-help field-error' : 'field-help'}>
          {helperText}
        </div>
      )}
    </div>
  );
}

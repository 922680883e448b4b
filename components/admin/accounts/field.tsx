import { cloneElement, type ReactElement } from 'react';

type ControlProps = { id?: string; 'aria-invalid'?: boolean; 'aria-describedby'?: string };
type Props = { id: string; label: string; error?: string; hint?: string; children: ReactElement<ControlProps> };

/**
 * A labelled control with its hint and inline error. The label is separate
 * from the control so the error never becomes part of the field's name; the
 * control points at hint and error with aria-describedby.
 */
export function Field({ id, label, error, hint, children }: Props) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="acc-field">
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': !!error, 'aria-describedby': described })}
      {hint && <span id={`${id}-hint`} className="acc-hint">{hint}</span>}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}

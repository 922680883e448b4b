'use client';
import { useTranslations } from 'next-intl';
import type { FieldError } from '@/lib/stations/admin/input-schema';

const CODES = new Set([
  'required', 'tooLong', 'invalidChoice', 'notNumber', 'outOfRange', 'outsideJiangxi', 'outsideChina', 'unknownCounty', 'pointOutsideCounty',
  'invalidHours', 'invalidPhone', 'unknownAmenity', 'outOfScope', 'statusTransition', 'initialStatus',
]);

/** An error code from the station schema, worded, with the field's name first. */
export function FieldErrorText({ id, label, error }: { id: string; label: string; error: FieldError | undefined }) {
  const t = useTranslations('stationsAdmin.errors');
  const ts = useTranslations('statuses');
  if (!error) return null;
  const params = { ...error.params };
  for (const k of ['from', 'to'] as const) {
    const v = params[k];
    if (typeof v === 'string' && ts.has(v)) params[k] = ts(v);
  }
  const code = CODES.has(error.code) ? error.code : 'invalidChoice';
  return <p id={id} className="field-error">{label}: {t(code, params)}</p>;
}

type TextProps = {
  name: string; label: string; value: string; onChange: (v: string) => void; error?: FieldError;
  maxLength?: number; multiline?: boolean; required?: boolean; inputMode?: 'decimal' | 'tel' | 'text';
  /** A line under the field saying what goes in it. */
  hint?: string;
};

/** A labelled text input whose error is announced with it (aria-describedby). */
export function TextField({ name, label, value, onChange, error, maxLength, multiline, required, inputMode, hint }: TextProps) {
  const errId = `err-${name}`;
  const hintId = `hint-${name}`;
  const describedBy = [hint && hintId, error && errId].filter(Boolean).join(' ') || undefined;
  const common = {
    id: `f-${name}`, name, value, maxLength, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy,
  } as const;
  return (
    <div className="sa-field">
      <label htmlFor={`f-${name}`}>{label}</label>
      {multiline
        ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} />
        : <input {...common} type="text" inputMode={inputMode} onChange={(e) => onChange(e.target.value)} />}
      {hint && <p id={hintId} className="sa-note">{hint}</p>}
      <FieldErrorText id={errId} label={label} error={error} />
    </div>
  );
}

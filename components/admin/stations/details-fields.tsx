'use client';
import { useTranslations } from 'next-intl';
import type { FormValues } from '@/lib/stations/admin/form-values';
import type { FieldError, InputField } from '@/lib/stations/admin/input-schema';
import { LIMITS } from '@/lib/stations/admin/limits';
import { AMENITIES, KINDS } from '@/lib/stations/vocab';
import { EntryFields } from './entry-fields';
import { FieldErrorText, TextField } from './field-error';

type Props = {
  values: FormValues; onChange: (patch: Partial<FormValues>) => void; errors: Partial<Record<InputField, FieldError>>;
  statuses: string[];
};

export function DetailsFields({ values, onChange, errors, statuses }: Props) {
  const t = useTranslations('stationsAdmin.form');
  const tk = useTranslations('kinds');
  const ts = useTranslations('statuses');
  const ta = useTranslations('amenities');
  const toggle = (a: string, on: boolean) => onChange({ amenities: on ? [...values.amenities, a] : values.amenities.filter((x) => x !== a) });
  return (
    <fieldset className="sa-details">
      <legend>{t('details')}</legend>
      <TextField name="name" label={t('name')} value={values.name} onChange={(name) => onChange({ name })} error={errors.name} maxLength={LIMITS.name} required />
      <div className="sa-row">
        <div className="sa-field">
          <label htmlFor="f-kind">{t('kind')}</label>
          <select id="f-kind" name="kind" value={values.kind} onChange={(e) => onChange({ kind: e.target.value })}>
            {KINDS.map((k) => <option key={k} value={k}>{tk(k)}</option>)}
          </select>
          <FieldErrorText id="err-kind" label={t('kind')} error={errors.kind} />
        </div>
        <div className="sa-field">
          <label htmlFor="f-status">{t('status')}</label>
          <select id="f-status" name="status" value={values.status} onChange={(e) => onChange({ status: e.target.value })}
            aria-describedby="status-hint err-status" aria-invalid={errors.status ? true : undefined}>
            {statuses.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
          </select>
          <p id="status-hint" className="sa-note">{t('statusHint')}</p>
          <FieldErrorText id="err-status" label={t('status')} error={errors.status} />
        </div>
      </div>
      <EntryFields values={values} onChange={onChange} errors={errors} />
      <fieldset className="sa-amenities">
        <legend>{t('amenities')}</legend>
        {AMENITIES.map((a) => (
          <label key={a} className="sa-check">
            <input type="checkbox" name="amenities" value={a} checked={values.amenities.includes(a)} onChange={(e) => toggle(a, e.target.checked)} />
            {ta(a)}
          </label>
        ))}
        <FieldErrorText id="err-amenities" label={t('amenities')} error={errors.amenities} />
      </fieldset>
    </fieldset>
  );
}

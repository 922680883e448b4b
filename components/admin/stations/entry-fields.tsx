'use client';
import { useTranslations } from 'next-intl';
import type { FormValues } from '@/lib/stations/admin/form-values';
import type { FieldError, InputField } from '@/lib/stations/admin/input-schema';
import { LIMITS } from '@/lib/stations/admin/limits';
import { ENTRY_MODES } from '@/lib/stations/vocab';
import { FieldErrorText, TextField } from './field-error';

type Props = { values: FormValues; onChange: (patch: Partial<FormValues>) => void; errors: Partial<Record<InputField, FieldError>> };

/** How a worker gets in, and a note ("ring the bell"): empty means the union has not said, shown as unknown. */
export function EntryFields({ values, onChange, errors }: Props) {
  const t = useTranslations('entry');
  return (
    <div className="sa-row">
      <div className="sa-field">
        <label htmlFor="f-entry">{t('formEntry')}</label>
        <select id="f-entry" name="entry" value={values.entry} onChange={(e) => onChange({ entry: e.target.value })}
          aria-describedby={errors.entry ? 'err-entry' : undefined} aria-invalid={errors.entry ? true : undefined}>
          <option value="">{t('formUnknown')}</option>
          {ENTRY_MODES.map((m) => <option key={m} value={m}>{t(`modes.${m}`)}</option>)}
        </select>
        <FieldErrorText id="err-entry" label={t('formEntry')} error={errors.entry} />
      </div>
      <TextField name="entryNote" label={t('formNote')} value={values.entryNote} onChange={(entryNote) => onChange({ entryNote })}
        error={errors.entryNote} maxLength={LIMITS.entryNote} hint={t('formNoteHint')} />
    </div>
  );
}

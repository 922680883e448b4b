'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { createAlertAction } from '@/app/[locale]/admin/(panel)/weather/actions';
import { Field } from '@/components/admin/accounts/field';
import { initialAlertFormState, type AlertFormState } from '@/lib/weather/form-state';
import type { RegionGroup } from '@/lib/weather/scope';
import { ALERT_NOTE_MAX, MAX_ALERT_DAYS, MAX_ALERT_LEAD_DAYS } from '@/lib/weather/vocab';

type Props = { regions: RegionGroup[]; defaults: { startsAt: string; endsAt: string } };

/** A new heat or cold alert. The regions offered are the admin's; the server checks every field again. */
export function AlertForm({ regions, defaults }: Props) {
  const t = useTranslations('weatherAdmin');
  const id = useId();
  const [state, action, pending] = useActionState<AlertFormState, FormData>(createAlertAction, initialAlertFormState);
  const { fields: errors, values } = state;
  const kind = values.kind ?? 'heat';
  return (
    // Remounted after each answer so the fields show the values sent back.
    <form key={state.seq} action={action} className="admin-form weather-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('formTitle')}</h2>
      <fieldset aria-describedby={errors.kind ? `${id}-kind-error` : undefined}>
        <legend>{t('kind')}</legend>
        <label className="weather-choice"><input type="radio" name="kind" value="heat" defaultChecked={kind === 'heat'} /> {t('kindHeat')}</label>
        <label className="weather-choice"><input type="radio" name="kind" value="cold" defaultChecked={kind === 'cold'} /> {t('kindCold')}</label>
        {errors.kind && <span id={`${id}-kind-error`} className="field-error">{errors.kind}</span>}
      </fieldset>
      <Field id={`${id}-region`} label={t('region')} error={errors.divisionCode}>
        <select name="divisionCode" required defaultValue={values.divisionCode ?? regions[0]?.options[0]?.code}>
          {regions.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field id={`${id}-starts`} label={t('startsAt')} error={errors.startsAt} hint={t('periodHint', { days: MAX_ALERT_DAYS, lead: MAX_ALERT_LEAD_DAYS })}>
        <input name="startsAt" type="datetime-local" required defaultValue={values.startsAt ?? defaults.startsAt} />
      </Field>
      <Field id={`${id}-ends`} label={t('endsAt')} error={errors.endsAt}>
        <input name="endsAt" type="datetime-local" required defaultValue={values.endsAt ?? defaults.endsAt} />
      </Field>
      <Field id={`${id}-note`} label={t('note')} error={errors.note} hint={t('noteHint', { max: ALERT_NOTE_MAX })}>
        <textarea name="note" rows={2} maxLength={ALERT_NOTE_MAX} defaultValue={values.note ?? ''} />
      </Field>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button primary" disabled={pending}>{t('submit')}</button>
    </form>
  );
}

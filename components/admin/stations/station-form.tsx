'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useCallback, useEffect, useRef, useState, startTransition, type FormEvent } from 'react';
import { createStationAction, updateStationAction } from '@/app/[locale]/admin/(panel)/stations/actions';
import { Link } from '@/i18n/navigation';
import type { TileConfig } from '@/lib/map-tiles';
import { conflictRows, mergeConflict, type ConflictRow } from '@/lib/stations/admin/conflict';
import { IDLE } from '@/lib/stations/admin/form-state';
import type { FormValues } from '@/lib/stations/admin/form-values';
import { LIMITS } from '@/lib/stations/admin/limits';
import { statusChoices } from '@/lib/stations/admin/lifecycle';
import { DetailsFields } from './details-fields';
import { TextField } from './field-error';
import { ConflictNotice, DuplicateWarning } from './form-notices';
import { HoursEditor } from './hours-editor';
import { LocationFields, type CountyOption } from './location-fields';
import { ServicesEditor } from './services-editor';
import './stations-admin.css';

type Props = {
  locale: string; station: { id: string; version: number } | null; initial: FormValues;
  counties: CountyOption[]; countyNames: Record<string, string>; tiles: TileConfig; start: { lat: number; lng: number; zoom: number };
};
type Shown = { rows: ConflictRow[]; by: string | null; at: string | null };

// Add or edit one station. The form keeps the admin's input through every
// answer (errors, duplicates, conflicts): it is controlled, and submits
// without React's automatic form reset.
export function StationForm({ locale, station, initial, counties, countyNames, tiles, start }: Props) {
  const t = useTranslations('stationsAdmin.form');
  const [state, dispatch, pending] = useActionState(station ? updateStationAction : createStationAction, IDLE);
  const [values, setValues] = useState(initial);
  // What the stored row held when this form started (or at the last conflict).
  const [base, setBase] = useState(initial);
  const [version, setVersion] = useState(station?.version ?? 0);
  const [shown, setShown] = useState<Shown | null>(null);
  const [seen, setSeen] = useState(state.seq);
  const [hoursKey, setHoursKey] = useState(0);
  const patch = useCallback((p: Partial<FormValues>) => setValues((v) => ({ ...v, ...p })), []);
  const formRef = useRef<HTMLFormElement>(null);
  // The answer is shown above the form, out of view of the Save button: take the reader there.
  useEffect(() => {
    if (state.seq > 0) formRef.current?.querySelector<HTMLElement>('[data-answer]')?.focus();
  }, [state.seq]);

  if (state.seq !== seen) {
    setSeen(state.seq);
    const c = state.outcome === 'conflict' ? state.conflict : null;
    setShown(c && { rows: conflictRows(base, values, c.theirs), by: c.by, at: c.at });
    if (c) {
      setValues(mergeConflict(base, values, c.theirs));
      setBase(c.theirs);
      setVersion(c.version);
      setHoursKey((k) => k + 1);
    }
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => dispatch(form));
  };
  const errors = state.errors;
  return (
    <form ref={formRef} action={dispatch} onSubmit={onSubmit} className="admin-form sa-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {station && <input type="hidden" name="id" value={station.id} />}
      {station && <input type="hidden" name="version" value={version} />}
      {state.outcome === 'refused' && <p role="alert" className="form-error" data-answer tabIndex={-1}>{t('refused')}</p>}
      {state.outcome === 'invalid' && <p role="alert" className="form-error" data-answer tabIndex={-1}>{t('fix')}</p>}
      {state.outcome === 'duplicates' && <DuplicateWarning duplicates={state.duplicates} pending={pending} />}
      {shown && <ConflictNotice conflict={shown} countyNames={countyNames} />}
      <DetailsFields values={values} onChange={patch} errors={errors} statuses={statusChoices(station ? base.status : null)} />
      <LocationFields values={values} onChange={patch} errors={errors} counties={counties} tiles={tiles} start={start} />
      <HoursEditor key={hoursKey} value={values.openingHours} onChange={(openingHours) => patch({ openingHours })} error={errors.openingHours} />
      <ServicesEditor rows={values.services} onChange={(services) => patch({ services })} error={errors.services} />
      <fieldset>
        <legend>{t('contact')}</legend>
        <TextField name="address" label={t('address')} value={values.address} onChange={(address) => patch({ address })} error={errors.address} maxLength={LIMITS.address} />
        <TextField name="phone" label={t('phone')} value={values.phone} onChange={(phone) => patch({ phone })} error={errors.phone} maxLength={LIMITS.phone} inputMode="tel" />
        <TextField name="operator" label={t('operator')} value={values.operator} onChange={(operator) => patch({ operator })} error={errors.operator} maxLength={LIMITS.operator} />
        <TextField name="notes" label={t('notes')} value={values.notes} onChange={(notes) => patch({ notes })} error={errors.notes} maxLength={LIMITS.notes} multiline />
      </fieldset>
      <div className="sa-buttons">
        <button type="submit" className="button primary" disabled={pending}>{pending ? t('saving') : t('save')}</button>
        <Link href="/admin">{t('cancel')}</Link>
      </div>
    </form>
  );
}

'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldError } from '@/lib/stations/admin/input-schema';
import { ALWAYS, buildHours, newRow, parseHours, type HoursRow } from '@/lib/stations/admin/hours-rules';
import { FieldErrorText } from './field-error';
import { HoursWords } from './hours-words';

type Props = { value: string; onChange: (v: string) => void; error?: FieldError };

// Writes the `opening_hours` string: a 24-hour switch, weekday rows with
// from/to times, and the raw text for experts. Rows and text stay in step
// while the text is one the rows can express; hand-written text stands alone.
export function HoursEditor({ value, onChange, error }: Props) {
  const t = useTranslations('stationsAdmin.hours');
  const tf = useTranslations('stationsAdmin.form');
  const locale = useLocale();
  const dayNames = t.raw('dayNames') as string[];
  const [rows, setRows] = useState<HoursRow[] | null>(() => parseHours(value));
  const always = value.trim() === ALWAYS;

  const setAndWrite = (next: HoursRow[]) => {
    setRows(next);
    onChange(buildHours(next));
  };
  const update = (i: number, patch: Partial<HoursRow>) => setAndWrite((rows ?? []).map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const toggleAlways = (on: boolean) => (on ? (setRows(parseHours(ALWAYS)), onChange(ALWAYS)) : setAndWrite([newRow()]));
  const typeRaw = (text: string) => {
    onChange(text);
    setRows(parseHours(text));
  };

  return (
    <fieldset className="sa-hours">
      <legend>{tf('hoursSection')}</legend>
      <label className="sa-check">
        <input type="checkbox" checked={always} onChange={(e) => toggleAlways(e.target.checked)} />
        {t('always')}
      </label>
      {!always && rows && (
        <div role="group" aria-label={t('rows')}>
          {rows.map((r, i) => (
            <div key={i} className="sa-hours-row" role="group" aria-label={t('rowLabel', { n: i + 1 })}>
              <span className="sa-days">
                {dayNames.map((d, day) => (
                  <label key={d} className="sa-check">
                    <input type="checkbox" checked={r.days[day] ?? false}
                      onChange={(e) => update(i, { days: r.days.map((on, k) => (k === day ? e.target.checked : on)) })} />
                    {d}
                  </label>
                ))}
              </span>
              <label>{t('from')} <input type="time" value={r.from} onChange={(e) => update(i, { from: e.target.value })} /></label>
              <label>{t('to')} <input type="time" value={r.to === '24:00' ? '23:59' : r.to} onChange={(e) => update(i, { to: e.target.value })} /></label>
              <button type="button" onClick={() => setAndWrite(rows.filter((_, k) => k !== i))}>{t('remove')}</button>
            </div>
          ))}
          <button type="button" onClick={() => setAndWrite([...rows, newRow([5, 6], '09:00', '17:00')])}>{t('add')}</button>
        </div>
      )}
      {!rows && (
        <p className="sa-note">
          {t('handWritten')} <button type="button" onClick={() => setAndWrite([newRow()])}>{t('useEditor')}</button>
        </p>
      )}
      <label className="sa-field">
        {t('raw')}
        <input type="text" name="openingHours" value={value} maxLength={255} onChange={(e) => typeRaw(e.target.value)}
          aria-invalid={error ? true : undefined} aria-describedby={`hours-hint${error ? ' err-openingHours' : ''}`} />
      </label>
      <p id="hours-hint" className="sa-note">{t('rawHint')}</p>
      <HoursWords value={value} locale={locale} />
      <FieldErrorText id="err-openingHours" label={tf('hoursSection')} error={error} />
    </fieldset>
  );
}

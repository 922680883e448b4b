'use client';
import { useLocale, useTranslations } from 'next-intl';
import type { ServiceRow } from '@/lib/stations/admin/form-values';
import type { FieldError } from '@/lib/stations/admin/input-schema';
import { SERVICE_KINDS, SERVICE_LIMITS } from '@/lib/services/vocab';
import { HoursWords } from './hours-words';

type Props = { rows: ServiceRow[]; onChange: (rows: ServiceRow[]) => void; error?: FieldError };

const BLANK: ServiceRow = { kind: '', schedule: '', note: '' };
/** Blank rows always offered after the filled ones: enough to add services without JavaScript too. */
const SPARE = 2;
const isBlank = (r: ServiceRow) => !r.kind.trim() && !r.schedule.trim() && !r.note.trim();
const PARTS = ['kind', 'schedule', 'note'] as const;
/** Codes worded for a service (services.form.errors); the rest as the station form words them. */
const OWN_CODES = new Set(['serviceNoteRequired', 'tooManyServices', 'invalidHours']);
const HINTS: Record<(typeof PARTS)[number], string> = { kind: '', schedule: 'services-hint', note: 'services-note-hint' };

/** The rows as the admin left them, without the blank ones at the end (the editor adds its own). */
function filled(rows: ServiceRow[]): ServiceRow[] {
  let end = rows.length;
  while (end > 0 && isBlank(rows[end - 1]!)) end--;
  return rows.slice(0, end);
}

// Recurring services: rows of a kind, a schedule in opening_hours syntax (in
// words below it, as the hours field does) and a note. Blank rows are ignored
// on save. Each row sends all three fields (serviceKind, serviceSchedule,
// serviceNote), so the server pairs them up by position (input-schema.ts).
export function ServicesEditor({ rows, onChange, error }: Props) {
  const t = useTranslations('services');
  const te = useTranslations('stationsAdmin.errors');
  const locale = useLocale();
  const kept = filled(rows);
  const shown = [...kept, ...Array.from({ length: Math.max(0, Math.min(SPARE, SERVICE_LIMITS.count - kept.length)) }, () => BLANK)];
  const update = (i: number, patch: Partial<ServiceRow>) => onChange(filled(shown.map((r, j) => (j === i ? { ...r, ...patch } : r))));
  const remove = (i: number) => onChange(filled(shown.filter((_, j) => j !== i)));
  const row = typeof error?.params.row === 'number' ? error.params.row : null;
  const part = PARTS.find((p) => p === error?.params.part) ?? 'kind';
  const message = error && (OWN_CODES.has(error.code)
    ? t(`form.errors.${error.code}`, error.params)
    : te.has(error.code) ? te(error.code, error.params) : te('invalidChoice'));

  return (
    <fieldset className="sa-services">
      <legend>{t('form.legend')}</legend>
      <p className="sa-note" id="services-intro">{t('form.intro')}</p>
      <p className="sa-note" id="services-hint">{t('form.scheduleHint')}</p>
      <p className="sa-note" id="services-note-hint">{t('form.noteHint')}</p>
      {shown.map((r, i) => {
        const errId = `err-service-${i}`;
        const bad = row === i + 1 ? part : null;
        const field = (p: (typeof PARTS)[number]) => ({
          id: `f-service-${i}-${p}`, 'aria-invalid': bad === p ? true : undefined,
          'aria-describedby': [HINTS[p], bad === p ? errId : ''].filter(Boolean).join(' ') || undefined,
        });
        return (
          <div key={i} className="sa-hours-row sa-service-row" role="group" aria-label={t('form.rowLabel', { n: i + 1 })}>
            <label htmlFor={`f-service-${i}-kind`}>{t('form.kind')}</label>
            <select {...field('kind')} name="serviceKind" value={r.kind} onChange={(e) => update(i, { kind: e.target.value })}>
              <option value="">{t('form.chooseKind')}</option>
              {SERVICE_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
            <label htmlFor={`f-service-${i}-schedule`}>{t('form.schedule')}</label>
            <input {...field('schedule')} type="text" name="serviceSchedule" value={r.schedule} maxLength={SERVICE_LIMITS.schedule}
              placeholder="Tu,Th 14:00-17:00" onChange={(e) => update(i, { schedule: e.target.value })} />
            <label htmlFor={`f-service-${i}-note`}>{t('form.note')}</label>
            <input {...field('note')} type="text" name="serviceNote" value={r.note} maxLength={SERVICE_LIMITS.note}
              onChange={(e) => update(i, { note: e.target.value })} />
            {!isBlank(r) && <button type="button" onClick={() => remove(i)}>{t('form.remove', { n: i + 1 })}</button>}
            {r.schedule.trim() !== '' && <HoursWords value={r.schedule} locale={locale} testId={`service-${i}-words`} />}
            {bad && message && <p id={errId} className="field-error">{t('form.rowError', { row: i + 1, part: t(`form.${bad}`), message })}</p>}
          </div>
        );
      })}
      {error && row === null && message && <p id="err-services" className="field-error">{t('form.legend')}: {message}</p>}
    </fieldset>
  );
}

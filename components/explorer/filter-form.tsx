'use client';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { AMENITIES, KINDS, type Amenity, type Kind } from '@/lib/stations/vocab';
import { NO_FILTERS, type UiFilters } from './url-state';

type Props = { filters: UiFilters; keep: Record<string, string>; onChange: (f: UiFilters) => void };

// A plain GET form: without JavaScript it reloads the page with the filters in
// the URL; with it, every change applies at once.
export function FilterForm({ filters, keep, onChange }: Props) {
  const t = useTranslations('filters');
  const tk = useTranslations('kinds');
  const ta = useTranslations('amenities');
  const te = useTranslations('entry');
  const tsv = useTranslations('services');
  // The form shows its own draft at once; the URL (and so `filters`) follows a
  // moment later, and wins whenever it changes by itself (back button).
  const [draft, setDraft] = useState(filters);
  const [seen, setSeen] = useState(filters);
  if (JSON.stringify(seen) !== JSON.stringify(filters)) {
    setSeen(filters);
    setDraft(filters);
  }
  const apply = (f: UiFilters) => {
    setDraft(f);
    onChange(f);
  };
  const read = (form: HTMLFormElement): UiFilters => {
    const data = new FormData(form);
    const kind = String(data.get('kind') ?? '');
    return {
      kind: KINDS.includes(kind as Kind) ? [kind as Kind] : [],
      amenities: data.getAll('amenities').map(String).filter((a): a is Amenity => AMENITIES.includes(a as Amenity)),
      openNow: data.has('openNow'),
      h24: data.has('h24'),
      noPhone: data.has('noPhone'),
      all: data.has('all'),
      servicesToday: data.has('servicesToday'),
    };
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    apply(read(e.currentTarget));
  };
  const count = draft.amenities.length;
  return (
    <form className="filters" method="get" onSubmit={submit} onChange={(e) => apply(read(e.currentTarget))} aria-label={t('title')}>
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label className="field">
        <span>{t('kind')}</span>
        <select name="kind" value={draft.kind[0] ?? ''} onChange={() => undefined}>
          <option value="">{t('anyKind')}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>{tk(k)}</option>
          ))}
        </select>
      </label>
      <div className="toggles">
        <label><input type="checkbox" name="openNow" value="1" checked={draft.openNow} onChange={() => undefined} /> {t('openNow')}</label>
        <label><input type="checkbox" name="h24" value="1" checked={draft.h24} onChange={() => undefined} /> {t('h24')}</label>
        {/* Which ways in count, for screen readers and on hover; the box itself stays one short line on a phone. */}
        <label title={te('noPhoneHint')}>
          <input type="checkbox" name="noPhone" value="1" checked={draft.noPhone} onChange={() => undefined} aria-describedby="no-phone-hint" /> {te('noPhone')}
        </label>
        <span id="no-phone-hint" className="visually-hidden">{te('noPhoneHint')}</span>
        <label title={tsv('filterHint')}>
          <input type="checkbox" name="servicesToday" value="1" checked={draft.servicesToday ?? false} onChange={() => undefined} aria-describedby="services-today-hint" /> {tsv('filter')}
        </label>
        <span id="services-today-hint" className="visually-hidden">{tsv('filterHint')}</span>
      </div>
      <details open={draft.amenities.length > 0}>
        <summary>{t('amenities')} · {t('active', { count })}</summary>
        <fieldset className="amenity-choices">
          <legend className="visually-hidden">{t('amenities')}</legend>
          {AMENITIES.map((a) => (
            <label key={a}>
              <input type="checkbox" name="amenities" value={a} checked={draft.amenities.includes(a)} onChange={() => undefined} /> {ta(a)}
            </label>
          ))}
        </fieldset>
        <label><input type="checkbox" name="all" value="1" checked={draft.all} onChange={() => undefined} /> {t('includeNotInUse')}</label>
      </details>
      <div className="filter-actions">
        <button type="submit">{t('apply')}</button>
        <button type="button" onClick={() => apply(NO_FILTERS)}>
          {t('reset')}
        </button>
      </div>
    </form>
  );
}

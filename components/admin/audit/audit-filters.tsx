import { getTranslations } from 'next-intl/server';
import { Field } from '@/components/admin/accounts/field';
import { Link } from '@/i18n/navigation';
import { AUDIT_ACTIONS, type AuditFilterField, type AuditFilters } from '@/lib/audit-log/filters';
import type { ScopeCounty } from '@/lib/stations/admin/scope';

/** `counties`: those whose entries the admin may read (a province's, or all China's for a national admin). */
type Props = { filters: AuditFilters; errors: AuditFilterField[]; counties: ScopeCounty[]; locale: string };

/** A GET form: filtering works without JavaScript and the URL can be shared. */
export async function AuditFilterForm({ filters, errors, counties, locale }: Props) {
  const t = await getTranslations('auditLog');
  const en = locale === 'en';
  const cities = [...new Map(counties.map((c) => [c.cityCode, en ? c.cityNameEn : c.cityName]))];
  const field = (f: AuditFilterField) => ({ id: `audit-${f}`, label: t(`filters.${f}`), error: errors.includes(f) ? t(`errors.${f}`) : undefined });
  return (
    <form method="get" className="audit-filters" aria-label={t('filtersLabel')}>
      <Field {...field('action')}>
        <select name="action" defaultValue={filters.action ?? ''}>
          <option value="">{t('any')}</option>
          {AUDIT_ACTIONS.map((a) => <option key={a} value={a}>{t(`actions.${a}`)}</option>)}
        </select>
      </Field>
      <Field {...field('actor')}>
        <input type="search" name="actor" defaultValue={filters.actor ?? ''} maxLength={200} />
      </Field>
      <Field {...field('station')}>
        <input type="search" name="station" defaultValue={filters.station ?? ''} maxLength={64} />
      </Field>
      <Field {...field('county')}>
        <select name="county" defaultValue={filters.county ?? ''}>
          <option value="">{t('any')}</option>
          {cities.map(([code, city]) => (
            <optgroup key={code} label={city}>
              {counties.filter((c) => c.cityCode === code).map((c) => <option key={c.code} value={c.code}>{en ? c.nameEn : c.name}</option>)}
            </optgroup>
          ))}
        </select>
      </Field>
      <Field {...field('from')}>
        <input type="date" name="from" defaultValue={filters.from ?? ''} />
      </Field>
      <Field {...field('to')}>
        <input type="date" name="to" defaultValue={filters.to ?? ''} />
      </Field>
      <div className="audit-filter-buttons">
        <button type="submit" className="button primary">{t('apply')}</button>
        <Link href="/admin/audit" className="button">{t('clear')}</Link>
      </div>
    </form>
  );
}

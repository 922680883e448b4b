import { getTranslations } from 'next-intl/server';
import { Field } from '@/components/admin/accounts/field';
import { Link } from '@/i18n/navigation';
import { countyOptions } from '@/lib/accounts/divisions';
import { AUDIT_ACTIONS, type AuditFilterField, type AuditFilters } from '@/lib/audit-log/filters';

type Props = { filters: AuditFilters; errors: AuditFilterField[] };

/** A GET form: filtering works without JavaScript and the URL can be shared. */
export async function AuditFilterForm({ filters, errors }: Props) {
  const t = await getTranslations('auditLog');
  const cities = [...new Set(countyOptions.map((c) => c.cityName ?? ''))];
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
          {cities.map((city) => (
            <optgroup key={city} label={city}>
              {countyOptions.filter((c) => c.cityName === city).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
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

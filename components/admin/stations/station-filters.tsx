import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { County } from '@/lib/divisions-data';
import type { ListQuery } from '@/lib/stations/admin/list-query';
import { KINDS, STATUSES } from '@/lib/stations/vocab';

// A plain GET form: filters live in the URL and work without JavaScript.
export async function StationFilters({ query, counties }: { query: ListQuery; counties: readonly County[] }) {
  const t = await getTranslations('stationsAdmin.list');
  const tk = await getTranslations('kinds');
  const ts = await getTranslations('statuses');
  return (
    <form method="get" className="sa-filters" role="search" aria-label={t('filters')}>
      <label>
        {t('search')}
        <input type="search" name="q" defaultValue={query.q ?? ''} maxLength={60} />
      </label>
      {counties.length > 1 && (
        <label>
          {t('county')}
          <select name="county" defaultValue={query.county ?? ''}>
            <option value="">{t('anyCounty')}</option>
            {counties.map((c) => <option key={c.code} value={c.code}>{c.cityName} {c.name}</option>)}
          </select>
        </label>
      )}
      <label>
        {t('kind')}
        <select name="kind" defaultValue={query.kind ?? ''}>
          <option value="">{t('anyKind')}</option>
          {KINDS.map((k) => <option key={k} value={k}>{tk(k)}</option>)}
        </select>
      </label>
      <label>
        {t('status')}
        <select name="status" defaultValue={query.status ?? ''}>
          <option value="">{t('anyStatus')}</option>
          {STATUSES.map((s) => <option key={s} value={s}>{ts(s)}</option>)}
        </select>
      </label>
      <label>
        {t('verified')}
        <select name="verified" defaultValue={query.verified ?? ''}>
          <option value="">{t('verifiedAny')}</option>
          <option value="never">{t('verifiedNever')}</option>
          <option value="before">{t('verifiedBefore')}</option>
        </select>
      </label>
      <label>
        {t('before')}
        <input type="date" name="before" defaultValue={query.before ?? ''} />
      </label>
      <label>
        {t('sort')}
        <select name="sort" defaultValue={query.sort}>
          <option value="name">{t('sortName')}</option>
          <option value="verified">{t('sortVerified')}</option>
        </select>
      </label>
      <label className="sa-check">
        <input type="checkbox" name="archived" value="1" defaultChecked={query.archived === '1'} />
        {t('archived')}
      </label>
      <button type="submit">{t('apply')}</button>
      <Link href="/admin">{t('reset')}</Link>
    </form>
  );
}

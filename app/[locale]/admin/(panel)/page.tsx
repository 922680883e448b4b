import { getTranslations } from 'next-intl/server';
import { LockedStations } from '@/components/admin/locks/locked-stations';
import { StationFilters } from '@/components/admin/stations/station-filters';
import { StationTable } from '@/components/admin/stations/station-table';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { listQueryParams, parseListQuery } from '@/lib/stations/admin/list-query';
import { listStations } from '@/lib/stations/admin/queries';
import { countiesInScope } from '@/lib/stations/admin/scope';
import '@/components/admin/stations/stations-admin.css';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The stations in the admin's scope, filtered in the URL, a page at a time
// (keyset pagination along the county/name index: as fast on page 400 as
// on page 1, even for the whole province).
export default async function AdminHome({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireAdmin(locale);
  const sp = await searchParams;
  const query = parseListQuery(sp);
  const { rows, next, total } = await listStations(admin, query);
  const t = await getTranslations('stationsAdmin.list');
  const counties = countiesInScope(admin);
  return (
    <>
      <div className="sa-head">
        <h1>{t('title')}</h1>
        <Link href="/admin/stations/new" className="button primary">{t('add')}</Link>
      </div>
      <LockedStations admin={admin} notice={typeof sp.lock === 'string' ? sp.lock : undefined} />
      <StationFilters query={query} counties={counties} />
      {total !== null && <p className="muted" role="status">{t('total', { count: total })}</p>}
      {!query.county && counties.length > 1 && <p className="sa-note">{t('grouped')}</p>}
      <StationTable rows={rows} />
      <nav className="sa-pager" aria-label={t('pages')}>
        {query.after && <Link href={`/admin?${listQueryParams(query)}`}>{t('first')}</Link>}
        {next && <Link href={`/admin?${listQueryParams(query, next)}`} rel="next">{t('next')}</Link>}
      </nav>
    </>
  );
}

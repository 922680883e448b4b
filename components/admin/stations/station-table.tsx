import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { ListRow } from '@/lib/stations/admin/queries';
import { countyOf } from '@/lib/stations/admin/scope';

export async function StationTable({ rows }: { rows: ListRow[] }) {
  const t = await getTranslations('stationsAdmin.list');
  const tk = await getTranslations('kinds');
  const ts = await getTranslations('statuses');
  const format = await getFormatter();
  if (rows.length === 0) return <p>{t('empty')}</p>;
  return (
    <table className="admin-table">
      <caption className="visually-hidden">{t('caption')}</caption>
      <thead>
        <tr>
          {(['name', 'county', 'kind', 'status', 'lastVerified', 'updated'] as const).map((c) => <th key={c} scope="col">{t(`columns.${c}`)}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const county = countyOf(r.countyCode);
          return (
            <tr key={r.id}>
              <td>
                <Link href={`/admin/stations/${r.id}`}>{r.name}</Link>
                {r.archivedAt && <span className="sa-badge">{t('archivedBadge')}</span>}
              </td>
              <td>{county ? `${county.cityName} ${county.name}` : r.countyCode}</td>
              <td>{tk.has(r.kind) ? tk(r.kind) : r.kind}</td>
              <td>{ts.has(r.status) ? ts(r.status) : r.status}</td>
              <td>{r.lastVerifiedAt ? format.dateTime(r.lastVerifiedAt, { dateStyle: 'medium' }) : t('never')}</td>
              <td>{format.dateTime(r.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import { daysOverdue } from '@/lib/complaints/due';
import { OVERDUE_LIST_MAX, type OverdueComplaint } from '@/lib/complaints/queries';

// "Overdue complaints" at the top of a city, province or national admin's
// queue: the counties below them that let a complaint pass its due date.
export async function OverdueList({ items, total, now }: { items: OverdueComplaint[]; total: number; now: Date }) {
  const [t, tc, format] = await Promise.all([getTranslations('reportQueue'), getTranslations('complaints.categories'), getFormatter()]);
  return (
    <section id="overdue" aria-labelledby="overdue-heading" className="overdue-section">
      <h2 id="overdue-heading"><span aria-hidden="true">⚠ </span>{t('overdueTitle', { count: total })}</h2>
      <p className="muted">{t('overdueIntro')}</p>
      {items.length === 0 ? <p>{t('overdueNone')}</p> : (
        <table className="admin-table overdue-table">
          <thead>
            <tr>
              <th scope="col">{t('county')}</th>
              <th scope="col">{t('station')}</th>
              <th scope="col">{t('category')}</th>
              <th scope="col">{t('due')}</th>
              <th scope="col">{t('overdueColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id} data-report-id={c.id}>
                <td>{c.station.county.name}</td>
                <td><Link href={`/admin/stations/${c.station.id}`}>{c.station.name}</Link></td>
                <td>{tc.has(c.category) ? tc(c.category) : c.category}</td>
                <td>{c.dueAt ? format.dateTime(c.dueAt, { dateStyle: 'medium' }) : '—'}</td>
                <td><strong>{t('overdueDays', { days: c.dueAt ? daysOverdue(c.dueAt, now) : 0 })}</strong></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {total > items.length && <p className="muted">{t('overdueMore', { max: OVERDUE_LIST_MAX })}</p>}
    </section>
  );
}

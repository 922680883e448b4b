import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { QueueReport } from '@/lib/reports/queries';
import { DecideForm } from './decide-form';
import './report-queue.css';

// Reports as a table. Everything the public wrote is rendered as text by
// React (never as HTML), with its line breaks kept by CSS.
export async function ReportQueue({ reports, decidable = false }: { reports: QueueReport[]; decidable?: boolean }) {
  const t = await getTranslations('reportQueue');
  const tc = await getTranslations('reports.categories');
  const format = await getFormatter();
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <table className="admin-table report-queue">
      <thead>
        <tr>
          <th scope="col">{t('station')}</th>
          <th scope="col">{t('category')}</th>
          <th scope="col">{t('text')}</th>
          <th scope="col">{t('received')}</th>
          <th scope="col">{t('decision')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-report-id={r.id}>
            <td>
              <Link href={`/admin/stations/${r.station.id}`} aria-label={`${t('editStation')}: ${r.station.name}`}>{r.station.name}</Link>
              <br />
              <span className="muted">
                {r.station.county.name}
                {r.station.archivedAt && ` · ${t('archived')}`}
              </span>
            </td>
            <td>{tc(r.category as 'other')}</td>
            <td className="report-text-cell">{r.text || <span className="muted">{t('noText')}</span>}</td>
            <td>{when(r.createdAt)}</td>
            <td>
              {decidable ? (
                <DecideForm reportId={r.id} />
              ) : (
                <>
                  {t('decidedBy', { status: t(`statuses.${r.status as 'open'}`), who: r.decidedBy ?? '—', date: r.decidedAt ? when(r.decidedAt) : '—' })}
                  {r.decisionNote && <p className="report-text-cell">{r.decisionNote}</p>}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

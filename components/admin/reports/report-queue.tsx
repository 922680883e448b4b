import { getFormatter, getTranslations } from 'next-intl/server';
import { QueueStationCell } from '@/components/admin/queue-station-cell';
import type { QueueReport } from '@/lib/reports/queries';
import { DecideForm } from './decide-form';
import { DueCell } from './due-cell';
import './report-queue.css';

// Complaints as a table, each with its due date. Everything the public wrote
// is rendered as text by React (never as HTML), with its line breaks kept by CSS.
export async function ReportQueue({ reports, decidable = false, now }: { reports: QueueReport[]; decidable?: boolean; now: Date }) {
  const t = await getTranslations('reportQueue');
  const tc = await getTranslations('complaints.categories');
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
          <th scope="col">{t('due')}</th>
          <th scope="col">{t('decision')}</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((r) => (
          <tr key={r.id} data-report-id={r.id}>
            <QueueStationCell station={r.station} words={{ edit: t('editStation'), archived: t('archived') }} />
            <td>{tc.has(r.category) ? tc(r.category) : r.category}</td>
            <td className="report-text-cell">{r.text || <span className="muted">{t('noText')}</span>}</td>
            <td>{when(r.createdAt)}</td>
            <td><DueCell dueAt={r.dueAt} decidedAt={r.status === 'open' ? null : r.decidedAt} now={now} /></td>
            <td>
              {decidable ? (
                <>
                  <p className="report-stage">
                    {r.progress === 'in_progress' ? t('stageInProgress', { date: r.progressAt ? when(r.progressAt) : '—' }) : t('stageReceived')}
                  </p>
                  <DecideForm reportId={r.id} inProgress={r.progress === 'in_progress'} />
                </>
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

import { getFormatter, getTranslations } from 'next-intl/server';
import { QueueStationCell } from '@/components/admin/queue-station-cell';
import type { QueueReview } from '@/lib/reviews/queries';
import { DecideReviewForm, ReplyForm } from './moderate-forms';
import '../reports/report-queue.css';

// Reviews as a table: the pending ones to publish or reject, or the published
// ones to answer. What the public wrote is rendered as text by React (never as
// HTML), with its line breaks kept by CSS.
export async function ReviewQueue({ reviews, mode }: { reviews: QueueReview[]; mode: 'pending' | 'published' }) {
  const t = await getTranslations('reviewQueue');
  const format = await getFormatter();
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: 'medium', timeStyle: 'short' }) : '—');
  return (
    <table className="admin-table report-queue">
      <thead>
        <tr>
          <th scope="col">{t('station')}</th>
          <th scope="col">{t('stars')}</th>
          <th scope="col">{t('text')}</th>
          <th scope="col">{t('received')}</th>
          <th scope="col">{mode === 'pending' ? t('decision') : t('answer')}</th>
        </tr>
      </thead>
      <tbody>
        {reviews.map((r) => (
          <tr key={r.id} data-review-id={r.id}>
            <QueueStationCell station={r.station} words={{ edit: t('editStation'), archived: t('archived') }} />
            <td>
              <span aria-hidden="true">{'★'.repeat(r.stars)}</span> {t('starsOf', { count: r.stars })}
            </td>
            <td className="report-text-cell">{r.text || <span className="muted">{t('noText')}</span>}</td>
            <td>
              {when(r.createdAt)}
              {mode === 'published' && <p className="muted">{t('publishedBy', { who: r.decidedBy ?? '—', date: when(r.decidedAt) })}</p>}
            </td>
            <td>
              {mode === 'pending' ? <DecideReviewForm reviewId={r.id} /> : (
                <>
                  {r.reply && <p className="report-text-cell">{r.reply}</p>}
                  {r.reply && <p className="muted">{t('repliedBy', { who: r.repliedBy ?? '—', date: when(r.repliedAt) })}</p>}
                  <ReplyForm reviewId={r.id} current={r.reply} />
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

import { getFormatter, getTranslations } from 'next-intl/server';
import { daysOverdue } from '@/lib/complaints/due';

// A complaint's due date in the queue. Overdue is said in words with a
// symbol (not by colour alone); a decided one says whether it was answered in time.
export async function DueCell({ dueAt, decidedAt, now }: { dueAt: Date | null; decidedAt: Date | null; now: Date }) {
  const t = await getTranslations('reportQueue');
  const format = await getFormatter();
  if (!dueAt) return <span className="muted">—</span>;
  const day = format.dateTime(dueAt, { dateStyle: 'medium' });
  if (decidedAt) return <>{day}<br /><span className="muted">{decidedAt <= dueAt ? t('onTime') : t('lateAnswer')}</span></>;
  const late = daysOverdue(dueAt, now);
  if (late === 0) return <>{day}</>;
  return <>{day}<br /><strong className="due-late"><span aria-hidden="true">⚠ </span>{t('overdueDays', { days: late })}</strong></>;
}

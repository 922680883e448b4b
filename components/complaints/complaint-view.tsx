import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/i18n/navigation';
import { daysOverdue } from '@/lib/complaints/due';
import type { TrackedComplaint } from '@/lib/complaints/queries';
import './complaint.css';

// The sender's private page: what they sent, when it is due, how far it has
// got and the union's reply. Everything they or the union wrote is rendered
// as text by React (never as HTML), its line breaks kept by CSS. Each stage
// says in words whether it is done, not by colour.

type Step = { key: string; label: string; when: string; done: boolean; current: boolean };
type Words = Awaited<ReturnType<typeof getTranslations<'complaints'>>>;

/** received → in progress → answered or rejected, each with its date or what it waits for. */
function stepsOf(c: TrackedComplaint, t: Words, when: (d: Date) => string, day: (d: Date) => string): Step[] {
  const decided = c.stage === 'answered' || c.stage === 'rejected';
  return [
    { key: 'received', label: t('stages.received'), when: when(c.receivedAt), done: true, current: c.stage === 'received' },
    {
      key: 'in_progress', label: t('stages.in_progress'), done: c.progressAt !== null, current: c.stage === 'in_progress',
      when: c.progressAt ? when(c.progressAt) : decided ? t('skipped') : t('notYet'),
    },
    {
      key: 'decided', label: t(c.stage === 'rejected' ? 'stages.rejected' : 'stages.answered'), done: decided, current: decided,
      when: c.decidedAt ? when(c.decidedAt) : c.dueAt ? t('waitingUntil', { date: day(c.dueAt) }) : t('notYet'),
    },
  ];
}

export async function ComplaintView({ complaint: c, now }: { complaint: TrackedComplaint; now: Date }) {
  const [t, format, locale] = await Promise.all([getTranslations('complaints'), getFormatter(), getLocale()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'long', timeStyle: 'short' });
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'long' });
  const decided = c.stage === 'answered' || c.stage === 'rejected';
  const late = !decided && c.dueAt ? daysOverdue(c.dueAt, now) : 0;
  const steps = stepsOf(c, t, when, day);
  return (
    <main className="complaint-page">
      <h1>{t('title')}</h1>
      <p className="complaint-now">{t(`now.${c.stage}`)}</p>
      <dl className="complaint-facts">
        <dt>{t('station')}</dt>
        <dd>{c.station.live ? <a href={getPathname({ href: `/stations/${c.station.id}`, locale })}>{c.station.name}</a> : c.station.name}</dd>
        <dt>{t('category')}</dt>
        <dd>{t.has(`categories.${c.category}`) ? t(`categories.${c.category}`) : c.category}</dd>
        {c.text && <><dt>{t('text')}</dt><dd className="complaint-text">{c.text}</dd></>}
        <dt>{t('received')}</dt>
        <dd>{when(c.receivedAt)}</dd>
        {c.dueAt && <><dt>{t('due')}</dt><dd>
          {day(c.dueAt)}
          {late > 0 && <strong className="complaint-late"> <span aria-hidden="true">⚠</span> {t('overdue', { days: late })}</strong>}
        </dd></>}
      </dl>
      <h2>{t('progress')}</h2>
      <ol className="complaint-steps">
        {steps.map((s) => (
          <li key={s.key} className={s.done ? 'done' : undefined} aria-current={s.current ? 'step' : undefined}>
            <span aria-hidden="true" className="complaint-mark">{s.done ? '✓' : '○'}</span>{' '}
            <strong>{s.label}</strong>{' '}<span className="visually-hidden">{s.done ? t('done') : t('pending')}</span>
            <br /><span className="muted">{s.when}</span>
          </li>
        ))}
      </ol>
      {c.reply && (
        <section aria-labelledby="complaint-reply">
          <h2 id="complaint-reply">{t(c.stage === 'rejected' ? 'reasonTitle' : 'replyTitle')}</h2>
          <p className="complaint-text complaint-reply">{c.reply}</p>
        </section>
      )}
      <p className="muted">{t('private')}</p>
    </main>
  );
}

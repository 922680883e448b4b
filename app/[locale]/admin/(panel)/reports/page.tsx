import { getTranslations } from 'next-intl/server';
import { OverdueList } from '@/components/admin/reports/overdue-list';
import { ReportQueue } from '@/components/admin/reports/report-queue';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { overdueComplaints, overdueCount } from '@/lib/complaints/queries';
import { openReportCount, openReports, QUEUE_PAGE_SIZE, recentlyDecided } from '@/lib/reports/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = { progress: 'progressed', resolve: 'resolved', dismiss: 'dismissed' } as const;

// The complaints queue: for a city, province or national admin first the
// overdue complaints of the counties below; then the open complaints in
// scope, each with its due date; then the latest decisions. Scope is part of every query.
export default async function ReportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireAdmin(locale);
  const sp = await searchParams;
  const now = new Date();
  const requested = Number(typeof sp.page === 'string' && /^\d{1,6}$/.test(sp.page) ? sp.page : 1);
  const above = admin.role !== 'county';
  const [total, overdueTotal, overdue] = await Promise.all([
    openReportCount(admin), above ? overdueCount(admin, now) : 0, above ? overdueComplaints(admin, now) : [],
  ]);
  const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pages);
  const [open, decided] = await Promise.all([openReports(admin, page), recentlyDecided(admin)]);
  const t = await getTranslations('reportQueue');
  const done = typeof sp.done === 'string' && Object.hasOwn(DONE, sp.done) ? t(DONE[sp.done as keyof typeof DONE]) : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {done && <p role="status" className="report-done">{done}</p>}
      {above && <OverdueList items={overdue} total={overdueTotal} now={now} />}
      <h2>{t('open', { count: total })}</h2>
      {open.length ? <ReportQueue reports={open} decidable now={now} /> : <p>{t('none')}</p>}
      {pages > 1 && (
        <nav aria-label={t('pages')} className="queue-pages">
          {page > 1 && <Link href={`/admin/reports?page=${page - 1}`}>{t('previous')}</Link>}
          <span>{t('page', { page })}</span>
          {page < pages && <Link href={`/admin/reports?page=${page + 1}`}>{t('next')}</Link>}
        </nav>
      )}
      {decided.length > 0 && (
        <>
          <h2>{t('recent')}</h2>
          <ReportQueue reports={decided} now={now} />
        </>
      )}
    </>
  );
}

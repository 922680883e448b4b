import { getTranslations } from 'next-intl/server';
import { ReviewQueue } from '@/components/admin/reviews/review-queue';
import { Link } from '@/i18n/navigation';
import { requireAdmin } from '@/lib/auth/session';
import { pendingReviewCount, pendingReviews, recentlyPublished, REVIEW_PAGE_SIZE } from '@/lib/reviews/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE = { publish: 'published', reject: 'rejected', reply: 'replied' } as const;

// Review moderation: pending reviews on stations in the admin's scope (oldest
// first), then the latest published ones with the union's public reply. Scope
// is part of every query.
export default async function ReviewsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const admin = await requireAdmin(locale);
  const sp = await searchParams;
  const requested = Number(typeof sp.page === 'string' && /^\d{1,6}$/.test(sp.page) ? sp.page : 1);
  const total = await pendingReviewCount(admin);
  const pages = Math.max(1, Math.ceil(total / REVIEW_PAGE_SIZE));
  const page = Math.min(Math.max(1, requested), pages);
  const [pending, published] = await Promise.all([pendingReviews(admin, page), recentlyPublished(admin)]);
  const t = await getTranslations('reviewQueue');
  const done = typeof sp.done === 'string' && Object.hasOwn(DONE, sp.done) ? t(DONE[sp.done as keyof typeof DONE]) : null;
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="muted">{t('intro')}</p>
      {done && <p role="status" className="report-done">{done}</p>}
      <h2>{t('pending', { count: total })}</h2>
      {pending.length ? <ReviewQueue reviews={pending} mode="pending" /> : <p>{t('none')}</p>}
      {pages > 1 && (
        <nav aria-label={t('pages')} className="queue-pages">
          {page > 1 && <Link href={`/admin/reviews?page=${page - 1}`}>{t('previous')}</Link>}
          <span>{t('page', { page })}</span>
          {page < pages && <Link href={`/admin/reviews?page=${page + 1}`}>{t('next')}</Link>}
        </nav>
      )}
      <h2>{t('recent')}</h2>
      {published.length ? <ReviewQueue reviews={published} mode="published" /> : <p>{t('noneRecent')}</p>}
    </>
  );
}

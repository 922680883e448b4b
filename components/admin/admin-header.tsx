import { getLocale, getTranslations } from 'next-intl/server';
import { signOut } from '@/app/[locale]/admin/sign-in/actions';
import { Link } from '@/i18n/navigation';
import { canManageAccounts, canReadLog, canReadWholeLog, type Admin } from '@/lib/permissions/roles';
import { mayIssueAlerts } from '@/lib/weather/scope';

type Props = { admin: Admin; openReports: number; limited?: boolean; sprayedAccounts?: number; overdueComplaints?: number; pendingReviews?: number };

/**
 * `limited`: an admin who must change a reset password first sees no panel links (the pages would refuse them).
 * `sprayedAccounts`: accounts closed by password guessing from many addresses lately (shown to those who read the whole log).
 * `pendingReviews`: reviews waiting for moderation in scope (the link shows without it, with no count).
 * `overdueComplaints`: complaints past their due date in the counties below a city, province or national admin.
 */
export async function AdminHeader({ admin, openReports, limited = false, sprayedAccounts = 0, overdueComplaints = 0, pendingReviews }: Props) {
  const t = await getTranslations('admin');
  const tq = await getTranslations('reportQueue');
  const tr = await getTranslations('reviewQueue');
  const tw = await getTranslations('weatherAdmin');
  const locale = await getLocale();
  return (
    <div className="admin-header">
      {!limited && <nav aria-label={t('nav')}>
        <Link href="/admin">{t('stations')}</Link>
        <Link href="/admin/reports">{t('reportsCount', { count: openReports })}</Link>
        {overdueComplaints > 0 && <Link href="/admin/reports#overdue" className="admin-overdue">
          <span aria-hidden="true">⚠ </span>{tq('overdueCount', { count: overdueComplaints })}
        </Link>}
        <Link href="/admin/reviews">{pendingReviews === undefined ? tr('title') : tr('nav', { count: pendingReviews })}</Link>
        <Link href="/admin/import">{t('import')}</Link>
        <Link href="/admin/export">{t('export')}</Link>
        {mayIssueAlerts(admin) && <Link href="/admin/weather">{tw('nav')}</Link>}
        {canManageAccounts(admin) && <Link href="/admin/accounts">{t('accounts')}</Link>}
        {canReadLog(admin) && <Link href="/admin/audit">{t('audit')}</Link>}
        <Link href="/">{t('publicMap')}</Link>
      </nav>}
      <div className="admin-who">
        <span>{t('signedInAs', { email: admin.email, role: t(`roles.${admin.role}`) })}</span>
        <Link href="/admin/password">{t('changePassword')}</Link>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('signOut')}</button>
        </form>
        <form action={signOut}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="everywhere" value="1" />
          <button type="submit">{t('signOutEverywhere')}</button>
        </form>
      </div>
      {sprayedAccounts > 0 && canReadWholeLog(admin) && <p className="admin-alert">
        {t('sprayNotice', { count: sprayedAccounts })}{' '}
        <Link href="/admin/audit?action=account_sign_in_throttled">{t('sprayNoticeLink')}</Link>
      </p>}
    </div>
  );
}

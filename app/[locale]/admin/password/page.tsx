import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { AdminHeader } from '@/components/admin/admin-header';
import { PasswordChangeForm } from '@/components/admin/password/password-change-form';
import '@/components/admin/accounts/accounts.css';
import { Link } from '@/i18n/navigation';
import { currentSession } from '@/lib/auth/session';
import { openReportCount } from '@/lib/reports/queries';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Outside the panel's layout on purpose: that layout sends an admin whose
// password was reset here, and this page is the one place they may be.
export default async function PasswordPage({ params, searchParams }: Props) {
  await connection();
  const { locale } = await params;
  const session = await currentSession();
  if (!session) redirect(`${locale === 'en' ? '/en' : ''}/admin/sign-in`);
  const { admin, mustChangePassword: must } = session;
  const done = (await searchParams).done === 'changed';
  const t = await getTranslations('password');
  return (
    <div className="admin">
      <AdminHeader admin={admin} openReports={must ? 0 : await openReportCount(admin)} limited={must} />
      <main className="admin-page narrow">
        <h1>{t('title')}</h1>
        {must && <p><strong>{t('mustChange')}</strong></p>}
        {done && !must && (
          <>
            <p role="status" className="acc-done">{t('done')}</p>
            <p><Link href="/admin">{t('backToPanel')}</Link></p>
          </>
        )}
        <PasswordChangeForm email={admin.email} />
      </main>
    </div>
  );
}

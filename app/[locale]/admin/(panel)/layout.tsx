import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { AdminHeader } from '@/components/admin/admin-header';
import { sprayedAccountCount } from '@/lib/audit-log/queries';
import { requireAdmin } from '@/lib/auth/session';
import { canReadWholeLog } from '@/lib/permissions/roles';
import { openReportCount } from '@/lib/reports/queries';
import { pendingReviewCount } from '@/lib/reviews/queries';
import { overdueCount } from '@/lib/complaints/queries';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Every admin page needs a signed-in admin. This is a convenience for pages:
// each page, action and API write checks the session and scope again itself.
export default async function AdminLayout({ children, params }: Props) {
  await connection();
  const { locale } = await params;
  const admin = await requireAdmin(locale);
  // The account-wide sign-in limit's notice to the national admins (lib/auth/sign-in.ts).
  const sprayedAccounts = canReadWholeLog(admin) ? await sprayedAccountCount() : 0;
  // Overdue complaints of the counties below: a county admin sees its own marked in its queue.
  const overdueComplaints = admin.role === 'county' ? 0 : await overdueCount(admin);
  return (
    <div className="admin">
      <AdminHeader admin={admin} openReports={await openReportCount(admin)} sprayedAccounts={sprayedAccounts} overdueComplaints={overdueComplaints}
        pendingReviews={await pendingReviewCount(admin)} />
      <main className="admin-page">{children}</main>
    </div>
  );
}

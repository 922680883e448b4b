'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { decideReportForm } from '@/lib/reports/form-actions';

export type DecideState = { error: string | null };

/** One step of a complaint (in progress, answer, reject): the session and the words here, the rest in decideReportForm. */
export async function decide(_prev: DecideState, form: FormData): Promise<DecideState> {
  const locale = form.get('locale') === 'en' ? 'en' : 'zh-CN';
  const admin = await requireAdmin(locale);
  const result = await decideReportForm(admin, form);
  if (result.error === 'forbidden') return { error: (await getTranslations({ locale, namespace: 'admin' }))('forbidden') };
  if (result.error) return { error: (await getTranslations({ locale, namespace: 'reportQueue' }))(result.error) };
  // The open and overdue counts in the header of every admin page change too.
  revalidatePath('/[locale]/admin', 'layout');
  redirect(`${locale === 'en' ? '/en' : ''}/admin/reports?done=${result.decision}`);
}

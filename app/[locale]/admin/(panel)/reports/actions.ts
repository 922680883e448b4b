'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { decideReport } from '@/lib/reports/mutations';
import { decisionSchema } from '@/lib/reports/schema';

export type DecideState = { error: string | null };

/** Resolve or dismiss one report. Scope is checked in decideReport's query, whatever the form says. */
export async function decide(_prev: DecideState, form: FormData): Promise<DecideState> {
  const locale = form.get('locale') === 'en' ? 'en' : 'zh-CN';
  const admin = await requireAdmin(locale);
  const t = await getTranslations({ locale, namespace: 'reportQueue' });
  const parsed = decisionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: t('badDecision') };
  const result = await decideReport(admin, parsed.data);
  if (result === 'forbidden') return { error: (await getTranslations({ locale, namespace: 'admin' }))('forbidden') };
  if (result === 'decided') return { error: t('alreadyDecided') };
  // The open count in the header of every admin page changes too.
  revalidatePath('/[locale]/admin', 'layout');
  redirect(`${locale === 'en' ? '/en' : ''}/admin/reports?done=${parsed.data.decision}`);
}

'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import type { Admin } from '@/lib/permissions/roles';
import { decideReviewForm, replyReviewForm, type ModerateOutcome } from '@/lib/reviews/form-actions';

export type ModerateState = { error: string | null };

/** The session and the words here, the rest (validation, scope, write, audit) in lib/reviews/form-actions.ts. */
async function moderate(form: FormData, work: (admin: Admin, form: FormData) => Promise<ModerateOutcome>): Promise<ModerateState> {
  const locale = form.get('locale') === 'en' ? 'en' : 'zh-CN';
  const admin = await requireAdmin(locale);
  const result = await work(admin, form);
  if (result.error === 'forbidden') return { error: (await getTranslations({ locale, namespace: 'admin' }))('forbidden') };
  if (result.error) return { error: (await getTranslations({ locale, namespace: 'reviewQueue' }))(result.error) };
  // The pending count in the header of every admin page changes too.
  revalidatePath('/[locale]/admin', 'layout');
  redirect(`${locale === 'en' ? '/en' : ''}/admin/reviews?done=${result.done}`);
}

/** Publish or reject one pending review. */
export async function decide(_prev: ModerateState, form: FormData): Promise<ModerateState> {
  return moderate(form, decideReviewForm);
}

/** The union's public reply under one published review. */
export async function reply(_prev: ModerateState, form: FormData): Promise<ModerateState> {
  return moderate(form, replyReviewForm);
}

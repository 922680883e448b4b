'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { currentAdmin } from '@/lib/auth/session';
import type { ResetFormState } from '@/lib/passwords/form-state';
import { resetPasswordForm } from '@/lib/passwords/form-actions';

// Province admins only: the session is checked here, the role and the rest in
// lib/passwords/form-actions.ts. No redirect on success: the temporary
// password travels once, in this answer, and is in no URL.

export async function resetPasswordAction(prev: ResetFormState, form: FormData): Promise<ResetFormState> {
  const locale = await getLocale();
  const admin = await currentAdmin();
  if (!admin) redirect(`${locale === 'en' ? '/en' : ''}/admin/sign-in`);
  const result = await resetPasswordForm(admin, form);
  if (!result.ok) {
    const t = await getTranslations({ locale, namespace: 'password' });
    return { seq: prev.seq + 1, error: t(`refused.${result.reason}`), temporary: null };
  }
  revalidatePath('/', 'layout');
  return { seq: prev.seq + 1, error: null, temporary: result.temporary };
}

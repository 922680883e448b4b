'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { currentSession, passwordPath } from '@/lib/auth/session';
import { changeOwnPassword } from '@/lib/passwords/change';
import type { PasswordFormState } from '@/lib/passwords/form-state';

// Any signed-in admin, including one who must change a reset password (the
// only thing such an admin may do): hence currentSession, not currentAdmin.

export async function changePasswordAction(prev: PasswordFormState, form: FormData): Promise<PasswordFormState> {
  const locale = await getLocale();
  const session = await currentSession();
  if (!session) redirect(`${locale === 'en' ? '/en' : ''}/admin/sign-in`);
  const outcome = await changeOwnPassword(session, form);
  if (outcome.ok) {
    revalidatePath('/', 'layout');
    redirect(`${passwordPath(locale)}?done=changed`);
  }
  const t = await getTranslations({ locale, namespace: 'password' });
  const seq = prev.seq + 1;
  if (outcome.reason === 'throttled') return { seq, error: t('throttled', { minutes: Math.ceil(outcome.waitS / 60) }), fields: {} };
  if (outcome.reason === 'wrong') return { seq, error: t('wrong'), fields: { current: t('wrong') } };
  const limits = { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH };
  const fields = Object.fromEntries(Object.entries(outcome.fields).map(([f, issue]) => [f, t(`errors.${issue}`, limits)]));
  return { seq, error: t('fixFields'), fields };
}

'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema } from '@/lib/auth/schema';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { isDbUnavailable } from '@/lib/db-errors';
import { requestClient } from '@/lib/security/request-client';

export type SignInState = { error: string | null; email: string };

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  const email = String(form.get('email') ?? '').slice(0, 200);
  const locale = parsed.success ? parsed.data.locale : 'zh-CN';
  const t = await getTranslations({ locale, namespace: 'admin' });
  if (!parsed.success) return { error: t('signInFailed'), email };
  const h = await headers();
  // A database too busy to answer in time (SQLite's lock held by a long import, or PostgreSQL away) is
  // said on the form; the attempt may or may not have been counted, never a 500.
  const outcome = await attemptSignIn(parsed.data.email, parsed.data.password, requestClient(h), h).catch((error: unknown) => {
    if (isDbUnavailable(error)) return null;
    throw error;
  });
  if (!outcome) return { error: t('busy'), email };
  if (outcome.kind === 'throttled') return { error: t('throttled', { minutes: Math.ceil(outcome.waitS / 60) }), email };
  if (outcome.kind !== 'signedIn') return { error: outcome.kind === 'disabled' ? t('disabled') : t('signInFailed'), email };
  redirect(locale === 'en' ? '/en/admin' : '/admin');
}

export async function signOut(form: FormData) {
  const everywhere = form.get('everywhere') === '1';
  const locale = form.get('locale') === 'en' ? 'en' : 'zh-CN';
  const h = await headers();
  const auth = getAuth();
  if (everywhere) await auth.api.revokeSessions({ headers: h }).catch(() => undefined);
  await auth.api.signOut({ headers: h }).catch(() => undefined);
  redirect(locale === 'en' ? '/en/admin/sign-in' : '/admin/sign-in');
}

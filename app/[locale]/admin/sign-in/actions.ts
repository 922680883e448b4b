'use server';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getAuth } from '@/lib/auth/auth';
import { signInSchema } from '@/lib/auth/schema';
import { clientIp, recordFailure, recordSuccess, signInBlockedFor } from '@/lib/auth/throttle';
import { db } from '@/lib/db';

export type SignInState = { error: string | null; email: string };

export async function signIn(_prev: SignInState, form: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse(Object.fromEntries(form));
  const email = String(form.get('email') ?? '').slice(0, 200);
  const locale = parsed.success ? parsed.data.locale : 'zh-CN';
  const t = await getTranslations({ locale, namespace: 'admin' });
  if (!parsed.success) return { error: t('signInFailed'), email };
  const h = await headers();
  const ip = clientIp(h);
  const wait = await signInBlockedFor(parsed.data.email, ip);
  if (wait > 0) return { error: t('throttled', { minutes: Math.ceil(wait / 60) }), email };
  const user = await db.user.findUnique({ where: { email: parsed.data.email.toLowerCase() } });
  try {
    if (!user || user.disabled) throw new Error('refused');
    await getAuth().api.signInEmail({ body: { email: parsed.data.email.toLowerCase(), password: parsed.data.password }, headers: h });
  } catch {
    await recordFailure(parsed.data.email, ip);
    return { error: user?.disabled ? t('disabled') : t('signInFailed'), email };
  }
  await recordSuccess(parsed.data.email);
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

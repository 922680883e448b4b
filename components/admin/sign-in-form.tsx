'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { signIn, type SignInState } from '@/app/[locale]/admin/sign-in/actions';

export function SignInForm() {
  const t = useTranslations('admin');
  const locale = useLocale();
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { error: null, email: '' });
  return (
    <form action={action} className="admin-form" aria-label={t('signInTitle')}>
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('email')}
        <input type="email" name="email" autoComplete="username" required defaultValue={state.email} maxLength={200} />
      </label>
      <label>
        {t('password')}
        <input type="password" name="password" autoComplete="current-password" required maxLength={200} />
      </label>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button primary" disabled={pending}>{t('signIn')}</button>
    </form>
  );
}

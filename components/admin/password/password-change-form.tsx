'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { changePasswordAction } from '@/app/[locale]/admin/password/actions';
import { Field } from '@/components/admin/accounts/field';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { initialPasswordFormState, type PasswordFormState } from '@/lib/passwords/form-state';

export function PasswordChangeForm({ email }: { email: string }) {
  const t = useTranslations('password');
  const id = useId();
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(changePasswordAction, initialPasswordFormState);
  const errors = state.fields;
  return (
    // Remounted after each answer: no password is ever put back into a field.
    <form key={state.seq} action={action} className="admin-form account-form" aria-label={t('title')}>
      {/* Lets a password manager update the right entry. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <Field id={`${id}-current`} label={t('current')} error={errors.current}>
        <input name="current" type="password" required maxLength={MAX_PASSWORD_LENGTH} autoComplete="current-password" />
      </Field>
      <Field id={`${id}-new`} label={t('new')} error={errors.password} hint={t('newHint', { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH })}>
        <input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} maxLength={MAX_PASSWORD_LENGTH} autoComplete="new-password" />
      </Field>
      <Field id={`${id}-confirm`} label={t('confirm')} error={errors.confirm}>
        <input name="confirm" type="password" required maxLength={MAX_PASSWORD_LENGTH} autoComplete="new-password" />
      </Field>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button primary" disabled={pending}>{t('submit')}</button>
    </form>
  );
}

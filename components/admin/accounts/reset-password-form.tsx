'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { resetPasswordAction } from '@/app/[locale]/admin/(panel)/accounts/password-actions';
import { initialResetFormState, type ResetFormState } from '@/lib/passwords/form-state';

export function ResetPasswordForm({ userId, mustChange }: { userId: string; mustChange: boolean }) {
  const t = useTranslations('password');
  const id = useId();
  const [state, action, pending] = useActionState<ResetFormState, FormData>(resetPasswordAction, initialResetFormState);
  return (
    <form action={action} className="admin-form account-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('reset.title')}</h2>
      <input type="hidden" name="userId" value={userId} />
      <p className="acc-hint">{t('reset.hint')}</p>
      {mustChange && !state.temporary && <p>{t('reset.pending')}</p>}
      {state.temporary && (
        // Plain text in React: nothing here is ever read as HTML.
        <p role="status" className="acc-done">
          {t('reset.shown')} <code className="acc-secret">{state.temporary}</code>
        </p>
      )}
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button acc-danger" disabled={pending}>{t('reset.submit')}</button>
    </form>
  );
}

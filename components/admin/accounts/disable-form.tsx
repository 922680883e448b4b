'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { setDisabledAction } from '@/app/[locale]/admin/(panel)/accounts/actions';
import { initialAccountFormState, type AccountFormState } from '@/lib/accounts/form-state';

export function DisableForm({ userId, disabled }: { userId: string; disabled: boolean }) {
  const t = useTranslations('accounts');
  const id = useId();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(setDisabledAction, initialAccountFormState);
  return (
    <form action={action} className="admin-form account-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('statusTitle')}</h2>
      <p>{disabled ? t('disabled') : t('active')}</p>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabled ? '0' : '1'} />
      {!disabled && <p className="acc-hint">{t('disableHint')}</p>}
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className={disabled ? 'button primary' : 'button acc-danger'} disabled={pending}>
        {disabled ? t('enable') : t('disable')}
      </button>
    </form>
  );
}

'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { rescopeAction } from '@/app/[locale]/admin/(panel)/accounts/actions';
import type { ScopeChoices } from '@/lib/accounts/divisions';
import { initialAccountFormState, type AccountFormState } from '@/lib/accounts/form-state';
import { ScopeFields } from './scope-fields';

type Props = { userId: string; role: string; choices: ScopeChoices };

export function RescopeForm({ userId, role, choices }: Props) {
  const t = useTranslations('accounts');
  const id = useId();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(rescopeAction, initialAccountFormState);
  const shown = state.seq > 0 ? state.values : { role };
  return (
    <form key={state.seq} action={action} className="admin-form account-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('scopeTitle')}</h2>
      <input type="hidden" name="userId" value={userId} />
      <ScopeFields {...choices} start={state.start ?? choices.start} defaultRole={shown.role ?? role}
        errors={{ role: state.fields.role, divisionCode: state.fields.divisionCode }} />
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button primary" disabled={pending}>{t('submitRescope')}</button>
    </form>
  );
}

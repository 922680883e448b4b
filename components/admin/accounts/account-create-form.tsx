'use client';
import { useTranslations } from 'next-intl';
import { useActionState, useId } from 'react';
import { createAccountAction } from '@/app/[locale]/admin/(panel)/accounts/actions';
import type { ScopeChoices } from '@/lib/accounts/divisions';
import { initialAccountFormState, type AccountFormState } from '@/lib/accounts/form-state';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';
import { Field } from './field';
import { ScopeFields } from './scope-fields';

export function AccountCreateForm({ choices }: { choices: ScopeChoices }) {
  const t = useTranslations('accounts');
  const id = useId();
  const [state, action, pending] = useActionState<AccountFormState, FormData>(createAccountAction, initialAccountFormState);
  const { fields: errors, values } = state;
  return (
    // Remounted after each answer so the fields show the values sent back.
    <form key={state.seq} action={action} className="admin-form account-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('createTitle')}</h2>
      <Field id={`${id}-email`} label={t('email')} error={errors.email}>
        <input name="email" type="email" required maxLength={200} autoComplete="off" defaultValue={values.email ?? ''} />
      </Field>
      <Field id={`${id}-name`} label={t('name')} error={errors.name}>
        <input name="name" type="text" required maxLength={100} autoComplete="off" defaultValue={values.name ?? ''} />
      </Field>
      <Field id={`${id}-password`} label={t('password')} error={errors.password} hint={t('passwordHint')}>
        <input name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} maxLength={MAX_PASSWORD_LENGTH} autoComplete="new-password" />
      </Field>
      <ScopeFields {...choices} start={state.start ?? choices.start} defaultRole={values.role ?? 'county'}
        errors={{ role: errors.role, divisionCode: errors.divisionCode }} />
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button primary" disabled={pending}>{t('submitCreate')}</button>
    </form>
  );
}

'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { childOptionsFor, scopeChoices, type DivisionOption } from '@/lib/accounts/divisions';
import { createAccountForm, rescopeForm, setDisabledForm, type AccountOutcome } from '@/lib/accounts/form-actions';
import { formValues, type AccountFormState } from '@/lib/accounts/form-state';
import { currentAdmin } from '@/lib/auth/session';
import { canManageAccounts } from '@/lib/permissions/roles';

// National and province admins only. Each action checks the session here; the role and
// everything else are checked in form-actions.ts.

type Done = 'created' | 'disabled' | 'enabled' | 'rescoped';

async function answer(prev: AccountFormState, form: FormData, run: typeof createAccountForm, what: (form: FormData) => Done) {
  const locale = await getLocale();
  const prefix = locale === 'en' ? '/en' : '';
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefix}/admin/sign-in`);
  const result = await run(admin, form);
  if (result.ok) {
    revalidatePath('/', 'layout');
    redirect(`${prefix}/admin/accounts/${encodeURIComponent(result.id)}?done=${what(form)}`);
  }
  const t = await getTranslations({ locale, namespace: 'accounts' });
  const values = result.reason === 'forbidden' || run === setDisabledForm ? {} : formValues(form);
  // The picker reopens on the division sent (public names; it ignores a province not offered).
  return { ...refusal(prev, t, result, values), start: scopeChoices(admin, values.divisionCode || null, locale).start };
}

function refusal(prev: AccountFormState, t: (key: string) => string, result: Exclude<AccountOutcome, { ok: true }>, values: AccountFormState['values']): AccountFormState {
  const state = { seq: prev.seq + 1, fields: {}, values };
  if (result.reason === 'fields') {
    return { ...state, error: t('fixFields'), fields: Object.fromEntries(Object.keys(result.fields).map((f) => [f, t(`errors.${f}`)])) };
  }
  const message = t(`refused.${result.reason}`);
  return { ...state, error: message, fields: result.reason === 'email_taken' ? { email: message } : {} };
}

export async function createAccountAction(prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  return answer(prev, form, createAccountForm, () => 'created');
}

export async function setDisabledAction(prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  return answer(prev, form, setDisabledForm, (f) => (f.get('disabled') === '1' ? 'disabled' : 'enabled'));
}

export async function rescopeAction(prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  return answer(prev, form, rescopeForm, () => 'rescoped');
}

/** The scope picker's next step: the divisions under `code`, within what the admin may hand out. */
export async function divisionChoices(code: string, locale: string): Promise<DivisionOption[]> {
  const admin = await currentAdmin();
  return admin && canManageAccounts(admin) ? childOptionsFor(admin, code, locale) : [];
}

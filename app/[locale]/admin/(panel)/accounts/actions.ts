'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { fieldIssues, formValues, type AccountField, type AccountFormState } from '@/lib/accounts/form-state';
import { createAccountAudited, rescopeAccount, setAccountDisabled, type AccountResult } from '@/lib/accounts/mutations';
import { accountSchema, disableSchema, rescopeSchema } from '@/lib/accounts/schema';
import { currentAdmin } from '@/lib/auth/session';
import { canManageAccounts, type Admin } from '@/lib/permissions/roles';

// Province admins only. Each action checks the session and the role itself:
// the page hiding a form proves nothing about who posts to it.

type T = (key: string) => string;

async function context(prev: AccountFormState) {
  const locale = await getLocale();
  const prefix = locale === 'en' ? '/en' : '';
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefix}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: 'accounts' });
  const fail = (error: string | null, fields: AccountFormState['fields'] = {}, values: AccountFormState['values'] = {}): AccountFormState =>
    ({ seq: prev.seq + 1, error, fields, values });
  return { prefix, admin, t, fail };
}

function fieldMessages(t: T, issues: Partial<Record<AccountField, true>>): AccountFormState['fields'] {
  return Object.fromEntries(Object.keys(issues).map((f) => [f, t(`errors.${f}`)]));
}

function reasonMessage(t: T, result: Exclude<AccountResult, { ok: true }>): string {
  return t(`refused.${result.reason}`);
}

function done(prefix: string, id: string, what: 'created' | 'disabled' | 'enabled' | 'rescoped'): never {
  revalidatePath('/', 'layout');
  redirect(`${prefix}/admin/accounts/${encodeURIComponent(id)}?done=${what}`);
}

const forbidden = (admin: Admin) => !canManageAccounts(admin);

export async function createAccountAction(prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const { prefix, admin, t, fail } = await context(prev);
  const values = formValues(form);
  if (forbidden(admin)) return fail(t('refused.forbidden'));
  const parsed = accountSchema.safeParse({ ...values, password: String(form.get('password') ?? '') });
  if (!parsed.success) return fail(t('fixFields'), fieldMessages(t, fieldIssues(parsed.error)), values);
  const result = await createAccountAudited(admin, parsed.data);
  if (!result.ok) return fail(reasonMessage(t, result), result.reason === 'email_taken' ? { email: t('refused.email_taken') } : {}, values);
  done(prefix, result.id, 'created');
}

export async function setDisabledAction(prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const { prefix, admin, t, fail } = await context(prev);
  if (forbidden(admin)) return fail(t('refused.forbidden'));
  const parsed = disableSchema.safeParse({ userId: form.get('userId') ?? '', disabled: form.get('disabled') ?? '' });
  if (!parsed.success) return fail(t('refused.missing'));
  const result = await setAccountDisabled(admin, parsed.data.userId, parsed.data.disabled);
  if (!result.ok) return fail(reasonMessage(t, result));
  done(prefix, result.id, parsed.data.disabled ? 'disabled' : 'enabled');
}

export async function rescopeAction(prev: AccountFormState, form: FormData): Promise<AccountFormState> {
  const { prefix, admin, t, fail } = await context(prev);
  const values = formValues(form);
  if (forbidden(admin)) return fail(t('refused.forbidden'));
  const parsed = rescopeSchema.safeParse({ userId: form.get('userId') ?? '', role: values.role, divisionCode: values.divisionCode });
  if (!parsed.success) return fail(t('fixFields'), fieldMessages(t, fieldIssues(parsed.error)), values);
  const result = await rescopeAccount(admin, parsed.data.userId, parsed.data);
  if (!result.ok) return fail(reasonMessage(t, result), {}, values);
  done(prefix, result.id, 'rescoped');
}

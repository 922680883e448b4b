import 'server-only';
import { canManageAccounts, type Admin } from '@/lib/permissions/roles';
import { fieldIssues, formValues, type AccountField } from './form-state';
import { createAccountAudited, rescopeAccount, setAccountDisabled, type AccountResult } from './mutations';
import { accountSchema, disableSchema, rescopeSchema } from './schema';

// The accounts forms' work once the session is known, apart from the actions
// (words, redirects) so that tests can drive them with any FormData. The role
// is checked here as well: the page hiding a form proves nothing.

export type AccountOutcome = AccountResult | { ok: false; reason: 'fields'; fields: Partial<Record<AccountField, true>> };

const forbidden = { ok: false, reason: 'forbidden' } as const;

export async function createAccountForm(admin: Admin, form: FormData): Promise<AccountOutcome> {
  if (!canManageAccounts(admin)) return forbidden;
  const parsed = accountSchema.safeParse({ ...formValues(form), password: String(form.get('password') ?? '') });
  if (!parsed.success) return { ok: false, reason: 'fields', fields: fieldIssues(parsed.error) };
  return createAccountAudited(admin, parsed.data);
}

export async function setDisabledForm(admin: Admin, form: FormData): Promise<AccountOutcome> {
  if (!canManageAccounts(admin)) return forbidden;
  const parsed = disableSchema.safeParse({ userId: form.get('userId') ?? '', disabled: form.get('disabled') ?? '' });
  if (!parsed.success) return { ok: false, reason: 'missing' };
  return setAccountDisabled(admin, parsed.data.userId, parsed.data.disabled);
}

export async function rescopeForm(admin: Admin, form: FormData): Promise<AccountOutcome> {
  if (!canManageAccounts(admin)) return forbidden;
  const values = formValues(form);
  const parsed = rescopeSchema.safeParse({ userId: form.get('userId') ?? '', role: values.role, divisionCode: values.divisionCode });
  if (!parsed.success) return { ok: false, reason: 'fields', fields: fieldIssues(parsed.error) };
  return rescopeAccount(admin, parsed.data.userId, parsed.data);
}

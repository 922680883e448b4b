import type { z } from 'zod';
import type { DivisionOption } from './divisions';

// What an accounts form action answers: a general error, errors by field
// (translation keys), the values to show again (never the password), the
// scope picker's steps for the division sent, and a counter so the form
// remounts with those values.

export type AccountField = 'email' | 'name' | 'password' | 'role' | 'divisionCode' | 'userId';
export type AccountFormState = {
  seq: number;
  error: string | null;
  fields: Partial<Record<AccountField, string>>;
  values: Partial<Record<'email' | 'name' | 'role' | 'divisionCode', string>>;
  start?: { path: string[]; children: Record<string, DivisionOption[]> };
};

export const initialAccountFormState: AccountFormState = { seq: 0, error: null, fields: {}, values: {} };

const FIELDS = new Set<string>(['email', 'name', 'password', 'role', 'divisionCode', 'userId']);

/** The first issue of each field, keyed by field name; issues of unknown paths are dropped. */
export function fieldIssues(error: z.ZodError): Partial<Record<AccountField, true>> {
  const out: Partial<Record<AccountField, true>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (FIELDS.has(field)) out[field as AccountField] = true;
  }
  return out;
}

/** The form's text values, each cut to a sane length. */
export function formValues(form: FormData): AccountFormState['values'] {
  const v = (k: string) => String(form.get(k) ?? '').slice(0, 200);
  return { email: v('email'), name: v('name'), role: v('role'), divisionCode: v('divisionCode') };
}

import type { PasswordField } from './schema';

// What the password forms' actions answer. Neither ever sends a password back
// into a field; the reset form's answer carries the temporary password once,
// to the province admin who asked for it, and it is kept nowhere else.

export type PasswordFormState = { seq: number; error: string | null; fields: Partial<Record<PasswordField, string>> };
export const initialPasswordFormState: PasswordFormState = { seq: 0, error: null, fields: {} };

export type ResetFormState = { seq: number; error: string | null; temporary: string | null };
export const initialResetFormState: ResetFormState = { seq: 0, error: null, temporary: null };

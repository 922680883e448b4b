import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-rules';

// One schema for the change-password form and its action. Each issue's
// message is the key of its words (messages/<locale>/password.json, errors.*).
// Lengths are checked here, before anything is hashed or verified.

export const PASSWORD_FIELDS = ['current', 'password', 'confirm'] as const;
export type PasswordField = (typeof PASSWORD_FIELDS)[number];
export type PasswordIssue = 'required' | 'tooLong' | 'length' | 'mismatch' | 'same';

const max = (field: z.ZodString) => field.max(MAX_PASSWORD_LENGTH, 'tooLong');

export const passwordChangeSchema = z
  .object({
    current: max(z.string().min(1, 'required')),
    password: z.string().min(MIN_PASSWORD_LENGTH, 'length').max(MAX_PASSWORD_LENGTH, 'length'),
    confirm: max(z.string()),
  })
  .superRefine((v, ctx) => {
    if (v.confirm !== v.password) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'mismatch' });
    if (v.password === v.current) ctx.addIssue({ code: 'custom', path: ['password'], message: 'same' });
  });

export type PasswordChange = z.infer<typeof passwordChangeSchema>;

const ISSUES = new Set<string>(['required', 'tooLong', 'length', 'mismatch', 'same']);

/** The first issue of each field, as a key of its words. */
export function passwordIssues(error: z.ZodError): Partial<Record<PasswordField, PasswordIssue>> {
  const out: Partial<Record<PasswordField, PasswordIssue>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '') as PasswordField;
    if (!PASSWORD_FIELDS.includes(field) || out[field]) continue;
    out[field] = ISSUES.has(issue.message) ? (issue.message as PasswordIssue) : 'required';
  }
  return out;
}

/** The form's three fields; anything else (or a file) reads as empty. */
export function passwordFormValues(form: FormData): Record<PasswordField, string> {
  const v = (k: PasswordField) => {
    const value = form.get(k);
    return typeof value === 'string' ? value : '';
  };
  return { current: v('current'), password: v('password'), confirm: v('confirm') };
}

import 'server-only';
import { accountIdSchema } from '@/lib/accounts/schema';
import { canManageAccounts, type Admin } from '@/lib/permissions/roles';
import { resetPassword, type ResetOutcome } from './reset';

// The reset form's work once the session is known, apart from the action
// (words) so that tests can drive it with any FormData. The role is checked
// here and again in resetPassword: the page hiding the form proves nothing.

export async function resetPasswordForm(admin: Admin, form: FormData): Promise<ResetOutcome> {
  if (!canManageAccounts(admin)) return { ok: false, reason: 'forbidden' };
  const parsed = accountIdSchema.safeParse({ userId: form.get('userId') ?? '' });
  if (!parsed.success) return { ok: false, reason: 'missing' };
  return resetPassword(admin, parsed.data.userId);
}

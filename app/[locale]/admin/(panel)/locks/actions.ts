'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { currentAdmin } from '@/lib/auth/session';
import { clearLock } from '@/lib/confirmations/admin';
import { stationIdSchema } from '@/lib/stations/schema';

const clearSchema = z.object({ stationId: stationIdSchema, locale: z.enum(['zh-CN', 'en']).catch('zh-CN') });

/** "Checked: it is open": clears a standing "locked" on a station in the admin's scope (checked again in clearLock's query). */
export async function clearLockAction(form: FormData): Promise<void> {
  const parsed = clearSchema.safeParse(Object.fromEntries(form));
  const prefix = form.get('locale') === 'en' ? '/en' : '';
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefix}/admin/sign-in`);
  if (!parsed.success) redirect(`${prefix}/admin?lock=refused`);
  const result = await clearLock(admin, parsed.data.stationId);
  revalidatePath('/[locale]/admin', 'layout');
  redirect(`${prefix}/admin?lock=${result === 'ok' ? 'cleared' : 'refused'}`);
}

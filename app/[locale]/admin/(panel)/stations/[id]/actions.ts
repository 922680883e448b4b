'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentAdmin } from '@/lib/auth/session';
import { markFromForm } from '@/lib/stations/admin/mark-form';

// Verify, archive, restore: the session here, the rest in mark-form.ts.

export type MarkState = { refused: boolean };

export async function markStationAction(_prev: MarkState, form: FormData): Promise<MarkState> {
  const prefix = form.get('locale') === 'en' ? '/en' : '';
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefix}/admin/sign-in`);
  const result = await markFromForm(admin, form);
  if (result.refused) return { refused: true };
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/stations/[id]', 'page');
  redirect(`${prefix}/admin/stations/${result.id}?done=${result.mark}`);
}

'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentAdmin } from '@/lib/auth/session';
import { markStation, type Mark } from '@/lib/stations/admin/mutations';
import { stationIdSchema } from '@/lib/stations/schema';

// Verify, archive, restore: the session and the stored row's scope are
// checked here and inside the transaction; the id in the form is only a name.

export type MarkState = { refused: boolean };

const MARKS: readonly Mark[] = ['verify', 'archive', 'restore'];

export async function markStationAction(_prev: MarkState, form: FormData): Promise<MarkState> {
  const prefix = form.get('locale') === 'en' ? '/en' : '';
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefix}/admin/sign-in`);
  const mark = MARKS.find((m) => m === form.get('mark'));
  const id = stationIdSchema.safeParse(form.get('id'));
  if (!mark || !id.success) return { refused: true };
  const result = await markStation(admin, id.data, mark);
  if (result === 'notFound') return { refused: true };
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/stations/[id]', 'page');
  redirect(`${prefix}/admin/stations/${id.data}?done=${mark}`);
}

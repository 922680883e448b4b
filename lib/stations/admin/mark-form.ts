import 'server-only';
import type { Admin } from '@/lib/permissions/roles';
import { stationIdSchema } from '@/lib/stations/schema';
import { markStation, type Mark } from './mutations';

// Verify, archive, restore once the session is known. The id in the form is
// only a name: markStation checks the stored row's scope in its transaction.

const MARKS: readonly Mark[] = ['verify', 'archive', 'restore'];

export type MarkOutcome = { refused: true } | { refused: false; id: string; mark: Mark };

export async function markFromForm(admin: Admin, form: FormData): Promise<MarkOutcome> {
  const mark = MARKS.find((m) => m === form.get('mark'));
  const id = stationIdSchema.safeParse(form.get('id'));
  if (!mark || !id.success) return { refused: true };
  const result = await markStation(admin, id.data, mark);
  return result === 'notFound' ? { refused: true } : { refused: false, id: id.data, mark };
}

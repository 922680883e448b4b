'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentAdmin } from '@/lib/auth/session';
import type { Admin } from '@/lib/permissions/roles';
import type { FormState } from '@/lib/stations/admin/form-state';
import { saveNewStation, saveStationEdit, type SaveOutcome } from '@/lib/stations/admin/save';

// Add and edit: the session here, everything else in save.ts.

const prefixOf = (form: FormData) => (form.get('locale') === 'en' ? '/en' : '');

async function signedIn(form: FormData): Promise<Admin> {
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefixOf(form)}/admin/sign-in`);
  return admin;
}

function answer(prev: FormState, form: FormData, outcome: SaveOutcome): FormState {
  if ('answer' in outcome) return { seq: prev.seq + 1, outcome: 'idle', errors: {}, duplicates: [], conflict: null, ...outcome.answer };
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/stations/[id]', 'page');
  redirect(`${prefixOf(form)}/admin/stations/${outcome.saved}?done=saved`);
}

export async function createStationAction(prev: FormState, form: FormData): Promise<FormState> {
  const admin = await signedIn(form);
  return answer(prev, form, await saveNewStation(admin, form));
}

export async function updateStationAction(prev: FormState, form: FormData): Promise<FormState> {
  const admin = await signedIn(form);
  return answer(prev, form, await saveStationEdit(admin, form));
}

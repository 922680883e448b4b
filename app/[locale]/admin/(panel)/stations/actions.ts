'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { currentAdmin } from '@/lib/auth/session';
import type { Station } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import type { FormState } from '@/lib/stations/admin/form-state';
import { formValuesOf } from '@/lib/stations/admin/form-values';
import { fieldErrors, inputFromForm, stationInputSchema, type FieldError, type StationInput } from '@/lib/stations/admin/input-schema';
import { canChangeStatus } from '@/lib/stations/admin/lifecycle';
import { createStation, updateStation } from '@/lib/stations/admin/mutations';
import { duplicatesOf, lastEdit, stationForAdmin } from '@/lib/stations/admin/queries';
import { countyOf, inScope } from '@/lib/stations/admin/scope';

// Add and edit. Nothing from the form is trusted: the session, the scope of
// the stored row and of the new county, the lifecycle and the version are
// all checked here and again inside the write's transaction.

const prefixOf = (form: FormData) => (form.get('locale') === 'en' ? '/en' : '');

async function signedIn(form: FormData): Promise<Admin> {
  const admin = await currentAdmin();
  if (!admin) redirect(`${prefixOf(form)}/admin/sign-in`);
  return admin;
}

const answer = (prev: FormState, s: Partial<FormState>): FormState =>
  ({ seq: prev.seq + 1, outcome: 'idle', errors: {}, duplicates: [], conflict: null, ...s });

async function check(prev: FormState, admin: Admin, form: FormData, existing: Station | null): Promise<StationInput | FormState> {
  const parsed = stationInputSchema.safeParse(inputFromForm(form));
  if (!parsed.success) return answer(prev, { outcome: 'invalid', errors: fieldErrors(parsed.error) });
  const input = parsed.data;
  if (!inScope(admin, input.countyCode)) {
    const county = countyOf(input.countyCode)?.name ?? input.countyCode;
    return answer(prev, { outcome: 'invalid', errors: { countyCode: { code: 'outOfScope', params: { county } } } });
  }
  if (!canChangeStatus(existing?.status ?? null, input.status)) {
    const error: FieldError = existing ? { code: 'statusTransition', params: { from: existing.status, to: input.status } } : { code: 'initialStatus', params: {} };
    return answer(prev, { outcome: 'invalid', errors: { status: error } });
  }
  const placeChanged = !existing || (['name', 'lat', 'lng', 'countyCode'] as const).some((f) => existing[f] !== input[f]);
  if (placeChanged && form.get('saveAnyway') !== '1') {
    const found = await duplicatesOf({ id: existing?.id, name: input.name, lat: input.lat, lng: input.lng, countyCode: input.countyCode });
    const duplicates = found.map((d) => ({
      id: d.id, name: d.name, county: countyOf(d.countyCode)?.name ?? d.countyCode, distanceM: d.distanceM, near: d.near, sameName: d.sameName,
    }));
    if (duplicates.length) return answer(prev, { outcome: 'duplicates', duplicates });
  }
  return input;
}

function done(form: FormData, id: string): never {
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/stations/[id]', 'page');
  redirect(`${prefixOf(form)}/admin/stations/${id}?done=saved`);
}

export async function createStationAction(prev: FormState, form: FormData): Promise<FormState> {
  const admin = await signedIn(form);
  const input = await check(prev, admin, form, null);
  if ('outcome' in input) return input;
  const id = await createStation(admin, input);
  if (!id) return answer(prev, { outcome: 'refused' });
  done(form, id);
}

async function conflict(prev: FormState, current: Station): Promise<FormState> {
  const last = await lastEdit(current.id);
  return answer(prev, {
    outcome: 'conflict',
    conflict: { version: current.version, theirs: formValuesOf(current), by: last?.actorEmail ?? null, at: last?.at.toISOString() ?? null },
  });
}

export async function updateStationAction(prev: FormState, form: FormData): Promise<FormState> {
  const admin = await signedIn(form);
  // The row decides the scope, whatever id, county or city the form names.
  const existing = await stationForAdmin(admin, form.get('id'));
  if (!existing) return answer(prev, { outcome: 'refused' });
  const version = Number(form.get('version'));
  if (!Number.isInteger(version)) return answer(prev, { outcome: 'refused' });
  if (version !== existing.version) return conflict(prev, existing);
  const input = await check(prev, admin, form, existing);
  if ('outcome' in input) return input;
  const result = await updateStation(admin, existing.id, version, input);
  if (result.ok) done(form, existing.id);
  if (result.reason === 'conflict') return conflict(prev, result.current);
  if (result.reason === 'status') {
    return answer(prev, { outcome: 'invalid', errors: { status: { code: 'statusTransition', params: { from: result.from, to: input.status } } } });
  }
  return answer(prev, { outcome: 'refused' });
}

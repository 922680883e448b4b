import 'server-only';
import type { Station } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import type { FormState } from './form-state';
import { formValuesOf } from './form-values';
import { fieldErrors, inputFromForm, stationInputSchema, type FieldError, type StationInput } from './input-schema';
import { canChangeStatus } from './lifecycle';
import { createStation, updateStation } from './mutations';
import { duplicatesOf, lastEdit, stationForAdmin } from './queries';
import { countyOf, inScope } from './scope';

// Add and edit, once the session is known: the actions' work minus redirects,
// so the form fuzz can drive it with any FormData. Nothing from the form is
// trusted: the scope of the stored row and of the new county, the lifecycle
// and the version are all checked here and again inside the write's transaction.

/** The saved station's id, or what the form should show (the action adds `seq`). */
export type SaveOutcome = { saved: string } | { answer: Partial<FormState> };

const refuse = (answer: Partial<FormState>): SaveOutcome => ({ answer });

async function check(admin: Admin, form: FormData, existing: Station | null): Promise<StationInput | SaveOutcome> {
  const parsed = stationInputSchema.safeParse(inputFromForm(form));
  if (!parsed.success) return refuse({ outcome: 'invalid', errors: fieldErrors(parsed.error) });
  const input = parsed.data;
  if (!inScope(admin, input.countyCode)) {
    const county = countyOf(input.countyCode)?.name ?? input.countyCode;
    return refuse({ outcome: 'invalid', errors: { countyCode: { code: 'outOfScope', params: { county } } } });
  }
  if (!canChangeStatus(existing?.status ?? null, input.status)) {
    const error: FieldError = existing ? { code: 'statusTransition', params: { from: existing.status, to: input.status } } : { code: 'initialStatus', params: {} };
    return refuse({ outcome: 'invalid', errors: { status: error } });
  }
  const placeChanged = !existing || (['name', 'lat', 'lng', 'countyCode'] as const).some((f) => existing[f] !== input[f]);
  if (placeChanged && form.get('saveAnyway') !== '1') {
    const found = await duplicatesOf({ id: existing?.id, name: input.name, lat: input.lat, lng: input.lng, countyCode: input.countyCode });
    const duplicates = found.map((d) => ({
      id: d.id, name: d.name, county: countyOf(d.countyCode)?.name ?? d.countyCode, distanceM: d.distanceM, near: d.near, sameName: d.sameName,
    }));
    if (duplicates.length) return refuse({ outcome: 'duplicates', duplicates });
  }
  return input;
}

export async function saveNewStation(admin: Admin, form: FormData): Promise<SaveOutcome> {
  const input = await check(admin, form, null);
  if ('answer' in input || 'saved' in input) return input;
  const id = await createStation(admin, input);
  return id ? { saved: id } : refuse({ outcome: 'refused' });
}

async function conflict(current: Station): Promise<SaveOutcome> {
  const last = await lastEdit(current.id);
  return refuse({
    outcome: 'conflict',
    conflict: { version: current.version, theirs: formValuesOf(current), by: last?.actorEmail ?? null, at: last?.at.toISOString() ?? null },
  });
}

export async function saveStationEdit(admin: Admin, form: FormData): Promise<SaveOutcome> {
  // The row decides the scope, whatever id, county or city the form names.
  const existing = await stationForAdmin(admin, form.get('id'));
  if (!existing) return refuse({ outcome: 'refused' });
  const version = Number(form.get('version'));
  if (!Number.isInteger(version)) return refuse({ outcome: 'refused' });
  if (version !== existing.version) return conflict(existing);
  const input = await check(admin, form, existing);
  if ('answer' in input || 'saved' in input) return input;
  const result = await updateStation(admin, existing.id, version, input);
  if (result.ok) return { saved: existing.id };
  if (result.reason === 'conflict') return conflict(result.current);
  if (result.reason === 'status') {
    return refuse({ outcome: 'invalid', errors: { status: { code: 'statusTransition', params: { from: result.from, to: input.status } } } });
  }
  return refuse({ outcome: 'refused' });
}

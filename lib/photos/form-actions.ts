import 'server-only';
import type { Admin } from '@/lib/permissions/roles';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from './limits';
import { addPhoto, deletePhoto } from './mutations';
import { photoDeleteSchema, photoUploadSchema } from './schema';
import { inspectImage } from './verify';

// The photo forms' work once the session is known, apart from the actions
// (words, revalidation) so that tests can drive them with any FormData.
// Errors are keys of the "photos.errors" messages; 'forbidden' is admin.forbidden.

export type PhotoOutcome = 'ok' | 'forbidden' | 'full' | 'station' | 'noFile' | 'tooBig' | 'type' | 'notImage';

export async function uploadPhotoForm(admin: Admin, form: FormData): Promise<PhotoOutcome> {
  const parsed = photoUploadSchema.safeParse(Object.fromEntries(form));
  const file = form.get('photo');
  if (!parsed.success) return 'station';
  if (!(file instanceof File) || file.size === 0) return 'noFile';
  if (file.size > MAX_PHOTO_BYTES) return 'tooBig';
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return 'type';
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = inspectImage(bytes);
  if (!info) return 'notImage';
  return addPhoto(admin, parsed.data.stationId, bytes, info);
}

export async function removePhotoForm(admin: Admin, form: FormData): Promise<'ok' | 'forbidden'> {
  const parsed = photoDeleteSchema.safeParse(Object.fromEntries(form));
  return parsed.success ? deletePhoto(admin, parsed.data.photoId) : 'forbidden';
}

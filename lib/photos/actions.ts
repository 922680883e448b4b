'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from './limits';
import { addPhoto, deletePhoto } from './mutations';
import { photoDeleteSchema, photoUploadSchema } from './schema';
import { inspectImage } from './verify';

// Server actions of StationPhotosAdmin, which any admin page may include, so
// they live beside the photo code rather than beside one page.

export type PhotoState = { error: string | null; done: boolean };

const localeOf = (form: FormData) => (form.get('locale') === 'en' ? 'en' : 'zh-CN');

function refresh() {
  // The admin pages that show the photos and the public station page.
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/stations/[id]', 'page');
}

export async function uploadPhoto(_prev: PhotoState, form: FormData): Promise<PhotoState> {
  const locale = localeOf(form);
  const admin = await requireAdmin(locale);
  const t = await getTranslations({ locale, namespace: 'photos' });
  const parsed = photoUploadSchema.safeParse(Object.fromEntries(form));
  const file = form.get('photo');
  if (!parsed.success) return { error: t('errors.station'), done: false };
  if (!(file instanceof File) || file.size === 0) return { error: t('errors.noFile'), done: false };
  if (file.size > MAX_PHOTO_BYTES) return { error: t('errors.tooBig'), done: false };
  if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return { error: t('errors.type'), done: false };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const info = inspectImage(bytes);
  if (!info) return { error: t('errors.notImage'), done: false };
  const result = await addPhoto(admin, parsed.data.stationId, bytes, info);
  if (result === 'forbidden') return { error: (await getTranslations({ locale, namespace: 'admin' }))('forbidden'), done: false };
  if (result === 'full') return { error: t('errors.full'), done: false };
  refresh();
  return { error: null, done: true };
}

export async function removePhoto(_prev: PhotoState, form: FormData): Promise<PhotoState> {
  const locale = localeOf(form);
  const admin = await requireAdmin(locale);
  const parsed = photoDeleteSchema.safeParse(Object.fromEntries(form));
  const result = parsed.success ? await deletePhoto(admin, parsed.data.photoId) : 'forbidden';
  if (result === 'forbidden') return { error: (await getTranslations({ locale, namespace: 'admin' }))('forbidden'), done: false };
  refresh();
  return { error: null, done: true };
}

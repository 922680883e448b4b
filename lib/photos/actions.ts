'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { requireAdmin } from '@/lib/auth/session';
import { removePhotoForm, uploadPhotoForm, type PhotoOutcome } from './form-actions';

// Server actions of StationPhotosAdmin, which any admin page may include, so
// they live beside the photo code rather than beside one page.

export type PhotoState = { error: string | null; done: boolean };

const localeOf = (form: FormData) => (form.get('locale') === 'en' ? 'en' : 'zh-CN');

async function answer(locale: 'en' | 'zh-CN', result: PhotoOutcome): Promise<PhotoState> {
  if (result === 'forbidden') return { error: (await getTranslations({ locale, namespace: 'admin' }))('forbidden'), done: false };
  if (result !== 'ok') return { error: (await getTranslations({ locale, namespace: 'photos' }))(`errors.${result}`), done: false };
  // The admin pages that show the photos and the public station page.
  revalidatePath('/[locale]/admin', 'layout');
  revalidatePath('/[locale]/stations/[id]', 'page');
  return { error: null, done: true };
}

export async function uploadPhoto(_prev: PhotoState, form: FormData): Promise<PhotoState> {
  const locale = localeOf(form);
  const admin = await requireAdmin(locale);
  return answer(locale, await uploadPhotoForm(admin, form));
}

export async function removePhoto(_prev: PhotoState, form: FormData): Promise<PhotoState> {
  const locale = localeOf(form);
  const admin = await requireAdmin(locale);
  return answer(locale, await removePhotoForm(admin, form));
}

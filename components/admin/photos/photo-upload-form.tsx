'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { uploadPhoto, type PhotoState } from '@/lib/photos/actions';
import { MAX_PHOTO_BYTES, PHOTO_TYPES } from '@/lib/photos/limits';

const INITIAL: PhotoState = { error: null, done: false };

export function PhotoUploadForm({ stationId }: { stationId: string }) {
  const t = useTranslations('photos');
  const locale = useLocale();
  const [state, action, pending] = useActionState<PhotoState, FormData>(async (prev, form) => {
    // Checked here too, so a big file is not sent at all; the server decides.
    const file = form.get('photo');
    if (file instanceof File && file.size > MAX_PHOTO_BYTES) return { error: t('errors.tooBig'), done: false };
    try {
      return await uploadPhoto(prev, form);
    } catch {
      return { error: t('errors.failed'), done: false };
    }
  }, INITIAL);
  return (
    <form action={action} className="admin-form">
      <input type="hidden" name="stationId" value={stationId} />
      <input type="hidden" name="locale" value={locale} />
      <label>
        {t('file')}
        <input type="file" name="photo" accept={PHOTO_TYPES.join(',')} required />
      </label>
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      {state.done && <p role="status">{t('uploaded')}</p>}
      <button type="submit" className="button primary" disabled={pending}>{pending ? t('uploading') : t('upload')}</button>
    </form>
  );
}

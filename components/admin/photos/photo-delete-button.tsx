'use client';
import { useLocale } from 'next-intl';
import { useActionState } from 'react';
import { removePhoto, type PhotoState } from '@/lib/photos/actions';

export function PhotoDeleteButton({ photoId, label }: { photoId: string; label: string }) {
  const locale = useLocale();
  const [state, action, pending] = useActionState<PhotoState, FormData>(removePhoto, { error: null, done: false });
  return (
    <form action={action}>
      <input type="hidden" name="photoId" value={photoId} />
      <input type="hidden" name="locale" value={locale} />
      {state.error && <p role="alert" className="form-error">{state.error}</p>}
      <button type="submit" className="button" disabled={pending}>{label}</button>
    </form>
  );
}

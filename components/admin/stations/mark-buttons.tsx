'use client';
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { markStationAction, type MarkState } from '@/app/[locale]/admin/(panel)/stations/[id]/actions';

/** Verify, archive or restore: one small form per action, posting only the id. */
export function MarkButtons({ id, locale, archived }: { id: string; locale: string; archived: boolean }) {
  const t = useTranslations('stationsAdmin.actions');
  const tf = useTranslations('stationsAdmin.form');
  const [state, action, pending] = useActionState<MarkState, FormData>(markStationAction, { refused: false });
  const marks = archived ? (['restore'] as const) : (['verify', 'archive'] as const);
  return (
    <>
      {marks.map((mark) => (
        <form key={mark} action={action}>
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="mark" value={mark} />
          <button type="submit" disabled={pending}>{t(mark)}</button>
        </form>
      ))}
      {state.refused && <p role="alert" className="form-error">{tf('refused')}</p>}
    </>
  );
}

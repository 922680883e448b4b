'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useEffect, type ReactNode } from 'react';
import type { SavedViewProps } from './saved-view';

// The "只看收藏" toggle above the map's list: pressed, the list area shows the saved view instead of the list.
// The view's code loads on the first tap; it is also fetched once the page is idle, so the service worker keeps
// it and the view opens offline even if it was never opened with signal.

function Unavailable() {
  const t = useTranslations('favourites');
  return <p role="alert">{t('unavailable')}</p>;
}

function Loading() {
  const t = useTranslations('favourites');
  return <p>{t('loading')}</p>;
}

const SavedView = dynamic<SavedViewProps>(() => import('./saved-view').then((m) => m.default).catch(() => Unavailable), { ssr: false, loading: Loading });

type Props = SavedViewProps & { on: boolean; onChange: (on: boolean) => void; children: ReactNode };

export function SavedSwitch({ on, onChange, children, ...view }: Props) {
  const t = useTranslations('favourites');
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const warm = () => (timer = setTimeout(() => void import('./saved-view').catch(() => undefined), 3000));
    if (document.readyState === 'complete') warm();
    else window.addEventListener('load', warm, { once: true });
    return () => {
      window.removeEventListener('load', warm);
      clearTimeout(timer);
    };
  }, []);
  return (
    <>
      <button type="button" className="button saved-switch" aria-pressed={on} onClick={() => onChange(!on)}>
        <span aria-hidden="true">★</span> {t('showSaved')}
      </button>
      {on ? <SavedView {...view} /> : children}
    </>
  );
}

'use client';
import { useTranslations } from 'next-intl';
import type { PublicStation } from '@/lib/stations/types';
import { toggleFavourite } from './device';
import { useSaved } from './use-saved';

// "☆ 收藏 / ★ 已收藏" in the map's panel: a toggle (aria-pressed) named with the station, as the list holds many.
// The station page draws the same markup (components/station-page/favourite-toggle.tsx) for its inline script.
export function FavouriteButton({ station }: { station: PublicStation }) {
  const t = useTranslations('favourites');
  const on = useSaved('favourites').some((s) => s.id === station.id);
  return (
    <button type="button" className="button fav-toggle" aria-pressed={on} onClick={() => toggleFavourite(station)}>
      <span className="fav-star" aria-hidden="true">{on ? '★' : '☆'}</span> <span className="fav-word">{on ? t('saved') : t('save')}</span>
      <span className="visually-hidden">{t('forStation', { name: station.name })}</span>
    </button>
  );
}

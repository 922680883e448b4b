/** @jsxImportSource hono/jsx */
import 'server-only';
import { toSaved } from '@/components/favourites/saved-stations';
import type { PublicStation } from '@/lib/stations/types';
import type { Words } from './words';

/**
 * "☆ 收藏" on the station page: the markup of the panel's button (components/favourites/favourite-button.tsx),
 * hidden until the inline script (favourite-script.ts) shows it with the phone's state; without JavaScript there
 * is nothing to store in, so no button. It carries the station as the list keeps it (an attribute: escaped).
 */
export function FavouriteToggle({ station, w }: { station: PublicStation; w: Words }) {
  const t = w.favourites;
  return (
    <div id="fav-row" class="fav-row" hidden>
      <button type="button" class="button fav-toggle" aria-pressed="false"
        data-station={JSON.stringify(toSaved(station, 0))} data-on={t('saved')} data-off={t('save')}>
        <span class="fav-star" aria-hidden="true">☆</span> <span class="fav-word">{t('save')}</span>
        <span class="visually-hidden">{t('forStation', { name: station.name })}</span>
      </button>
    </div>
  );
}

'use client';
import { useTranslations } from 'next-intl';
import { useMemo } from 'react';
import { StationList } from '@/components/stations/station-list';
import type { Bbox } from '@/lib/stations/schema';
import type { NearestItem } from '@/lib/stations/station-index';
import { clearRecent } from './device';
import { asListed, centreOf, nearestFirst, type Point } from './listed';
import { useSaved } from './use-saved';

export type SavedViewProps = { origin: Point | null; bbox: Bbox | null; home: Point; onSelect: (item: NearestItem) => void };

// "只看收藏": the favourites, nearest first, then the stations viewed lately, newest first, drawn by the list
// itself (the same links, keyboard path and distances). Read from the phone's storage: it works offline.
// Loaded only when asked for (saved-switch.tsx), to keep the map page's first load small.
export default function SavedView({ origin, bbox, home, onSelect }: SavedViewProps) {
  const t = useTranslations('favourites');
  const favourites = useSaved('favourites');
  const recent = useSaved('recent');
  const { lat, lng } = centreOf(origin, bbox, home);
  const favouriteItems = useMemo(() => nearestFirst(favourites, { lat, lng }), [favourites, lat, lng]);
  const recentItems = useMemo(() => recent.map((s) => asListed(s, { lat, lng })), [recent, lat, lng]);
  return (
    <div className="saved-view">
      <h2 id="sheet-heading">{t('title')}</h2>
      <p className="assumptions">{t('onDevice')}</p>
      <section aria-labelledby="favourites-heading">
        <h3 id="favourites-heading">
          {t('favouritesHeading')} <span className="count">({t('count', { count: favouriteItems.length })})</span>
        </h3>
        {favouriteItems.length === 0 ? <p>{t('noFavourites')}</p> : (
          <>
            <p className="assumptions">{origin ? t('fromOrigin') : t('fromCentre')}</p>
            <StationList items={favouriteItems} selectedId={null} onSelect={onSelect} />
          </>
        )}
      </section>
      <section aria-labelledby="recent-heading">
        <h3 id="recent-heading">{t('recentHeading')}</h3>
        {recentItems.length === 0 ? <p>{t('noRecent')}</p> : (
          <>
            <StationList items={recentItems} selectedId={null} onSelect={onSelect} />
            <button type="button" className="link-button" onClick={clearRecent}>{t('clearRecent')}</button>
          </>
        )}
      </section>
    </div>
  );
}

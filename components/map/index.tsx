'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { pointsAtPlace, type ExplorerState, type HomeView, type View } from '@/components/explorer/url-state';
import type { TileConfig } from '@/lib/map-tiles';
import type { Bbox } from '@/lib/stations/schema';

// The one boundary between the app and Leaflet: Leaflet needs `window`, so
// the map is loaded only in the browser, after the list is already usable.

export type MapFocus = { lat: number; lng: number; zoom: number; key: number };
export type StationMapProps = {
  tiles: TileConfig;
  /** Where the map opens when the URL names no view (DEFAULT_REGION). */
  home: HomeView;
  state: ExplorerState;
  focus: MapFocus | null;
  onView: (view: View, bbox: Bbox, initial: boolean) => void;
  onSelect: (station: { id: string; lat: number; lng: number }) => void;
  onCircle: (mode: ExplorerState['circle']) => void;
};

/** The compact map of /embed: fitted to a box (of the division `region`, if any), its markers open the station page in a new tab. */
export type EmbedMapProps = { tiles: TileConfig; box: Bbox; region?: string; stationPath: string; openLabel: string };

function Loading() {
  const t = useTranslations('map');
  return <div className="map-loading">{t('loading')}</div>;
}

const MapView = dynamic(() => import('./map-view'), { ssr: false, loading: Loading });

// As in globals.css: the layout with the list beside the map.
const WIDE = '(min-width: 800px)';
const subscribeWide = (change: () => void) => {
  const query = window.matchMedia(WIDE);
  query.addEventListener('change', change);
  return () => query.removeEventListener('change', change);
};

/**
 * On a phone the page opens on a server-drawn picture of the province (`preview`) and the live map starts
 * when the worker touches it, asks for a place, or picks a station: Leaflet's script and set-up would
 * otherwise hold a slow phone's only core for about a second while the list is what it needs first, and the
 * tiles cost data. Wide screens, and links to a place or station, get the live map at once.
 */
export function StationMap({ preview, ...props }: StationMapProps & { preview?: ReactNode }) {
  const wantsPlace = pointsAtPlace(props.state) || props.focus !== null;
  const [opened, setOpened] = useState(wantsPlace);
  const wide = useSyncExternalStore(subscribeWide, () => window.matchMedia(WIDE).matches, () => false);
  // Once live, the map stays live (a narrowed window or a cleared selection does not swap it back).
  if ((wantsPlace || wide) && !opened) setOpened(true);
  if (!opened && preview) return <MapFacade onOpen={() => setOpened(true)}>{preview}</MapFacade>;
  return <MapView {...props} />;
}

function MapFacade({ children, onOpen }: { children: ReactNode; onOpen: () => void }) {
  const t = useTranslations('map');
  return (
    <button type="button" className="map-preview" onClick={onOpen}>
      {children}
      <span className="map-preview-open">{t('open')}</span>
    </button>
  );
}

/** The station form's map with a draggable pin (admin). */
export const PinPicker = dynamic(() => import('./pin-picker'), { ssr: false, loading: Loading });

/** /embed's map (components/map/embed-map-view.tsx): none of the explorer's controls. */
export const EmbedMap = dynamic(() => import('./embed-map-view'), { ssr: false, loading: Loading });

'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { ExplorerState, View } from '@/components/explorer/url-state';
import type { TileConfig } from '@/lib/map-tiles';
import type { Bbox } from '@/lib/stations/schema';

// The one boundary between the app and Leaflet: Leaflet needs `window`, so
// the map is loaded only in the browser, after the list is already usable.

export type MapFocus = { lat: number; lng: number; zoom: number; key: number };
export type StationMapProps = {
  tiles: TileConfig;
  state: ExplorerState;
  focus: MapFocus | null;
  onView: (view: View, bbox: Bbox, initial: boolean) => void;
  onSelect: (station: { id: string; lat: number; lng: number }) => void;
  onCircle: (mode: ExplorerState['circle']) => void;
};

/** The compact map of /embed: fitted to a box, its markers open the station page in a new tab. */
export type EmbedMapProps = { tiles: TileConfig; box: Bbox; stationPath: string; openLabel: string };

function Loading() {
  const t = useTranslations('map');
  return <div className="map-loading">{t('loading')}</div>;
}

const MapView = dynamic(() => import('./map-view'), { ssr: false, loading: Loading });

export function StationMap(props: StationMapProps) {
  return <MapView {...props} />;
}

/** The station form's map with a draggable pin (admin). */
export const PinPicker = dynamic(() => import('./pin-picker'), { ssr: false, loading: Loading });

/** /embed's map (components/map/embed-map-view.tsx): none of the explorer's controls. */
export const EmbedMap = dynamic(() => import('./embed-map-view'), { ssr: false, loading: Loading });

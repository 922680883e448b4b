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

'use client';
import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import type { GridPayload, Mode, Suggestion } from '@/lib/coverage/types';
import type { AreaGeometry } from '@/lib/geo/polygon';
import type { TileConfig } from '@/lib/map-tiles';

// The coverage map behind the same ssr:false boundary as the station map:
// Leaflet loads in the browser, after the table is already usable.

export type CoverageMapCounty = {
  code: string; name: string; grid: GridPayload | null; suggestions: Suggestion[]; radiusM: number;
  /** The boundary the grid was cut from (the public outline file is simplified further). */
  outline: AreaGeometry | null;
};
export type CoverageMapProps = {
  tiles: TileConfig;
  mode: Mode;
  /** Share covered per county, for the choropleth. */
  shares: { code: string; name: string; share: number | null }[];
  /** The selected county (county zoom), or null (province zoom). */
  county: CoverageMapCounty | null;
  /** The page's query string without the county, kept when a county is picked on the map. */
  query: string;
};

function Loading() {
  const t = useTranslations('map');
  return <div className="map-loading">{t('loading')}</div>;
}

const CoverageMapView = dynamic(() => import('./coverage-map'), { ssr: false, loading: Loading });

export function CoverageMap(props: CoverageMapProps) {
  return <CoverageMapView {...props} />;
}

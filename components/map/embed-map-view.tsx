'use client';
import 'leaflet/dist/leaflet.css';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { MapContainer, Popup, TileLayer } from 'react-leaflet';
import type { UiFilters } from '@/components/explorer/url-state';
import { BoundaryLayer } from './boundary-layer';
import { toDisplay } from './display-crs';
import type { EmbedMapProps } from './index';
import { StationsLayer } from './stations-layer';

// The compact map of /embed: fitted to a county or box, stations in use, and a
// marker opens a popup whose link takes the full station page to a new tab
// (the embed's frame may not show it).

const IN_USE: UiFilters = { kind: [], amenities: [], openNow: false, h24: false, noPhone: false, all: false };
type Picked = { id: string; lat: number; lng: number; name: string };

export default function EmbedMapView({ tiles, box, region, stationPath, openLabel }: EmbedMapProps) {
  const t = useTranslations('map');
  const [tilesFailed, setTilesFailed] = useState(false);
  const [picked, setPicked] = useState<Picked | null>(null);
  const crs = tiles.crs;
  const bounds = [toDisplay(crs, box.minLat, box.minLng), toDisplay(crs, box.maxLat, box.maxLng)] as [[number, number], [number, number]];
  return (
    <div className="map-wrap">
      <MapContainer bounds={bounds} className="map" minZoom={3} maxZoom={18}
        ref={(m) => { m?.getContainer().setAttribute('aria-label', t('label')); m?.getContainer().setAttribute('role', 'region'); }}>
        {tiles.layers.map((layer) => (
          <TileLayer key={layer.url} url={layer.url} subdomains={layer.subdomains ?? 'abc'} maxZoom={layer.maxZoom}
            attribution={tiles.attribution} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        ))}
        <BoundaryLayer crs={crs} home={region ? { code: region, box } : null} />
        <StationsLayer crs={crs} filters={IN_USE} selectedId={picked?.id ?? null} onSelect={setPicked} />
        {picked && (
          <Popup key={picked.id} position={toDisplay(crs, picked.lat, picked.lng)} eventHandlers={{ remove: () => setPicked(null) }}>
            <a href={`${stationPath}${picked.id}`} target="_blank" rel="noopener">{picked.name}</a>
            <br />
            {openLabel}
          </Popup>
        )}
      </MapContainer>
      {tilesFailed && <p className="tiles-failed" role="status">{t('tilesFailed')}</p>}
    </div>
  );
}

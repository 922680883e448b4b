'use client';
import 'leaflet/dist/leaflet.css';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CircleMarker, MapContainer, TileLayer, Tooltip } from 'react-leaflet';
import { mapMotionOptions } from './motion';
import { BoundaryLayer } from './boundary-layer';
import { CircleControl } from './circle-control';
import { CircleLayer } from './circle-layer';
import { toDisplay } from './display-crs';
import { StationsLayer } from './stations-layer';
import { ViewSync } from './view-sync';
import type { StationMapProps } from './index';
import type { HomeView } from '@/components/explorer/url-state';

const boundsBox = ([[minLat, minLng], [maxLat, maxLng]]: HomeView['bounds']) => ({ minLat, minLng, maxLat, maxLng });

export default function MapView({ tiles, home, state, focus, onView, onSelect, onCircle }: StationMapProps) {
  const t = useTranslations('map');
  const tl = useTranslations('locate');
  const [tilesFailed, setTilesFailed] = useState(false);
  const [zoom, setZoom] = useState(state.view?.zoom ?? home.view.zoom);
  const start = state.view ?? (state.origin ? { ...state.origin, zoom: 13 } : home.view);
  const crs = tiles.crs;
  // Opened at home, the home province's outlines need not wait for the provinces' (boundary-plan.ts).
  const [openedHome] = useState(() => !(state.view || state.origin));
  // With no view in the URL the whole home region fits the screen, whatever its size.
  const bounds = state.view || state.origin ? undefined : home.bounds.map(([la, ln]) => toDisplay(crs, la, ln)) as [[number, number], [number, number]];
  return (
    <div className="map-wrap">
      <MapContainer center={toDisplay(crs, start.lat, start.lng)} zoom={start.zoom} bounds={bounds} className="map" minZoom={3} maxZoom={18} {...mapMotionOptions()}
        ref={(m) => { m?.getContainer().setAttribute('aria-label', t('label')); m?.getContainer().setAttribute('role', 'region'); }}>
        {tiles.layers.map((layer) => (
          <TileLayer key={layer.url} url={layer.url} subdomains={layer.subdomains ?? 'abc'} maxZoom={layer.maxZoom}
            attribution={tiles.attribution} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        ))}
        <BoundaryLayer crs={crs} home={openedHome ? { code: home.code, box: boundsBox(home.bounds) } : null} />
        {state.circle && <CircleLayer crs={crs} filters={state.filters} mode={state.circle} />}
        <StationsLayer crs={crs} filters={state.filters} selectedId={state.selected} onSelect={onSelect} />
        {state.origin && (
          <CircleMarker center={toDisplay(crs, state.origin.lat, state.origin.lng)} radius={9}
            pathOptions={{ color: '#fff', weight: 3, fillColor: '#2563eb', fillOpacity: 1 }}>
            <Tooltip permanent direction="top">{state.origin.place ?? tl('you')}</Tooltip>
          </CircleMarker>
        )}
        <ViewSync crs={crs} view={state.view} focus={focus} onView={(v, b, initial) => { setZoom(v.zoom); onView(v, b, initial); }} />
      </MapContainer>
      {tilesFailed && <p className="tiles-failed" role="status">{t('tilesFailed')}</p>}
      <CircleControl mode={state.circle} zoom={zoom} onChange={onCircle} />
    </div>
  );
}

'use client';
import 'leaflet/dist/leaflet.css';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { CircleMarker, MapContainer, TileLayer, Tooltip } from 'react-leaflet';
import { mapMotionOptions } from './motion';
import { JIANGXI_BOUNDS, JIANGXI_VIEW } from '@/components/explorer/url-state';
import { BoundaryLayer } from './boundary-layer';
import { CircleControl } from './circle-control';
import { CircleLayer } from './circle-layer';
import { toDisplay } from './display-crs';
import { StationsLayer } from './stations-layer';
import { ViewSync } from './view-sync';
import type { StationMapProps } from './index';

export default function MapView({ tiles, state, focus, onView, onSelect, onCircle }: StationMapProps) {
  const t = useTranslations('map');
  const tl = useTranslations('locate');
  const [tilesFailed, setTilesFailed] = useState(false);
  const [zoom, setZoom] = useState(state.view?.zoom ?? JIANGXI_VIEW.zoom);
  const start = state.view ?? (state.origin ? { ...state.origin, zoom: 13 } : JIANGXI_VIEW);
  const crs = tiles.crs;
  // With no view in the URL the whole province fits the screen, whatever its size.
  const bounds = state.view || state.origin ? undefined : JIANGXI_BOUNDS.map(([la, ln]) => toDisplay(crs, la, ln)) as [[number, number], [number, number]];
  return (
    <div className="map-wrap">
      <MapContainer center={toDisplay(crs, start.lat, start.lng)} zoom={start.zoom} bounds={bounds} className="map" minZoom={3} maxZoom={18} {...mapMotionOptions()}
        ref={(m) => { m?.getContainer().setAttribute('aria-label', t('label')); m?.getContainer().setAttribute('role', 'region'); }}>
        {tiles.layers.map((layer) => (
          <TileLayer key={layer.url} url={layer.url} subdomains={layer.subdomains ?? 'abc'} maxZoom={layer.maxZoom}
            attribution={tiles.attribution} eventHandlers={{ tileerror: () => setTilesFailed(true) }} />
        ))}
        <BoundaryLayer crs={crs} />
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

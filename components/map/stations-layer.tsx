'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { Marker, useMap, useMapEvents } from 'react-leaflet';
import { filtersToApi, type UiFilters } from '@/components/explorer/url-state';
import type { ViewportFeature } from '@/lib/stations/clusters';
import { bboxFromDisplay, toDisplay, type DisplayCrs } from './display-crs';
import { clusterIcon, stationIcon } from './icons';
import { reducedMotion } from './motion';

type Props = {
  crs: DisplayCrs; filters: UiFilters; selectedId: string | null;
  onSelect: (s: { id: string; lat: number; lng: number; name: string }) => void;
};

/** Clusters and single stations of the visible screen, fetched from the server on each move. */
function useViewportFeatures(crs: DisplayCrs, filters: UiFilters): ViewportFeature[] {
  const map = useMap();
  const [features, setFeatures] = useState<ViewportFeature[]>([]);
  const [tick, setTick] = useState(0);
  useMapEvents({ moveend: () => setTick((n) => n + 1) });
  const filterQuery = filtersToApi(filters).toString();
  const load = useCallback((signal: AbortSignal) => {
    const b = map.getBounds().pad(0.15);
    const box = bboxFromDisplay(crs, b.getSouth(), b.getWest(), b.getNorth(), b.getEast());
    const q = new URLSearchParams(filterQuery);
    q.set('bbox', [box.minLng, box.minLat, box.maxLng, box.maxLat].map((n) => n.toFixed(5)).join(','));
    q.set('zoom', String(Math.round(map.getZoom())));
    return fetch(`/api/stations?${q}`, { signal })
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
      .then((fc: { features: ViewportFeature[] }) => setFeatures(fc.features))
      .catch(() => undefined); // keep the last markers; the list reports errors
  }, [map, crs, filterQuery]);
  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => load(ctrl.signal), 100);
    return () => { clearTimeout(timer); ctrl.abort(); };
  }, [load, tick]);
  return features;
}

export function StationsLayer({ crs, filters, selectedId, onSelect }: Props) {
  const t = useTranslations('map');
  const ts = useTranslations('station');
  const locale = useLocale();
  const map = useMap();
  const features = useViewportFeatures(crs, filters);
  const zoomTo = (pos: [number, number], zoom: number) => map.flyTo(pos, Math.min(zoom, 18), { animate: !reducedMotion() });
  // Colour tells open from closed at a glance; the title says it in words too.
  const state = (status: string, openNow: boolean | null) => ts(status !== 'in_use' ? 'notInUse' : openNow === null ? 'uncertainShort' : openNow ? 'openNow' : 'closedNow');
  return (
    <>
      {features.map((f) => {
        const [lng, lat] = f.geometry.coordinates;
        const pos = toDisplay(crs, lat, lng);
        const p = f.properties;
        if (p.cluster) {
          return <Marker key={`k-${lng},${lat}`} position={pos} icon={clusterIcon(p.count)} title={t('cluster', { count: p.count })}
            eventHandlers={{ click: () => zoomTo(pos, p.expansionZoom), keydown: (e) => isActivation(e) && zoomTo(pos, p.expansionZoom) }} />;
        }
        return <Marker key={p.id} position={pos} icon={stationIcon(p.kind, p.status, p.openNow, p.id === selectedId, locale)} title={`${p.name} · ${state(p.status, p.openNow)}`}
          zIndexOffset={p.id === selectedId ? 1000 : 0} eventHandlers={{ click: () => onSelect({ id: p.id, lat, lng, name: p.name }), keydown: (e) => isActivation(e) && onSelect({ id: p.id, lat, lng, name: p.name }) }} />;
      })}
    </>
  );
}


/** Leaflet gives markers role="button" and a tab stop; Enter and Space must press them. */
function isActivation(e: { originalEvent: Event }): boolean {
  const key = (e.originalEvent as KeyboardEvent).key;
  return key === 'Enter' || key === ' ';
}

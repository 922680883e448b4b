'use client';
import { useEffect, useState } from 'react';
import { Circle, useMap, useMapEvents } from 'react-leaflet';
import { filtersToApi, type UiFilters } from '@/components/explorer/url-state';
import { SERVICE_CIRCLE } from '@/lib/geo/travel';
import { bboxFromDisplay, toDisplay, type DisplayCrs } from './display-crs';

type Props = { crs: DisplayCrs; filters: UiFilters; mode: 'walk' | 'ebike' };

/** Below this zoom a 1 km circle is a few pixels wide: the legend asks to zoom in instead. */
export const CIRCLE_MIN_ZOOM = 10;

// One circle per station in use in view, clustered on the map or not, so the
// layer shows the real 15-minute reach.
export function CircleLayer({ crs, filters, mode }: Props) {
  const map = useMap();
  const [points, setPoints] = useState<[number, number][]>([]);
  const [tick, setTick] = useState(0);
  useMapEvents({ moveend: () => setTick((n) => n + 1) });
  const filterQuery = filtersToApi({ ...filters, all: false }).toString();

  useEffect(() => {
    const ctrl = new AbortController();
    const timer = setTimeout(() => {
      if (map.getZoom() < CIRCLE_MIN_ZOOM) return setPoints([]);
      // Reach extends beyond the edge: include stations just outside the view.
      const b = map.getBounds().pad(0.2);
      const box = bboxFromDisplay(crs, b.getSouth(), b.getWest(), b.getNorth(), b.getEast());
      const q = new URLSearchParams(filterQuery);
      q.set('bbox', [box.minLng, box.minLat, box.maxLng, box.maxLat].map((n) => n.toFixed(5)).join(','));
      fetch(`/api/stations/points?${q}`, { signal: ctrl.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((body: { points: [number, number][] }) => setPoints(body.points))
        .catch(() => undefined);
    }, 100);
    return () => { clearTimeout(timer); ctrl.abort(); };
  }, [map, crs, filterQuery, tick]);

  return (
    <>
      {points.map(([lng, lat]) => (
        <Circle key={`${lng},${lat}`} center={toDisplay(crs, lat, lng)} radius={SERVICE_CIRCLE[mode]} interactive={false}
          className="service-circle" pathOptions={{ color: '#15803d', weight: 1, opacity: 0.5, fillColor: '#22c55e', fillOpacity: 0.07 }} />
      ))}
    </>
  );
}

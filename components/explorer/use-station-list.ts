'use client';
import { useEffect, useState } from 'react';
import type { Bbox } from '@/lib/stations/schema';
import type { NearestItem } from '@/lib/stations/station-index';
import { filtersToApi, LIST_LIMIT, type Origin, type UiFilters } from './url-state';

export type ListState = { items: NearestItem[]; status: 'idle' | 'loading' | 'error'; retry: () => void };



/** Nearest stations to the origin, or those in view nearest the map centre. */
export function useStationList(origin: Origin | null, bbox: Bbox | null, filters: UiFilters, initial: NearestItem[]): ListState {
  const [items, setItems] = useState(initial);
  const [status, setStatus] = useState<ListState['status']>('idle');
  const [attempt, setAttempt] = useState(0);
  const query = listQuery(origin, bbox, filters);

  useEffect(() => {
    if (!query) return;
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      setStatus('loading');
      try {
        const res = await fetch(`/api/stations/nearest?${query}`, { signal: ctrl.signal });
        if (!res.ok) throw new Error(String(res.status));
        setItems(((await res.json()) as { stations: NearestItem[] }).stations);
        setStatus('idle');
      } catch {
        if (!ctrl.signal.aborted) setStatus('error');
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [query, attempt]);

  return { items, status, retry: () => setAttempt((n) => n + 1) };
}

function listQuery(origin: Origin | null, bbox: Bbox | null, filters: UiFilters): string | null {
  const p = filtersToApi(filters);
  p.set('limit', String(LIST_LIMIT));
  if (origin) {
    p.set('lat', origin.lat.toFixed(5));
    p.set('lng', origin.lng.toFixed(5));
  } else if (bbox) {
    p.set('lat', ((bbox.minLat + bbox.maxLat) / 2).toFixed(5));
    p.set('lng', ((bbox.minLng + bbox.maxLng) / 2).toFixed(5));
    p.set('bbox', [bbox.minLng, bbox.minLat, bbox.maxLng, bbox.maxLat].map((n) => n.toFixed(5)).join(','));
  } else {
    return null;
  }
  return p.toString();
}

'use client';
import { startTransition, useEffect, useState } from 'react';
import { reportOffline, reportOnline } from '@/components/pwa/offline-state';
import { FROM_CACHE_HEADER } from '@/lib/pwa/cache-rules';
import { nearestOffline } from '@/lib/stations/offline-nearest';
import type { Bbox } from '@/lib/stations/schema';
import type { NearestItem } from '@/lib/stations/station-index';
import { keepStations, keptStations } from './kept-stations';
import { filtersToApi, LIST_LIMIT, type Origin, type UiFilters } from './url-state';

export type ListState = { items: NearestItem[]; status: 'idle' | 'loading' | 'error'; retry: () => void };

/**
 * The list from the API; with no network, from the worker's copy of the same
 * request or else from the stations kept on the phone, and says so (offline-state.ts).
 */
async function fetchList(query: string, signal: AbortSignal): Promise<NearestItem[]> {
  let res: Response;
  try {
    // Not cancelled when the view moves on (the caller drops a superseded answer): it is still kept for
    // offline use, so a worker who taps an entry before the list's answer arrives still has that area offline.
    res = await fetch(`/api/stations/nearest?${query}`);
  } catch (err) {
    const kept = signal.aborted ? [] : keptStations();
    if (!kept.length) throw err;
    const items = nearestOffline(kept, new URLSearchParams(query));
    // The oldest of what is shown, so "data from" never flatters.
    reportOffline({ data: new Date(Math.min(...(items.length ? items : kept).map((s) => s.keptAt))) });
    return items;
  }
  if (!res.ok) throw new Error(String(res.status));
  const { stations } = (await res.json()) as { stations: NearestItem[] };
  if (res.headers.has(FROM_CACHE_HEADER)) {
    const at = Date.parse(res.headers.get('Date') ?? '');
    reportOffline({ data: Number.isFinite(at) ? new Date(at) : new Date() });
  } else {
    keepStations(stations);
    reportOnline();
  }
  return stations;
}

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
        const items = await fetchList(query, ctrl.signal);
        if (ctrl.signal.aborted) return;
        // A transition: rendering 30 entries yields to taps and scrolling on a slow phone.
        startTransition(() => {
          setItems(items);
          setStatus('idle');
        });
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

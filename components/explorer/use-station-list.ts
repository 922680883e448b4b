'use client';
import { startTransition, useEffect, useState } from 'react';
import { reportOffline, reportOnline } from '@/components/pwa/offline-state';
import { FROM_CACHE_HEADER } from '@/lib/pwa/cache-rules';
import { nearestOffline } from '@/lib/stations/offline-nearest';
import type { Bbox } from '@/lib/stations/schema';
import type { NearestItem } from '@/lib/stations/station-index';
import { deviceHoursAt, warmDeviceHours } from './device-hours';
import { keepStations, keptStations, mergeKept, type KeptStation } from './kept-stations';
import { filtersToApi, LIST_LIMIT, type Origin, type UiFilters } from './url-state';

/** `settled`: the items (or the error) answer the current origin, filters and view, not an earlier one. */
export type ListState = { items: NearestItem[]; status: 'idle' | 'loading' | 'error'; retry: () => void; settled: boolean };

/**
 * The list from the API; with no network, from the worker's copy of the same
 * request or else from the stations kept on the phone, and says so (offline-state.ts).
 */
export async function fetchList(query: string, signal: AbortSignal): Promise<NearestItem[]> {
  let res: Response;
  try {
    // Not cancelled when the view moves on (the caller drops a superseded answer): it is still kept for
    // offline use, so a worker who taps an entry before the list's answer arrives still has that area offline.
    res = await fetch(`/api/stations/nearest?${query}`);
  } catch (err) {
    const kept = signal.aborted ? [] : keptStations();
    if (!kept.length) throw err;
    return answerOffline(kept, query);
  }
  if (!res.ok) throw new Error(String(res.status));
  const { stations } = (await res.json()) as { stations: NearestItem[] };
  if (res.headers.has(FROM_CACHE_HEADER)) {
    // The worker's copy of this very request, answered again with the kept stations by the phone's clock:
    // a copy made at noon with "open now" would list at night the stations open at noon.
    const at = Date.parse(res.headers.get('Date') ?? '');
    return answerOffline(mergeKept(keptStations(), stations, Number.isFinite(at) ? at : Date.now()), query);
  }
  keepStations(stations);
  reportOnline();
  warmDeviceHours();
  return stations;
}

/** The list from what the phone holds, "open now" and "24 hours" by its clock (offline-nearest.ts). */
async function answerOffline(kept: KeptStation[], query: string): Promise<NearestItem[]> {
  const items = nearestOffline(kept, new URLSearchParams(query), await deviceHoursAt(new Date()));
  // The oldest of what is shown, so "data from" never flatters.
  reportOffline({ data: new Date(Math.min(...(items.length ? items : kept).map((s) => s.keptAt))) });
  return items;
}

/** Nearest stations to the origin, or those in view nearest the map centre. */
export function useStationList(origin: Origin | null, bbox: Bbox | null, filters: UiFilters, initial: NearestItem[]): ListState {
  const [items, setItems] = useState(initial);
  const [status, setStatus] = useState<ListState['status']>('idle');
  const [attempt, setAttempt] = useState(0);
  const [answered, setAnswered] = useState<string | null>(null);
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
          setAnswered(query);
        });
      } catch {
        if (ctrl.signal.aborted) return;
        setStatus('error');
        setAnswered(query);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [query, attempt]);

  return { items, status, retry: () => setAttempt((n) => n + 1), settled: query !== null && answered === query };
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

'use client';
import { useCallback, useRef, useState } from 'react';
import { fetchList } from '@/components/explorer/use-station-list';
import type { NearestItem } from '@/lib/stations/station-index';

// "最近的开放驿站": the phone's location, then the three nearest stations open now, from the same
// /api/stations/nearest the map's list reads (and, with no network, from the service worker's copy or
// the stations kept on the phone, by its own clock: fetchList in components/explorer/use-station-list.ts).

export type CarePhase = 'idle' | 'locating' | 'searching' | 'done' | 'denied' | 'unavailable' | 'error';
export type CareNearest = { phase: CarePhase; items: NearestItem[]; locate: () => void };

export const CARE_LIMIT = 3;

/** The query for the nearest open stations: the list's own parameters, so the worker's copy of it answers offline. */
export function careQuery(lat: number, lng: number): string {
  return new URLSearchParams({ openNow: '1', limit: String(CARE_LIMIT), lat: lat.toFixed(5), lng: lng.toFixed(5) }).toString();
}

export function useCareNearest(): CareNearest {
  const [phase, setPhase] = useState<CarePhase>('idle');
  const [items, setItems] = useState<NearestItem[]>([]);
  // A second tap while the first is still out: only the latest answer is shown.
  const latest = useRef(0);

  const search = useCallback(async (lat: number, lng: number, ask: number) => {
    setPhase('searching');
    try {
      const found = await fetchList(careQuery(lat, lng), new AbortController().signal);
      if (ask !== latest.current) return;
      setItems(found.slice(0, CARE_LIMIT));
      setPhase('done');
    } catch {
      if (ask === latest.current) setPhase('error');
    }
  }, []);

  const locate = useCallback(() => {
    const ask = ++latest.current;
    if (!('geolocation' in navigator)) return setPhase('unavailable');
    setPhase('locating');
    navigator.geolocation.getCurrentPosition(
      (pos) => void search(pos.coords.latitude, pos.coords.longitude, ask),
      (err) => {
        if (ask === latest.current) setPhase(err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable');
      },
      // As "locate me" (components/explorer/locate-button.tsx): a cheap phone indoors may take a while.
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 60_000 },
    );
  }, [search]);

  return { phase, items, locate };
}

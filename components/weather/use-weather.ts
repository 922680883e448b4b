'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ExplorerState } from '@/components/explorer/url-state';
import type { Bbox } from '@/lib/stations/schema';
import type { PublicAlert } from '@/lib/weather/vocab';
import { sameAlert, weatherPoint, withWeather } from './weather-state';

export type WeatherMode = {
  /** The alert covering the place shown, or null. */
  alert: PublicAlert | null;
  /** The explorer's state with the alert's filter applied (unless `weather=off`): what the list and the map draw. */
  state: ExplorerState;
};

const centre = (b: Bbox | null) => (b ? { lat: (b.minLat + b.maxLat) / 2, lng: (b.minLng + b.maxLng) / 2 } : null);

/**
 * The alert for the place shown: the server's answer first (it rendered the page with it), then asked
 * again as the place changes by about a kilometre. Offline, the last answer stays.
 */
export function useWeather(state: ExplorerState, bbox: Bbox | null, initial: PublicAlert | null): WeatherMode {
  const [alert, setAlert] = useState(initial);
  const point = weatherPoint(state, centre(bbox));
  const key = point ? `${point.lat.toFixed(2)},${point.lng.toFixed(2)}` : null;
  // The server rendered the page with the answer for the first place: not asked again for it (another
  // layer's few-seconds cache could answer older and take the banner away under the worker's eyes).
  const answered = useRef(key);

  useEffect(() => {
    if (!key || key === answered.current) return;
    const ctrl = new AbortController();
    const timer = setTimeout(async () => {
      const [lat, lng] = key.split(',');
      try {
        const res = await fetch(`/api/weather/alerts?lat=${lat}&lng=${lng}`, { signal: ctrl.signal });
        if (!res.ok) return;
        const { alerts } = (await res.json()) as { alerts: PublicAlert[] };
        const next = alerts[0] ?? null;
        answered.current = key;
        setAlert((prev) => (sameAlert(prev, next) ? prev : next));
      } catch {
        // Offline or superseded: the last answer stands.
      }
    }, 300);
    return () => {
      clearTimeout(timer);
      ctrl.abort();
    };
  }, [key]);

  const shown = useMemo(() => withWeather(state, alert), [state, alert]);
  return { alert, state: shown };
}

import type { ExplorerState } from '@/components/explorer/url-state';
import type { PublicAlert } from '@/lib/weather/vocab';

// Weather mode on the map page: where a heat or cold alert covers the place
// shown, the list and the map keep to the stations that help (the filter of
// lib/weather/filter.ts) unless the worker asked for all (`weather=off`).

/** The state the list and the map are drawn from: with the alert's filter, unless turned off. */
export function withWeather(state: ExplorerState, alert: Pick<PublicAlert, 'kind'> | null): ExplorerState {
  if (!alert || state.weatherOff) return state;
  return { ...state, filters: { ...state.filters, weather: alert.kind } };
}

/** Where the alert is asked for: the place chosen or located, else the centre of what the map shows. */
export function weatherPoint(state: Pick<ExplorerState, 'origin' | 'view'>, fallback: { lat: number; lng: number } | null): { lat: number; lng: number } | null {
  return state.origin ?? state.view ?? fallback;
}

/** Alike answers keep their identity, so a pan that finds the same alert redraws nothing. */
export function sameAlert(a: PublicAlert | null, b: PublicAlert | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

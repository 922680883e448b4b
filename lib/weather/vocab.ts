import type { Amenity } from '@/lib/stations/vocab';

// Weather mode: a province or city union's heat or cold alert for a region and
// a period. No server code here: the map's client components read it too.

export const WEATHER_KINDS = ['heat', 'cold'] as const;
export type WeatherKind = (typeof WEATHER_KINDS)[number];

/**
 * What a station needs to help in each alert. There is no "heating" amenity in the vocabulary
 * (lib/stations/vocab.ts, a 16-bit mask shared with import and export); in a cold wave hot water is
 * what the stations offer and record, so cold means hot water.
 */
export const WEATHER_AMENITY: Readonly<Record<WeatherKind, Amenity>> = { heat: 'air_conditioning', cold: 'hot_water' };

/** An alert lasts at most this long (a weather service's heat or cold wave warning, with room to spare). */
export const MAX_ALERT_DAYS = 14;
/** It may be set this far ahead of its start, no more: a forecast further out is not a warning. */
export const MAX_ALERT_LEAD_DAYS = 30;
export const ALERT_NOTE_MAX = 200;

/** An alert as the public sees it (GET /api/weather/alerts, the map's banner): no author, no id. */
export type PublicAlert = {
  kind: WeatherKind; divisionCode: string; divisionName: string; divisionNameEn: string; startsAt: string; endsAt: string; note: string;
};

export const isWeatherKind = (v: unknown): v is WeatherKind => WEATHER_KINDS.includes(v as WeatherKind);

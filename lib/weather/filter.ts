import type { Filters } from '@/lib/stations/schema';
import type { Amenity } from '@/lib/stations/vocab';
import { isWeatherKind, WEATHER_AMENITY } from './vocab';

// The weather filter in the terms the station index already knows: the alert's
// amenity (air-conditioning, or hot water) and "open now", which means in use,
// open by its hours (24-hour stations always are) and not reported locked.

export function foldWeather(f: Filters): Filters {
  if (!f.weather) return f;
  return { ...f, amenities: [...f.amenities, WEATHER_AMENITY[f.weather]], openNow: true, weather: null };
}

/** The same from an API query (the phone's offline answer, lib/stations/offline-nearest.ts): the amenity `weather=` asks for, if any. */
export function weatherAmenities(query: { get(key: string): string | null }): Amenity[] {
  const kind = query.get('weather');
  return isWeatherKind(kind) ? [WEATHER_AMENITY[kind]] : [];
}

import 'server-only';
import { stationView } from '@/components/stations/station-view';
import type { PublicStation } from '@/lib/stations/types';
import { toHono } from './render-markup';
import type { Words } from './words';

/** The station page's details: the one station view (components/stations/station-view.ts) as plain HTML, the name as h1. */
export function StationDetails({ station, now, w }: { station: PublicStation; now: Date; w: Words }) {
  return toHono(stationView(station, now, w, 1));
}

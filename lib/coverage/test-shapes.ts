import type { Polygon } from 'geojson';
import { kmPerDegLat, kmPerDegLng } from './geodesy';

// Hand-made geography for the unit tests: rectangles measured in kilometres
// from a reference corner, so expected areas can be worked out on paper.

export const ORIGIN = { lng: 115, lat: 27 };

/** A point `eastKm` and `northKm` from the origin. */
export function at(eastKm: number, northKm: number): { lng: number; lat: number } {
  return { lng: ORIGIN.lng + eastKm / kmPerDegLng(ORIGIN.lat), lat: ORIGIN.lat + northKm / kmPerDegLat(ORIGIN.lat) };
}

/** The rectangle [x0, x1] × [y0, y1] in km from the origin. */
export function rect(x0: number, y0: number, x1: number, y1: number): Polygon {
  const corners = [at(x0, y0), at(x1, y0), at(x1, y1), at(x0, y1), at(x0, y0)];
  return { type: 'Polygon', coordinates: [corners.map((p) => [p.lng, p.lat])] };
}

import gcoord from 'gcoord';
import type { Bbox } from '@/lib/stations/schema';

// Stored coordinates are WGS-84. On GCJ-02 tiles (Amap) the map works in
// GCJ-02: points go in shifted, and the visible box comes back unshifted.

export type DisplayCrs = 'wgs84' | 'gcj02';

export function toDisplay(crs: DisplayCrs, lat: number, lng: number): [number, number] {
  if (crs === 'wgs84') return [lat, lng];
  const [x, y] = gcoord.transform([lng, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [y, x];
}

export function fromDisplay(crs: DisplayCrs, lat: number, lng: number): [number, number] {
  if (crs === 'wgs84') return [lat, lng];
  const [x, y] = gcoord.transform([lng, lat], gcoord.GCJ02, gcoord.WGS84) as [number, number];
  return [y, x];
}

export function bboxFromDisplay(crs: DisplayCrs, south: number, west: number, north: number, east: number): Bbox {
  const clampLat = (v: number) => Math.max(-85, Math.min(85, v));
  const clampLng = (v: number) => Math.max(-180, Math.min(180, v));
  const [minLat, minLng] = fromDisplay(crs, clampLat(south), clampLng(west));
  const [maxLat, maxLng] = fromDisplay(crs, clampLat(north), clampLng(east));
  return { minLat, minLng, maxLat, maxLng };
}

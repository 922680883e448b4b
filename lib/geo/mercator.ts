import type { Bbox } from '@/lib/stations/schema';

// Web Mercator as Leaflet and the tile servers draw it (256-pixel tiles).

/** Pixel coordinates of a point at a zoom level, from the world's top-left corner. */
export function mercatorPx(lat: number, lng: number, zoom: number): [number, number] {
  const scale = 256 * 2 ** zoom;
  const s = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
}

/** Width and height of a box in pixels at a zoom level. */
export function bboxPixels(b: Bbox, zoom: number): { width: number; height: number } {
  const [x0, y0] = mercatorPx(b.maxLat, b.minLng, zoom);
  const [x1, y1] = mercatorPx(b.minLat, b.maxLng, zoom);
  return { width: x1 - x0, height: y1 - y0 };
}

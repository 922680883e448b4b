import type { Bbox } from '@/lib/stations/schema';

/** The zoom at which the box fills a 1024×768 screen (Web Mercator), within the map's zoom range. */
export function fitZoom(b: Bbox): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  const worldX = (b.maxLng - b.minLng) / 360;
  const worldY = (y(b.maxLat) - y(b.minLat)) / (2 * Math.PI);
  const zoom = Math.floor(Math.min(Math.log2(1024 / 256 / worldX), Math.log2(768 / 256 / worldY)));
  return Math.min(18, Math.max(3, zoom));
}

import simplify from 'simplify-js';
import type { Bbox } from '@/lib/stations/schema';
import { clusterLabel, clusterSize } from './cluster-badge';
import { bboxPixels, mercatorPx } from './mercator';

// The map's first picture, drawn on the server as SVG: region outlines and the
// station clusters of the opening view, in the Web Mercator pixels that Leaflet
// itself uses at that zoom, so the live map opens on the same picture.

type Ring = number[][];
type Polygonal = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type OutlineFeature = { geometry: Polygonal };
export type PreviewPoint = { lng: number; lat: number; count: number | null };
export type PreviewCluster = { x: number; y: number; r: number; label: string | null };
export type MapPreviewData = { width: number; height: number; outlines: string; clusters: PreviewCluster[] };

const rings = (g: Polygonal): Ring[] => (g.type === 'Polygon' ? g.coordinates : g.coordinates.flat());

/** One SVG path for all outlines, simplified to what a pixel can show. */
export function outlinePath(features: OutlineFeature[], box: Bbox, zoom: number, tolerancePx = 2): string {
  const [x0, y0] = mercatorPx(box.maxLat, box.minLng, zoom);
  const parts: string[] = [];
  for (const f of features) {
    for (const ring of rings(f.geometry)) {
      const pts = ring.map(([lng = 0, lat = 0]) => {
        const [x, y] = mercatorPx(lat, lng, zoom);
        return { x: x - x0, y: y - y0 };
      });
      const kept = simplify(pts, tolerancePx, true);
      if (kept.length < 3) continue;
      parts.push('M' + kept.map((p) => `${Math.round(p.x)} ${Math.round(p.y)}`).join('L') + 'Z');
    }
  }
  return parts.join('');
}

/** The picture: `outlines` from outlinePath (the same for every request), clusters of the current filters. */
export function buildPreview(outlines: string, points: PreviewPoint[], box: Bbox, zoom: number): MapPreviewData {
  const [x0, y0] = mercatorPx(box.maxLat, box.minLng, zoom);
  const clusters = points.map((p) => {
    const [x, y] = mercatorPx(p.lat, p.lng, zoom);
    const single = p.count === null;
    return { x: Math.round(x - x0), y: Math.round(y - y0), r: single ? 6 : clusterSize(p.count!) / 2, label: single ? null : clusterLabel(p.count!) };
  });
  const { width, height } = bboxPixels(box, zoom);
  return { width: Math.round(width), height: Math.round(height), outlines, clusters };
}

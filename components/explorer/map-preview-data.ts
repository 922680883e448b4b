import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildPreview, outlinePath, type MapPreviewData, type OutlineFeature } from '@/lib/geo/preview';
import type { ClusterCache } from '@/lib/stations/clusters';
import { serverFilters } from './initial-list';
import { JIANGXI_BOUNDS, JIANGXI_VIEW, type ExplorerState } from './url-state';

// The province overview a phone shows before its live map is opened (explorer.tsx).

const [[minLat, minLng], [maxLat, maxLng]] = JIANGXI_BOUNDS;
const BOX = { minLat, minLng, maxLat, maxLng };

let outlines: Promise<string> | null = null;
/** The city outlines the live map draws too (public/geo, written by scripts/prepare-geo.ts), read and drawn once. */
function cityOutlines(): Promise<string> {
  outlines ??= readFile(path.join(process.cwd(), 'public', 'geo', 'prefectures.json'), 'utf8')
    .then((text) => outlinePath((JSON.parse(text) as { features: OutlineFeature[] }).features, BOX, JIANGXI_VIEW.zoom));
  return outlines;
}

export async function mapPreview(clusters: ClusterCache, state: ExplorerState, now: Date): Promise<MapPreviewData> {
  const features = clusters.viewport(BOX, JIANGXI_VIEW.zoom, serverFilters(state), now);
  const points = features.map((f) => {
    const [lng, lat] = f.geometry.coordinates;
    return { lng, lat, count: f.properties.cluster ? f.properties.count : null };
  });
  return buildPreview(await cityOutlines(), points, BOX, JIANGXI_VIEW.zoom);
}

import 'server-only';
import { mainBox, partsLayer, readLayer, type RegionView } from '@/lib/divisions/region';
import { buildPreview, outlinePath, type MapPreviewData } from '@/lib/geo/preview';
import type { ClusterCache } from '@/lib/stations/clusters';
import type { Bbox } from '@/lib/stations/schema';
import { serverFilters } from './initial-list';
import type { ExplorerState } from './url-state';

// The region overview a phone shows before its live map is opened (explorer.tsx): the outlines of the
// home region's parts (provinces of China, cities of a province, counties of a city) and its clusters.

const overlaps = (a: Bbox, b: Bbox) => a.minLng <= b.maxLng && b.minLng <= a.maxLng && a.minLat <= b.maxLat && b.minLat <= a.maxLat;

// The home region is set at start-up: one picture, drawn once.
let outlines: { code: string; path: Promise<string> } | null = null;

/** The parts' outlines (the same files the live map draws), those the region's box reaches, as one SVG path. */
function partOutlines(region: RegionView): Promise<string> {
  if (outlines?.code !== region.code) {
    const path = readLayer(partsLayer(region.code)).then((features) => {
      const seen = features.filter((f) => overlaps(mainBox(f.geometry), region.box));
      return outlinePath(seen, region.box, region.zoom);
    });
    outlines = { code: region.code, path };
  }
  return outlines.path;
}

export async function mapPreview(clusters: ClusterCache, state: ExplorerState, region: RegionView, now: Date): Promise<MapPreviewData> {
  const features = clusters.viewport(region.box, region.zoom, serverFilters(state), now);
  const points = features.map((f) => {
    const [lng, lat] = f.geometry.coordinates;
    return { lng, lat, count: f.properties.cluster ? f.properties.count : null };
  });
  return buildPreview(await partOutlines(region), points, region.box, region.zoom);
}

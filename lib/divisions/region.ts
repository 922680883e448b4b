import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fitZoom } from '@/lib/geo/fit-zoom';
import type { Bbox } from '@/lib/stations/schema';
import { CHINA_CODE, division, type Division } from './catalog';
import { PROVINCES_LAYER, provinceLayers } from './layers';

// A region's extent and the layer that draws its parts, from the drawing layers (public/geo): the
// home page's opening view, its server-drawn picture and the embed's box, for any division.

type Ring = number[][];
export type LayerGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };
export type LayerFeature = { properties: { code: string; name: string }; geometry: LayerGeometry };
export type RegionView = { code: string; box: Bbox; zoom: number; lat: number; lng: number };

export async function readLayer(url: string): Promise<LayerFeature[]> {
  const text = await readFile(path.join(process.cwd(), 'public', ...url.split('/').filter(Boolean)), 'utf8');
  return (JSON.parse(text) as { features: LayerFeature[] }).features;
}

const polygonsOf = (g: LayerGeometry): Ring[][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

function ringBox(ring: Ring): Bbox {
  const b = { minLng: Infinity, minLat: Infinity, maxLng: -Infinity, maxLat: -Infinity };
  for (const [x = NaN, y = NaN] of ring) {
    b.minLng = Math.min(b.minLng, x); b.minLat = Math.min(b.minLat, y);
    b.maxLng = Math.max(b.maxLng, x); b.maxLat = Math.max(b.maxLat, y);
  }
  return b;
}

export function unionBox(boxes: readonly Bbox[]): Bbox {
  return {
    minLng: Math.min(...boxes.map((b) => b.minLng)), minLat: Math.min(...boxes.map((b) => b.minLat)),
    maxLng: Math.max(...boxes.map((b) => b.maxLng)), maxLat: Math.max(...boxes.map((b) => b.maxLat)),
  };
}

/**
 * The box of the parts that matter on a screen: polygons at least a tenth the size of the largest, so
 * Hainan opens on the island, not on the South China Sea's reefs.
 */
export function mainBox(g: LayerGeometry): Bbox {
  const boxes = polygonsOf(g).map((rings) => ringBox(rings[0] ?? []));
  const size = (b: Bbox) => (b.maxLng - b.minLng) * (b.maxLat - b.minLat);
  const largest = Math.max(...boxes.map(size));
  return unionBox(boxes.filter((b) => size(b) >= largest / 10));
}

// One entry per layer file (≈ 65 files), each only the boxes of its features.
const LAYER_BOXES_CAP = 80;
const layerBoxes = new Map<string, Promise<Map<string, Bbox>>>();

function boxesOf(url: string): Promise<Map<string, Bbox>> {
  let boxes = layerBoxes.get(url);
  if (!boxes) {
    if (layerBoxes.size >= LAYER_BOXES_CAP) layerBoxes.clear();
    boxes = readLayer(url).then((fs) => new Map(fs.map((f) => [f.properties.code, mainBox(f.geometry)])));
    boxes.catch(() => layerBoxes.delete(url));
    layerBoxes.set(url, boxes);
  }
  return boxes;
}

/** The layer holding the division's own outline. */
function ownLayer(d: Division): string {
  if (d.level === 'province') return PROVINCES_LAYER;
  const layers = provinceLayers(d.provinceCode);
  return d.level === 'city' ? layers.cities : layers.counties;
}

/** The layer that draws a region's parts: provinces of China, cities of a province, counties of a city or county. */
export function partsLayer(code: string): string {
  if (code === CHINA_CODE) return PROVINCES_LAYER;
  const d = division(code);
  const layers = provinceLayers(d?.provinceCode ?? code);
  return d?.level === 'province' ? layers.cities : layers.counties;
}

/** The extent of a division (all of China for 100000); a small box around its point when it has no outline (红谷滩区). */
export async function divisionBox(code: string): Promise<Bbox | null> {
  if (code === CHINA_CODE) return unionBox([...(await boxesOf(PROVINCES_LAYER)).values()]);
  const d = division(code);
  if (!d) return null;
  const own = (await boxesOf(ownLayer(d))).get(code);
  const r = d.level === 'county' ? 0.05 : 0.25;
  return own ?? { minLng: d.lng - r, minLat: d.lat - r, maxLng: d.lng + r, maxLat: d.lat + r };
}

/** What the home page opens on when its URL names no view: the whole region, on a typical screen. */
export async function regionView(code: string): Promise<RegionView> {
  const box = (await divisionBox(code)) ?? (await divisionBox(CHINA_CODE))!;
  return { code, box, zoom: fitZoom(box), lat: (box.minLat + box.maxLat) / 2, lng: (box.minLng + box.maxLng) / 2 };
}

/**
 * The drawn outline of a province, city or county (simplified for drawing; for point-in-county checks
 * use locate.ts). Null for an unknown code or a county drawn inside another (红谷滩区).
 */
export async function divisionOutline(code: string): Promise<LayerGeometry | null> {
  const d = division(code);
  if (!d) return null;
  return (await readLayer(ownLayer(d))).find((f) => f.properties.code === code)?.geometry ?? null;
}

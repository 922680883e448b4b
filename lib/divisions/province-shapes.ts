import 'server-only';
import simplify from 'simplify-js';
import { division } from './catalog';
import { PROVINCES_LAYER } from './layers';
import { readLayer } from './region';

// Every province as a rough outline (≈ 10 km), small enough (≈ 30 KB, 10 KB compressed) for the map
// to tell which province the user is looking at and load that province's own layers only.

/** Degrees a simplified outline may stray from the drawn one. */
const TOLERANCE = 0.1;

/** Outer rings as flat [lng, lat, lng, lat, …] lists, two decimals. */
export type ProvinceShape = { code: string; name: string; nameEn: string; rings: number[][] };

const round2 = (v: number) => Math.round(v * 100) / 100;

let shapes: Promise<ProvinceShape[]> | null = null;

export function provinceShapes(): Promise<ProvinceShape[]> {
  shapes ??= readLayer(PROVINCES_LAYER).then((features) => features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const rings = polygons
      .map(([outer = []]) => simplify(outer.map(([x = 0, y = 0]) => ({ x, y })), TOLERANCE, true))
      .filter((ring) => ring.length >= 4)
      .map((ring) => ring.flatMap((p) => [round2(p.x), round2(p.y)]));
    const d = division(f.properties.code);
    return { code: f.properties.code, name: f.properties.name, nameEn: d?.nameEn ?? f.properties.name, rings };
  }));
  shapes.catch(() => { shapes = null; });
  return shapes;
}

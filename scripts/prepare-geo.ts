// Writes the small display layers in public/geo/ from the full-resolution
// reference data in prisma/data/. Rerunnable and deterministic:
//   npx tsx scripts/prepare-geo.ts
import type { Feature, FeatureCollection } from 'geojson';
import { cities, counties, countyGeometry, readDataFile } from '@/lib/divisions-data';
import type { AreaGeometry } from '@/lib/geo/polygon';
import { type Layer, writeLayer } from './geo/layers';
import { prepareChina } from './geo/prepare-china';

function countyLayer(): Layer {
  // 红谷滩区 has no polygon of its own; 新建区's geometry includes 湾里.
  return counties.flatMap((c) => {
    const geometry = countyGeometry(c.code);
    return geometry ? [{ type: 'Feature' as const, properties: { code: c.code, name: c.name }, geometry }] : [];
  });
}

function prefectureLayer(): Layer {
  const fc = readDataFile<FeatureCollection<AreaGeometry, { name: string }>>('jiangxi_prefectures_wgs84.geojson');
  return cities.map((city) => {
    const f = fc.features.find((x) => x.properties.name === city.name);
    if (!f) throw new Error(`No prefecture polygon for ${city.name}`);
    return { type: 'Feature', properties: { code: city.code, name: city.name }, geometry: f.geometry };
  });
}

function outlineLayer(): Layer {
  const f = readDataFile<Feature<AreaGeometry>>('jiangxi_outline_naturalearth.json');
  return [{ type: 'Feature', properties: { code: '360000', name: '江西省' }, geometry: f.geometry }];
}

writeLayer('counties.json', countyLayer(), 120 * 1024);
writeLayer('prefectures.json', prefectureLayer(), 120 * 1024);
writeLayer('outline.json', outlineLayer(), 16 * 1024);
prepareChina();

import { chainUnchecked } from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import { Readable } from 'node:stream';
import { cellText } from './cells';
import { IMPORT_LIMITS, LimitExceeded } from './limits';

// GeoJSON as rows, in two streaming passes over the file: the first collects
// the property names of all features (the header), the second yields one row
// per feature. Memory holds one feature at a time, never the whole document,
// which JSON.parse would (a 200,000-feature file is ~70 MB of text).

type Feature = { geometry?: { type?: string; coordinates?: unknown } | null; properties?: Record<string, unknown> | null };
const POINT_KEYS = new Set(['lng', 'lat', '经度', '纬度']);

async function* features(bytes: Readable): AsyncGenerator<Feature> {
  let first = true;
  const noBom = async function* (chunks: AsyncIterable<Buffer | string>) {
    for await (const c of chunks) {
      const b = Buffer.from(c);
      yield first && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
      first = false;
    }
  };
  const pipeline = chainUnchecked([Readable.from(noBom(bytes)), parser(), pick({ filter: 'features' }), streamArray()]);
  for await (const { value } of pipeline as AsyncIterable<{ value: unknown }>) {
    if (value !== null && typeof value === 'object') yield value as Feature;
  }
}

async function propertyNames(bytes: Readable): Promise<string[]> {
  const keys = new Set<string>();
  for await (const f of features(bytes)) {
    for (const k of Object.keys(f.properties ?? {})) if (!POINT_KEYS.has(k)) keys.add(k);
    // Every row has a cell per name: a new name per feature would make the file's work quadratic.
    if (keys.size > IMPORT_LIMITS.columns) throw new LimitExceeded('columns');
  }
  return [...keys];
}

export async function* geojsonRows(open: () => Readable): AsyncIterable<string[]> {
  const keys = await propertyNames(open());
  yield [...keys, 'lng', 'lat'];
  for await (const f of features(open())) {
    const c = f.geometry?.type === 'Point' && Array.isArray(f.geometry.coordinates) ? f.geometry.coordinates : [];
    yield [...keys.map((k) => cellText(f.properties?.[k])), cellText(c[0]), cellText(c[1])];
  }
}

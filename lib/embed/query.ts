import { z } from 'zod';
import { counties, countyGeometry, type County } from '@/lib/divisions-data';
import { geometryBbox } from '@/lib/geo/polygon';
import { bboxSchema, type Bbox } from '@/lib/stations/schema';

// What a union website asks the embed to show: one Jiangxi county
// (?county=360111) or a box (?bbox=minLng,minLat,maxLng,maxLat). Bad input is
// a reason the page explains inline, never an exception.

export type EmbedTarget = { kind: 'county'; county: County; box: Bbox } | { kind: 'bbox'; box: Bbox };
export type EmbedProblem = 'missing' | 'both' | 'badCounty' | 'unknownCounty' | 'badBbox';
export type EmbedQuery = { ok: true; target: EmbedTarget } | { ok: false; problem: EmbedProblem };

const one = z.string().max(200).optional();
const schema = z.object({
  county: one.pipe(z.string().trim().regex(/^\d{6}$/).optional()),
  bbox: one.pipe(bboxSchema.optional()),
});

/** A county with no polygon of its own (红谷滩区) gets a box about 10 km across its point. */
function countyBox(c: County): Bbox {
  const g = countyGeometry(c.code);
  if (g) {
    const [minLng, minLat, maxLng, maxLat] = geometryBbox(g);
    return { minLng, minLat, maxLng, maxLat };
  }
  return { minLng: c.lng - 0.05, minLat: c.lat - 0.05, maxLng: c.lng + 0.05, maxLat: c.lat + 0.05 };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export function parseEmbedQuery(sp: Record<string, string | string[] | undefined>): EmbedQuery {
  const raw = { county: first(sp.county), bbox: first(sp.bbox) };
  if (raw.county === undefined && raw.bbox === undefined) return { ok: false, problem: 'missing' };
  if (raw.county !== undefined && raw.bbox !== undefined) return { ok: false, problem: 'both' };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: raw.county !== undefined ? 'badCounty' : 'badBbox' };
  const { county: code, bbox } = parsed.data;
  if (bbox) return { ok: true, target: { kind: 'bbox', box: bbox } };
  const county = counties.find((c) => c.code === code);
  return county ? { ok: true, target: { kind: 'county', county, box: countyBox(county) } } : { ok: false, problem: 'unknownCounty' };
}

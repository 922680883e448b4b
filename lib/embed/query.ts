import { z } from 'zod';
import { CHINA_CODE, division, type Division } from '@/lib/divisions/catalog';
import { divisionBox } from '@/lib/divisions/region';
import { bboxSchema, type Bbox } from '@/lib/stations/schema';

// What a union website asks the embed to show: one division of China, a county (?county=410103)
// or a whole city or province (?county=410100), or a box (?bbox=minLng,minLat,maxLng,maxLat).
// Bad input is a reason the page explains inline, never an exception.

export type EmbedTarget = { kind: 'division'; division: Division; box: Bbox } | { kind: 'bbox'; box: Bbox };
export type EmbedProblem = 'missing' | 'both' | 'badCounty' | 'unknownCounty' | 'badBbox';
export type EmbedQuery = { ok: true; target: EmbedTarget } | { ok: false; problem: EmbedProblem };

const one = z.string().max(200).optional();
const schema = z.object({
  county: one.pipe(z.string().trim().regex(/^\d{6}$/).optional()),
  bbox: one.pipe(bboxSchema.optional()),
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function parseEmbedQuery(sp: Record<string, string | string[] | undefined>): Promise<EmbedQuery> {
  const raw = { county: first(sp.county), bbox: first(sp.bbox) };
  if (raw.county === undefined && raw.bbox === undefined) return { ok: false, problem: 'missing' };
  if (raw.county !== undefined && raw.bbox !== undefined) return { ok: false, problem: 'both' };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, problem: raw.county !== undefined ? 'badCounty' : 'badBbox' };
  const { county: code, bbox } = parsed.data;
  if (bbox) return { ok: true, target: { kind: 'bbox', box: bbox } };
  // All of China (100000) is not an embed: the full map is.
  const d = code && code !== CHINA_CODE ? division(code) : undefined;
  const box = d ? await divisionBox(d.code) : null;
  return d && box ? { ok: true, target: { kind: 'division', division: d, box } } : { ok: false, problem: 'unknownCounty' };
}

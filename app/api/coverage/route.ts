import { connection, type NextRequest } from 'next/server';
import { json, jsonError, parseQuery, withDb } from '@/lib/http';
import { areaJson, modelJson } from '@/lib/coverage/json';
import { areaCoverage, coverageModel } from '@/lib/coverage/queries';
import { env } from '@/lib/env';
import { regionQuerySchema } from '@/lib/coverage/schema';
import { overPublicLimit } from '@/lib/security/public-limits';

// GET /api/coverage?within=CODE&mode=walk|ebike[&openNow=1] → one entry per
// county inside the province, city or country (100000) named by `within`
// (DEFAULT_REGION when left out), with { code, name, nameEn, areaKm2,
// coveredKm2, coveredShare, stationsInUse, … }, the region's parts one level
// down and the region itself. The model (speeds, detour, reach, grid) comes with it.
async function handleGet(req: NextRequest) {
  await connection();
  const parsed = parseQuery(regionQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const limited = await overPublicLimit('coverage', req.headers);
  if (limited) return limited;
  const { mode, openNow = false, within = env.DEFAULT_REGION } = parsed.data;
  const area = await areaCoverage(within, mode, openNow);
  if (!area) return jsonError(404, `within: no division ${within} in China`, 'within');
  return json({ within, ...areaJson(area, modelJson(coverageModel(), mode)) });
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);

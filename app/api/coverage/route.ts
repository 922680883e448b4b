import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { modelJson, provinceJson } from '@/lib/coverage/json';
import { coverageModel, provinceCoverage } from '@/lib/coverage/queries';
import { coverageQuerySchema } from '@/lib/coverage/schema';
import { overPublicLimit } from '@/lib/security/public-limits';

// GET /api/coverage?mode=walk|ebike[&openNow=1] → one entry per county with
// { code, name, areaKm2, coveredKm2, coveredShare, stationsInUse, … }, the 11
// cities and the province. The model (speeds, detour, reach, grid) comes with it.
async function handleGet(req: NextRequest) {
  await connection();
  const parsed = parseQuery(coverageQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const limited = await overPublicLimit('coverage', req.headers);
  if (limited) return limited;
  const { mode, openNow = false } = parsed.data;
  const model = coverageModel();
  const p = await provinceCoverage(mode, openNow);
  return json(provinceJson(p, modelJson(model, mode)));
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);

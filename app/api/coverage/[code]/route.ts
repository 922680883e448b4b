import { connection, type NextRequest } from 'next/server';
import { json, jsonError, parseQuery, withDb } from '@/lib/http';
import { countyJson, modelJson, suggestionJson } from '@/lib/coverage/json';
import { countyCoverage, coverageModel } from '@/lib/coverage/queries';
import { countyCodeSchema, countyQuerySchema } from '@/lib/coverage/schema';
import { overPublicLimit } from '@/lib/security/public-limits';

type Ctx = { params: Promise<{ code: string }> };

// GET /api/coverage/{code}?mode=&openNow=&suggestions=3 → the county's figures,
// "where to build next" with the km² each adds, and its grid (run-length
// encoded cells: 0 outside, 1 not covered, 2 covered, 3 the largest gap).
async function handleGet(req: NextRequest, { params }: Ctx) {
  await connection();
  const code = countyCodeSchema.safeParse((await params).code);
  if (!code.success) return jsonError(400, `code: ${code.error.issues[0]?.message ?? 'invalid'}`, 'code');
  const parsed = parseQuery(countyQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const limited = await overPublicLimit('coverage', req.headers);
  if (limited) return limited;
  const { mode, openNow = false, suggestions } = parsed.data;
  const detail = await countyCoverage(code.data, mode, openNow, suggestions);
  if (!detail) return jsonError(404, `code: no county ${code.data} in China`, 'code');
  return json({
    mode, openNow, model: modelJson(coverageModel(), mode),
    county: countyJson(detail.figures), suggestions: detail.suggestions.map(suggestionJson), grid: detail.grid,
  });
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);

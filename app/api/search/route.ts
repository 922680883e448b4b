import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { getStationIndex } from '@/lib/stations/index-store';
import { searchQuerySchema } from '@/lib/stations/schema';
import { searchPlaces } from '@/lib/stations/search';

// GET /api/search?q=: counties, cities and stations whose name matches.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(searchQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { index } = await getStationIndex();
  return json({ results: searchPlaces(index, parsed.data.q) });
});

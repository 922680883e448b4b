import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { getStationIndex } from '@/lib/stations/index-store';
import { searchQuerySchema } from '@/lib/stations/schema';
import { cachedSearch } from '@/lib/stations/search-cache';

// GET /api/search?q=&limit=: divisions of China and stations by Chinese, pinyin, initials or English name.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(searchQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { index } = await getStationIndex();
  return json({ results: cachedSearch(index, parsed.data.q, parsed.data.limit) });
});

import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { getStationIndex } from '@/lib/stations/index-store';
import { nearestQuerySchema, toFilters } from '@/lib/stations/schema';

// GET /api/stations/nearest?lat=&lng=&limit=&kind=&amenities=a,b&openNow=1[&bbox=]
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(nearestQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const q = parsed.data;
  const { index } = await getStationIndex();
  const stations = index.nearest(q.lat, q.lng, q.limit, toFilters(q), new Date(), q.bbox);
  return json({ stations });
});

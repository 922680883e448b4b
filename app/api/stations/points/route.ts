import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { getStationIndex } from '@/lib/stations/index-store';
import { pointsQuerySchema, toFilters } from '@/lib/stations/schema';

// GET /api/stations/points?bbox=&limit=&…filters → { points: [[lng, lat], …], truncated }
// Every matching station in the box, unclustered and as compact as possible:
// the 15-minute circle layer draws one circle per station, clustered or not.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(pointsQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { index } = await getStationIndex();
  const round5 = (n: number) => Math.round(n * 1e5) / 1e5;
  const { points, truncated } = index.pointsInBox(parsed.data.bbox, toFilters(parsed.data), new Date(), parsed.data.limit);
  return json({ points: points.map(([lng, lat]) => [round5(lng), round5(lat)]), truncated });
});

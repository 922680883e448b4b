import { connection, type NextRequest } from 'next/server';
import { json, parseQuery, withDb } from '@/lib/http';
import { publicPhotos } from '@/lib/photos/queries';
import { stationIdSchema } from '@/lib/stations/schema';
import { z } from 'zod';

const query = z.object({ station: stationIdSchema });

// GET /api/photos?station={id}: the public photos of a station (for the map's
// panel), each served by /api/photos/{id}. Empty for a missing or archived station.
async function handleGet(req: NextRequest) {
  await connection();
  const parsed = parseQuery(query, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const photos = await publicPhotos(parsed.data.station);
  return json({ photos: photos.map((p) => ({ ...p, url: `/api/photos/${p.id}` })) });
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);

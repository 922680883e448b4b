import { connection, type NextRequest } from 'next/server';
import { json, jsonError, parseQuery, withDb } from '@/lib/http';
import { bboxPixels } from '@/lib/geo/mercator';
import { MAX_VIEWPORT_PX } from '@/lib/stations/clusters';
import { getStationIndex } from '@/lib/stations/index-store';
import { toFilters, viewportQuerySchema } from '@/lib/stations/schema';

// GET /api/stations?bbox=minLng,minLat,maxLng,maxLat&zoom=Z&kind=&amenities=&status=&openNow=&h24=
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(viewportQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { bbox, zoom } = parsed.data;
  const px = bboxPixels(bbox, zoom);
  if (px.width > MAX_VIEWPORT_PX || px.height > MAX_VIEWPORT_PX) {
    return jsonError(400, `bbox: too large for zoom ${zoom}; ask for one screen at a time`, 'bbox');
  }
  const { clusters } = await getStationIndex();
  const features = clusters.viewport(bbox, zoom, toFilters(parsed.data), new Date());
  return json({ type: 'FeatureCollection', features });
});

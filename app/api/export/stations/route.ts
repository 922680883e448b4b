import { connection, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { exportResponse } from '@/lib/export/response';
import { publicExportQuerySchema } from '@/lib/export/schema';
import { PUBLIC_WHERE } from '@/lib/export/where';
import { parseQuery, withDb } from '@/lib/http';
import { overPublicLimit } from '@/lib/security/public-limits';

// GET /api/export/stations?format=geojson|csv&locale=zh-CN|en — every public
// station's public fields (no notes), in WGS-84.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(publicExportQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const limited = await overPublicLimit('export', req.headers);
  if (limited) return limited;
  return exportResponse(db, PUBLIC_WHERE, parsed.data.format, 'public', parsed.data.locale);
});

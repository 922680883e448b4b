import type { NextRequest } from 'next/server';
import { currentAdmin } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { exportResponse } from '@/lib/export/response';
import { adminExportFormatSchema } from '@/lib/export/schema';
import { adminExportWhere } from '@/lib/export/where';
import { jsonError, withDb } from '@/lib/http';
import { parseListQuery } from '@/lib/stations/admin/list-query';

// GET /api/export/admin?format=csv|xlsx|geojson&locale=…&<the list's filters>
// — every field of the stations in the signed-in admin's scope.
async function handleGET(req: NextRequest) {
  const admin = await currentAdmin();
  if (!admin) return jsonError(401, 'sign in first');
  const params = Object.fromEntries(req.nextUrl.searchParams);
  const format = adminExportFormatSchema.safeParse(params.format ?? 'csv');
  if (!format.success) return jsonError(400, 'format: csv, xlsx or geojson', 'format');
  const where = adminExportWhere(admin, parseListQuery(params));
  return exportResponse(db, where, format.data, 'admin', params.locale === 'en' ? 'en' : 'zh-CN');
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGET);

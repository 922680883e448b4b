import { connection, type NextRequest } from 'next/server';
import { db } from '@/lib/db';
import { exportEtag, notModified } from '@/lib/export/etag';
import { dataLicense, licenseHeaders } from '@/lib/export/license';
import { exportVersions } from '@/lib/export/public-version';
import { exportResponse, PUBLIC_CACHE } from '@/lib/export/response';
import { publicExportQuerySchema } from '@/lib/export/schema';
import { PUBLIC_WHERE } from '@/lib/export/where';
import { parseQuery, withDb } from '@/lib/http';
import { overPublicLimit } from '@/lib/security/public-limits';

const LICENSE = dataLicense();

// GET /api/export/stations?format=geojson|csv&locale=zh-CN|en — every public
// station's public fields (no notes), in WGS-84: the full public dump, under
// DATA_LICENSE, with an ETag a mirror sends back as If-None-Match.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(publicExportQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  const { format, locale } = parsed.data;
  // Read before any row: the tag may name older data than the file holds (the next ask gets a 200), never newer.
  const etag = exportEtag({ versions: await exportVersions(), format, locale, license: LICENSE });
  const headers = { ETag: etag, ...licenseHeaders(LICENSE) };
  // A 304 is answered before the per-address count and counts nothing: it costs one small shared
  // read, like the map's reads (not counted), and a mirror asking every few minutes as it should
  // must not use up its ten downloads. A tag that does not match goes on, and is counted.
  if (notModified(req.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: { ...headers, 'Cache-Control': PUBLIC_CACHE } });
  }
  const limited = await overPublicLimit('export', req.headers);
  if (limited) return limited;
  return exportResponse(db, PUBLIC_WHERE, format, 'public', locale, { license: LICENSE, headers });
});

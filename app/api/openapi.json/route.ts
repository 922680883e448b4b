import { env } from '@/lib/env';
import { openApiDocument } from '@/lib/export/openapi';

// GET /api/openapi.json — the OpenAPI 3.1 document of the public API. Its
// server URL is the configured public origin (SITE_URL), never the request's
// Host header: a cached copy must not point API clients at whatever host a caller claimed.
export function GET() {
  return Response.json(openApiDocument(new URL(env.SITE_URL).origin), { headers: { 'Cache-Control': 'public, max-age=3600' } });
}

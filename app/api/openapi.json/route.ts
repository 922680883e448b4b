import type { NextRequest } from 'next/server';
import { openApiDocument } from '@/lib/export/openapi';

// GET /api/openapi.json — the OpenAPI 3.1 document of the public API.
export function GET(req: NextRequest) {
  return Response.json(openApiDocument(req.nextUrl.origin), { headers: { 'Cache-Control': 'public, max-age=3600' } });
}

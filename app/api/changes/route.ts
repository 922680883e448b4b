import { connection, type NextRequest } from 'next/server';
import { listChanges } from '@/lib/changes/query';
import { changesQuerySchema } from '@/lib/changes/schema';
import { db } from '@/lib/db';
import { json, parseQuery, withDb } from '@/lib/http';

// GET /api/changes?since=ISO&after=cursor&limit= — station ids created,
// updated or removed (archived) since a time, oldest first, so a mirror of the
// public export stays in step without downloading everything. Not limited per
// client, like the map's reads: one short walk of the updatedAt index a page.
export const GET = withDb(async (req: NextRequest) => {
  await connection();
  const parsed = parseQuery(changesQuerySchema, req.nextUrl.searchParams);
  if (!parsed.ok) return parsed.response;
  return json(await listChanges(db, parsed.data));
});

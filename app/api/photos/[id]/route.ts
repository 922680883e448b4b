import { connection, type NextRequest } from 'next/server';
import { jsonError, withDb } from '@/lib/http';
import { currentAdmin } from '@/lib/auth/session';
import { adminMaySee, photoFile } from '@/lib/photos/queries';
import { readStoredFile } from '@/lib/photos/storage';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

async function adminMaySeeNow(stationId: string): Promise<boolean> {
  const admin = await currentAdmin();
  return !!admin && adminMaySee(admin, stationId);
}

// A photo's bytes never change (a new upload gets a new id), but it stops being
// public when it is deleted or its station archived: caches may keep it for
// 10 minutes, so that is as long as a removed photo can still be seen.
const PUBLIC_CACHE = 'public, max-age=600';

// GET /api/photos/{id}: the stored image. An archived station's photos are
// served only to its admins (their photo page), never cached. nosniff and a
// sandboxing CSP make sure a browser only treats it as the image type we verified.
async function handleGet(_req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await ctx.params;
  if (!ID.test(id)) return jsonError(400, 'id: not a photo id', 'id');
  const photo = await photoFile(id);
  if (!photo || !(photo.public || (await adminMaySeeNow(photo.stationId)))) return jsonError(404, 'photo not found');
  const bytes = await readStoredFile(photo.fileName);
  if (!bytes) return jsonError(404, 'photo not found');
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': photo.mime,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': photo.public ? PUBLIC_CACHE : 'private, no-store',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    },
  });
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);

import { connection, type NextRequest } from 'next/server';
import { jsonError, withDb } from '@/lib/http';
import { photoFile } from '@/lib/photos/queries';
import { readStoredFile } from '@/lib/photos/storage';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

// GET /api/photos/{id}: the stored image. A photo never changes (a new upload
// gets a new id), so it may be cached for a year; nosniff and a sandboxing CSP
// make sure a browser only ever treats it as the image type we verified.
async function handleGet(_req: NextRequest, ctx: { params: Promise<{ id: string }> }) {
  await connection();
  const { id } = await ctx.params;
  if (!ID.test(id)) return jsonError(400, 'id: not a photo id', 'id');
  const photo = await photoFile(id);
  const bytes = photo && (await readStoredFile(photo.fileName));
  if (!photo || !bytes) return jsonError(404, 'photo not found');
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': photo.mime,
      'Content-Length': String(bytes.length),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Content-Disposition': 'inline',
    },
  });
}

// A database outage answers 503 JSON, not 500.
export const GET = withDb(handleGet);

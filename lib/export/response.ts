import type { Readable } from 'node:stream';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/import/vocab-labels';
import type { Audience } from './cells';
import type { DataLicense } from './license';
import { CONTENT_TYPE, exportStream, type ExportFormat } from './formats';
import { stationsWhere } from './stations';
import type { Client } from '@/lib/import/classify';

// An export as a download response, streamed page by page.

/**
 * The public file: any cache may keep it five minutes, then asks again with If-None-Match, which
 * costs a mirror or a proxy a 304 until the data changes.
 */
export const PUBLIC_CACHE = 'public, max-age=300';

/**
 * The file as a web stream, pulled chunk by chunk. Not Readable.toWeb: when
 * the client goes away mid-download it still pushes into the cancelled stream
 * and throws "Controller is already closed" as an uncaught exception.
 */
function webStream(file: Readable): ReadableStream<Uint8Array> {
  const chunks = file[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(typeof value === 'string' ? Buffer.from(value) : new Uint8Array(value as Uint8Array));
    },
    async cancel() {
      file.destroy();
    },
  });
}

/** `public`: the public download's licence and validator headers (ETag, licence), which the admin's has not. */
export type PublicParts = { license: DataLicense; headers: Record<string, string> };

export function exportResponse(
  client: Client, where: Prisma.StationWhereInput, format: ExportFormat, audience: Audience, locale: Locale, pub?: PublicParts,
) {
  const body = webStream(exportStream(format, stationsWhere(client, where), audience, locale, pub?.license));
  const day = new Date().toISOString().slice(0, 10);
  const name = `yizhan-stations-${day}.${format}`;
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPE[format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': audience === 'public' ? PUBLIC_CACHE : 'private, no-store',
      ...pub?.headers,
    },
  });
}

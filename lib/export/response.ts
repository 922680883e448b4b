import type { Readable } from 'node:stream';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/import/vocab-labels';
import type { Audience } from './cells';
import { CONTENT_TYPE, exportStream, type ExportFormat } from './formats';
import { stationsWhere } from './stations';
import type { Client } from '@/lib/import/classify';

// An export as a download response, streamed page by page.

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

export function exportResponse(client: Client, where: Prisma.StationWhereInput, format: ExportFormat, audience: Audience, locale: Locale) {
  const body = webStream(exportStream(format, stationsWhere(client, where), audience, locale));
  const day = new Date().toISOString().slice(0, 10);
  const name = `yizhan-stations-${day}.${format}`;
  return new Response(body, {
    headers: {
      'Content-Type': CONTENT_TYPE[format],
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': audience === 'public' ? 'public, max-age=300' : 'private, no-store',
    },
  });
}

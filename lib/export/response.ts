import { Readable } from 'node:stream';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/import/vocab-labels';
import type { Audience } from './cells';
import { CONTENT_TYPE, exportStream, type ExportFormat } from './formats';
import { stationsWhere } from './stations';
import type { Client } from '@/lib/import/classify';

// An export as a download response, streamed page by page.

export function exportResponse(client: Client, where: Prisma.StationWhereInput, format: ExportFormat, audience: Audience, locale: Locale) {
  const body = Readable.toWeb(exportStream(format, stationsWhere(client, where), audience, locale)) as ReadableStream<Uint8Array>;
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

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { stationCardPng } from '@/components/share-card/station-card';
import { toPageLocale } from '@/components/station-page/words';
import { routing } from '@/i18n/routing';
import { isDbUnavailable } from '@/lib/db-errors';
import { cardStation } from '@/lib/share-card/queries';
import { CardsBusyError } from '@/lib/share-card/render-gate';
import { stationIdSchema } from '@/lib/stations/schema';

// A station's share card (its page's og:image): /stations/{id}/og.png in Chinese (next.config.ts
// rewrites it here), /en/stations/{id}/og.png in English. A path with a dot skips the proxy, so the
// locale segment is checked here. Cached in the process (lib/share-card/png-cache.ts) and by
// crawlers for a day: the page links it with ?v= (the station's last edit), so an edit gets a new URL.

type Ctx = { params: Promise<{ locale: string; id: string }> };

const CARD_CACHE = 'public, max-age=86400, stale-while-revalidate=86400';

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra } });

/** If-None-Match holds this ETag (a list, weak or not). */
function matches(req: Request, etag: string): boolean {
  const header = req.headers.get('if-none-match');
  return !!header && header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag);
}

/** Never a 500: the database away or too many cards being drawn is a 503 to retry; a failed render answers the site-wide picture, briefly cached. */
async function failed(error: unknown): Promise<Response> {
  if (isDbUnavailable(error)) return plain(503, 'The database is briefly unavailable: try again.', { 'Retry-After': '5' });
  if (error instanceof CardsBusyError) return plain(503, 'Too many share images are being drawn: try again.', { 'Retry-After': '5' });
  console.error(error);
  const site = await readFile(path.join(process.cwd(), 'public', 'og-image.png')).catch(() => null);
  if (!site) return plain(503, 'The share image could not be drawn: try again.', { 'Retry-After': '60' });
  return new Response(new Uint8Array(site), { status: 200, headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=300' } });
}

export async function GET(req: Request, ctx: Ctx): Promise<Response> {
  const { locale, id } = await ctx.params;
  const known = (routing.locales as readonly string[]).includes(locale) && stationIdSchema.safeParse(id).success;
  try {
    const s = known ? await cardStation(id, new Date()) : null;
    if (!s) return plain(404, 'No such station.');
    const card = await stationCardPng(toPageLocale(locale), s);
    const headers = { 'Cache-Control': CARD_CACHE, ETag: card.etag };
    if (matches(req, card.etag)) return new Response(null, { status: 304, headers });
    return new Response(card.bytes, { status: 200, headers: { 'Content-Type': 'image/png', ...headers } });
  } catch (error) {
    return failed(error);
  }
}

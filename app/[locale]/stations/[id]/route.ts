import { headers } from 'next/headers';
import { cachedStationResponse, errorResponse, notFoundResponse, stationResponse } from '@/components/station-page/render';
import { toPageLocale } from '@/components/station-page/words';
import { careMode } from '@/lib/care/server';
import { isDbUnavailable } from '@/lib/db-errors';
import { answerConfirm } from '@/lib/confirmations/answer';
import { answerReport } from '@/lib/reports/answer';
import { answerReview } from '@/lib/reviews/answer';
import { REVIEW_FORM_NAME } from '@/lib/reviews/vocab';
import { newNonce, pagePolicy } from '@/lib/security/headers';
import { isSameOrigin } from '@/lib/security/same-origin';
import { getPublicStation } from '@/lib/stations/queries';
import { stationIdSchema } from '@/lib/stations/schema';

// The public station page: what a shared link opens, often in WeChat on a weak
// signal. A route handler rather than a page, so that it ships no React and no
// router (the ~132 KB gzip every App Router page loads to hydrate): plain
// server-rendered HTML (components/station-page, hono/jsx) that works fully
// without JavaScript, plus one tiny inline script for the service worker and
// the offline notice. The report form posts here (POST), not to a server action.

type Ctx = { params: Promise<{ locale: string; id: string }> };

/**
 * The page's language and nonce, the id as written, and the id when it is well formed. A well-formed id
 * skips the proxy (proxy.ts): the nonce is then this request's own (`ownPolicy`, for the response). Only
 * the proxy can have set `x-nonce`: the server drops one a client sends (scripts/lib/serve-next.mjs).
 */
async function request(ctx: Ctx) {
  const { locale, id } = await ctx.params;
  const h = await headers();
  const parsed = stationIdSchema.safeParse(id);
  const proxied = h.get('x-nonce');
  const nonce = proxied ?? newNonce();
  const ownPolicy = proxied ? null : pagePolicy(nonce, process.env.NODE_ENV === 'development');
  // Care mode (关怀模式) from the device's cookie: the page cache keeps a care page apart (render.tsx).
  return { page: { locale: toPageLocale(locale), nonce, care: await careMode() }, id, validId: parsed.success ? parsed.data : null, headers: h, ownPolicy };
}

type PageRequest = Awaited<ReturnType<typeof request>>;

/** A failure (the database away, most often) answers a page that says so in words, not Next's bare 500. */
function failSafe(handler: (req: Request, c: PageRequest) => Promise<Response>) {
  return async (req: Request, ctx: Ctx): Promise<Response> => {
    const c = await request(ctx);
    let res: Response;
    try {
      res = await handler(req, c);
    } catch (error) {
      const unavailable = isDbUnavailable(error);
      if (!unavailable) console.error(error);
      res = await errorResponse(c.page, c.id, unavailable);
    }
    if (c.ownPolicy) res.headers.set('Content-Security-Policy', c.ownPolicy);
    return res;
  };
}

export const GET = failSafe(async (_req, { page, id, validId }) => {
  const response = validId ? await cachedStationResponse(page, validId) : null;
  return response ?? notFoundResponse(page, id);
});

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

/**
 * The page's forms, without JavaScript (the hidden field `form` says which: the one-tap confirmation, else the
 * problem report): the page again, with the thanks or with the refusal inline (400; 429 over a limit).
 */
export const POST = failSafe(async (req, c) => {
  const station = c.validId ? await getPublicStation(c.validId, new Date()) : null;
  // As Next does for server actions: a form from another site may not post here.
  if (!isSameOrigin(c.headers)) return plain(403, 'Forbidden: the form was posted from another site.');
  if (!station) return notFoundResponse(c.page, c.id, true);
  const form = await req.formData().catch(() => null);
  if (!form) return plain(400, 'Bad request: expected a form.');
  // The station and language are the page's, whatever the form says.
  form.set('stationId', station.id);
  form.set('locale', c.page.locale);
  if (form.get('form') === 'confirm') {
    const confirm = await answerConfirm(form, c.headers);
    // The page shows what the tap changed (confirmed, uncertain): read again after the write.
    const fresh = (confirm.done && (await getPublicStation(station.id, new Date()))) || station;
    return stationResponse(c.page, fresh, { confirm }, confirm.status);
  }
  if (form.get('form') === REVIEW_FORM_NAME) {
    const review = await answerReview(form, c.headers);
    return stationResponse(c.page, station, { review: { state: review, answered: true } }, review.status);
  }
  const state = await answerReport(form, c.headers);
  return stationResponse(c.page, station, { report: { state, answered: true } }, state.done ? 200 : 400);
});

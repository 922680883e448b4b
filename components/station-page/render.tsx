/** @jsxImportSource hono/jsx */
import 'server-only';
import { stationPlace } from '@/lib/divisions/place-label';
import { env } from '@/lib/env';
import { formatSchedule } from '@/lib/hours-format';
import { publicPhotos } from '@/lib/photos/queries';
import { CONFIRM_INITIAL, type ConfirmState } from '@/lib/confirmations/state';
import { REPORT_INITIAL, type ReportState } from '@/lib/reports/state';
import { publishedReviews } from '@/lib/reviews/queries';
import { REVIEW_INITIAL } from '@/lib/reviews/state';
import { getPublicStation, publicVersion, sampleRowsExist } from '@/lib/stations/queries';
import { shareImage } from '@/components/share-card/station-card';
import type { PublicStation } from '@/lib/stations/types';
import { StationDocument, type Head } from './document';
import { cachedPage, pageValidUntil } from './page-cache';
import { pageCss, pageCssBytes } from './page-css';
import { fillTemplate, hole, toTemplate } from './page-template';
import { ConfirmForm } from './confirm-form';
import { FavouriteToggle } from './favourite-toggle';
import { ReportForm } from './report-form';
import { ReviewSection, type ReviewAnswer } from './review-section';
import { StationDetails } from './station-details';
import { StationPhotos } from './station-photos';
import { loadWords, otherLocale, sitePath, stationPath, type PageLocale, type Words } from './words';
import type { Child } from 'hono/jsx';

// The station page and its 404 as complete HTML documents (no React, no
// hydration: see app/[locale]/stations/[id]/route.ts).


/** `care`: the device asked for care mode (关怀模式, lib/care/mode.ts): a page of its own in the page cache. */
type Ctx = { locale: PageLocale; nonce: string | null; care?: boolean };
type StationPage = { w: Words; head: Head; main: Child; sample: boolean };

/** The whole document; `css` and the nonce may be template holes. */
async function documentHtml(ctx: Ctx, w: Words, head: Head, main: Child, css: string, sample: boolean): Promise<string> {
  const page = (
    <StationDocument w={w} head={head} site={env.SITE_URL} css={css} nonce={ctx.nonce} sample={sample} script={process.env.NODE_ENV === 'production'} care={ctx.care}>
      {main}
    </StationDocument>
  );
  return `<!DOCTYPE html>${await page.toString()}`;
}

function htmlResponse(body: string | Uint8Array<ArrayBuffer>, status: number, extraHeaders: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-cache, no-store, max-age=0, must-revalidate', ...extraHeaders },
  });
}

async function document(ctx: Ctx, w: Words, head: Head, main: Child, status: number, extraHeaders: Record<string, string> = {}, knownSample?: boolean): Promise<Response> {
  const [css, sample] = await Promise.all([pageCss(), knownSample ?? sampleRowsExist()]);
  return htmlResponse(await documentHtml(ctx, w, head, main, css, sample), status, extraHeaders);
}

/** The head of a page that is not a station's (404, failure): no share tags, the station URL in both languages. */
function plainHead(ctx: Ctx, w: Words, id: string, title: string): Head {
  const path = (locale: PageLocale) => stationPath(locale, encodeURIComponent(id));
  return { title: `${title} · ${w.meta('title')}`, description: w.meta('description'), path: path(ctx.locale), altPath: path(otherLocale(ctx.locale)) };
}

/** What the page's forms show: empty, or the answer to the one just posted (the route's POST). */
export type PageAnswers = { report: { state: ReportState; answered: boolean }; confirm: ConfirmState; review: ReviewAnswer };
export const NO_ANSWERS: PageAnswers = { report: { state: REPORT_INITIAL, answered: false }, confirm: CONFIRM_INITIAL, review: { state: REVIEW_INITIAL, answered: false } };

/** A station's page (head and main), the same for every request until the station or the day changes. */
async function stationPage(locale: PageLocale, s: PublicStation, now: Date, answers: PageAnswers): Promise<StationPage> {
  const [w, photos, sample, reviews] = await Promise.all([loadWords(locale), publicPhotos(s.id), sampleRowsExist(), publishedReviews(s.id)]);
  const description = w.meta('stationDescription', {
    kind: w.kinds(s.kind), county: stationPlace(s, locale), address: s.address, hours: formatSchedule(s.schedule, locale),
  });
  // The station's own share card, in the page's language (components/share-card; /stations/{id}/og.png).
  const image = await shareImage(locale, s);
  const head: Head = {
    title: `${s.name} · ${w.meta('title')}`, description, path: stationPath(locale, s.id), altPath: stationPath(otherLocale(locale), s.id),
    share: { title: s.name, description, image },
  };
  const main = (
    <main id="main" class="station-page">
      <p><a href={sitePath(locale)}>← {w.station('backToMap')}</a></p>
      <FavouriteToggle station={s} w={w} />
      <StationDetails station={s} now={now} w={w} />
      <ConfirmForm stationId={s.id} stationName={s.name} state={answers.confirm} w={w} />
      <StationPhotos name={s.name} photos={photos} w={w} />
      <ReportForm stationId={s.id} state={answers.report.state} answered={answers.report.answered} w={w} />
      <ReviewSection stationId={s.id} grade={s.grade} reviews={reviews} answer={answers.review} w={w} />
      <p><a href={sitePath(locale, `?s=${s.id}&at=${s.lat},${s.lng},16`)}>{w.station('showOnMap')}</a></p>
      <p class="muted">{w.station('coords')}: {s.lat.toFixed(6)}, {s.lng.toFixed(6)}</p>
    </main>
  );
  return { w, head, main, sample };
}

/** The page with a form's answer (the form's POST): rendered for this request alone. */
export async function stationResponse(ctx: Ctx, s: PublicStation, answers: Partial<PageAnswers>, status: number): Promise<Response> {
  const p = await stationPage(ctx.locale, s, new Date(), { ...NO_ANSWERS, ...answers });
  return document(ctx, p.w, p.head, p.main, status, {}, p.sample);
}

/** The proxy's nonces are base64: safe inside an attribute as they are. */
const SAFE_NONCE = /^[A-Za-z0-9+/=_-]{8,128}$/;

/** The page as a shared link opens it (GET), from the page cache; null when there is no such public station. */
export async function cachedStationResponse(ctx: Ctx, id: string): Promise<Response | null> {
  const now = new Date();
  if (!ctx.nonce || !SAFE_NONCE.test(ctx.nonce)) {
    const s = await getPublicStation(id, now);
    return s && stationResponse(ctx, s, NO_ANSWERS, 200);
  }
  const version = await publicVersion();
  const page = await cachedPage(`${ctx.locale}:${id}${ctx.care ? ':care' : ''}`, version, now, async () => {
    const s = await getPublicStation(id, now);
    if (!s) return null;
    const p = await stationPage(ctx.locale, s, now, NO_ANSWERS);
    const html = await documentHtml({ locale: ctx.locale, nonce: hole('Nonce'), care: ctx.care }, p.w, p.head, p.main, hole('Css'), p.sample);
    return { template: toTemplate(html), validUntil: pageValidUntil(s, now) };
  });
  return page && htmlResponse(fillTemplate(page, { Css: await pageCssBytes(), Nonce: Buffer.from(ctx.nonce) }), 200);
}

/**
 * Unknown, archived or malformed id: a 404 page in the page's language, with the way back to the map.
 * `reportRefused`: a report was posted for it (archived while the form was open), so the page says why it was not taken.
 */
export async function notFoundResponse(ctx: Ctx, id: string, reportRefused = false): Promise<Response> {
  const w = await loadWords(ctx.locale);
  return document(ctx, w, plainHead(ctx, w, id, w.errors('notFoundTitle')), (
    <main id="main" class="station-page">
      <h1>{w.errors('notFoundTitle')}</h1>
      {reportRefused && <p role="alert" class="form-error">{w.reports('errors.station')}</p>}
      <p>{w.errors('notFoundBody')}</p>
      <p><a href={sitePath(ctx.locale)}>{w.errors('home')}</a></p>
    </main>
  ), 404);
}

/**
 * The page could not be rendered (most often the database is briefly away: 503 with Retry-After), in words,
 * as app/[locale]/error.tsx says it on the React pages. "Try again" is a GET form to this same URL: no JavaScript needed.
 */
export async function errorResponse(ctx: Ctx, id: string, unavailable: boolean): Promise<Response> {
  const w = await loadWords(ctx.locale);
  return document(ctx, w, plainHead(ctx, w, id, w.errorsDb('title')), (
    <main id="main" class="station-page" role="alert">
      <h1>{w.errorsDb('title')}</h1>
      <p>{w.errorsDb('body')}</p>
      <form method="get">
        <button type="submit">{w.errorsDb('retry')}</button> <a href={sitePath(ctx.locale)}>{w.errorsDb('home')}</a>
      </form>
    </main>
  ), unavailable ? 503 : 500, unavailable ? { 'Retry-After': '5' } : {});
}

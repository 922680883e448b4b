import { connection, type NextRequest } from 'next/server';
import { json, jsonError, readJsonObject, withDb } from '@/lib/http';
import { complaintPath } from '@/lib/complaints/token';
import { reviewableStation, submitReview } from '@/lib/reviews/mutations';
import { publishedReviews, stationGrade } from '@/lib/reviews/queries';
import { readReviewJson, type ReviewField } from '@/lib/reviews/schema';
import { REVIEWS_PER_HOUR } from '@/lib/reviews/throttle';
import { REVIEW_TEXT_MAX } from '@/lib/reviews/vocab';
import { requestClient } from '@/lib/security/request-client';
import { stationIdSchema } from '@/lib/stations/schema';

// GET /api/stations/{id}/reviews: the grade and the newest published reviews (the map's panel).
// POST /api/stations/{id}/reviews {stars, text}: a review, no account, moderated before it shows.
// 201 {review: {id, status: 'pending'}, track}, where track is the private path to follow the
// complaint a review of two stars or fewer opens (null otherwise); 400 naming the field; 404; 429
// with Retry-After; 413 for a body over the limit; 503 while the database is away. No cookies.

type Ctx = { params: Promise<{ id: string }> };

const MESSAGES: Record<string, string> = {
  stars: 'an integer from 1 to 5',
  textTooLong: `at most ${REVIEW_TEXT_MAX} characters`,
  textRequired: 'required for a review of 2 stars or fewer: say what went wrong',
  noLinks: 'links and web addresses are not allowed',
  invalid: 'a string expected',
};

async function stationOf(ctx: Ctx) {
  const parsed = stationIdSchema.safeParse((await ctx.params).id);
  return parsed.success ? parsed.data : null;
}

export const GET = withDb(async (_req: NextRequest, ctx: Ctx) => {
  await connection();
  const id = await stationOf(ctx);
  if (!id) return jsonError(400, 'id: not a station id', 'id');
  if (!(await reviewableStation(id))) return jsonError(404, 'station not found');
  const [grade, reviews] = await Promise.all([stationGrade(id), publishedReviews(id)]);
  return json({ grade, reviews });
});

export const POST = withDb(async (req: NextRequest, ctx: Ctx) => {
  const id = await stationOf(ctx);
  if (!id) return jsonError(400, 'id: not a station id', 'id');
  const body = await readJsonObject(req);
  if (!body.ok) return body.response;
  const read = readReviewJson(body.data);
  if (read.kind === 'invalid') {
    // The first problem, as every 400 of the API: stars before text.
    const [field, key] = (Object.entries(read.errors)[0] ?? ['body', 'invalid']) as [ReviewField | 'body', string];
    return jsonError(400, `${field}: ${MESSAGES[key] ?? 'invalid'}`, field);
  }
  const outcome = await submitReview({ stationId: id, ...read.data }, requestClient(req.headers));
  if (outcome.kind === 'station') return jsonError(404, 'station not found');
  if (outcome.kind === 'done') {
    const track = outcome.token ? complaintPath('zh-CN', outcome.token) : null;
    return Response.json({ review: { id: outcome.id, status: 'pending' }, track }, { status: 201, headers: { 'Cache-Control': 'no-store' } });
  }
  const message = outcome.kind === 'already'
    ? `this client already reviewed this station today; retry in ${outcome.waitS} s`
    : `too many reviews: at most ${REVIEWS_PER_HOUR} an hour from one client; retry in ${outcome.waitS} s`;
  const res = jsonError(429, message);
  res.headers.set('Retry-After', String(outcome.waitS));
  return res;
});

import { type NextRequest } from 'next/server';
import { confirmStation } from '@/lib/confirmations/mutations';
import { confirmationSchema } from '@/lib/confirmations/schema';
import { CONFIRMATIONS_PER_CLIENT_PER_HOUR } from '@/lib/confirmations/vocab';
import { fieldError, jsonError, readJsonObject, withDb } from '@/lib/http';
import { requestClient } from '@/lib/security/request-client';
import { stationIdSchema } from '@/lib/stations/schema';

// POST /api/stations/{id}/confirmations {kind: open|locked|gone}: a worker's
// one-tap word, no account. 204, or 400 naming the field, 404, 429 with Retry-After.
export const POST = withDb(async (req: NextRequest, ctx: { params: Promise<{ id: string }> }) => {
  const { id } = await ctx.params;
  const stationId = stationIdSchema.safeParse(id);
  if (!stationId.success) return jsonError(400, 'id: not a station id', 'id');
  const body = await readJsonObject(req);
  if (!body.ok) return body.response;
  const input = confirmationSchema.safeParse(body.data);
  if (!input.success) return fieldError(input.error);
  const outcome = await confirmStation(stationId.data, input.data.kind, requestClient(req.headers));
  if (outcome.kind === 'station') return jsonError(404, 'station not found');
  if (outcome.kind === 'done') return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
  const message = outcome.kind === 'again'
    ? `this device already gave its word on this station within the hour; retry in ${outcome.waitS} s`
    : `too many confirmations: at most ${CONFIRMATIONS_PER_CLIENT_PER_HOUR} an hour from one address; retry in ${outcome.waitS} s`;
  const res = jsonError(429, message);
  res.headers.set('Retry-After', String(outcome.waitS));
  return res;
});

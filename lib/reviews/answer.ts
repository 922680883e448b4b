import 'server-only';
import { getTranslations } from 'next-intl/server';
import { complaintPath } from '@/lib/complaints/token';
import { isDbUnavailable } from '@/lib/db-errors';
import { requestClient } from '@/lib/security/request-client';
import { submitReviewForm, type ReviewFormOutcome } from './form-actions';
import type { ReviewState } from './state';
import { REVIEW_TEXT_MAX } from './vocab';

// One answer to the public review form, in words: shared by the server action
// of the map's panel (actions.ts) and the station page's plain POST
// (app/[locale]/stations/[id]/route.ts), so both validate, rate-limit and
// honour the honeypot the same way. A database away keeps what was typed and
// asks for a retry: nothing the worker wrote is lost.

const STATUS = { invalid: 400, station: 404, tooMany: 429, already: 429 } as const;

export async function answerReview(form: FormData, requestHeaders: Headers): Promise<ReviewState> {
  const raw = Object.fromEntries(form);
  const locale = raw.locale === 'en' ? 'en' : 'zh-CN';
  const t = await getTranslations({ locale, namespace: 'reviews' });
  const values = { stars: String(raw.stars ?? '').slice(0, 2), text: String(raw.text ?? '').slice(0, REVIEW_TEXT_MAX * 2) };
  let result: ReviewFormOutcome;
  try {
    result = await submitReviewForm(form, requestClient(requestHeaders));
  } catch (error) {
    if (!isDbUnavailable(error)) throw error;
    return { done: false, error: t('errors.unavailable'), fields: {}, values, track: null, status: 503 };
  }
  if (result.kind === 'done') {
    const track = result.token ? complaintPath(locale, result.token) : null;
    return { done: true, error: null, fields: {}, values: { stars: '', text: '' }, track, status: 200 };
  }
  const refuse = (error: string | null, fields: ReviewState['fields'] = {}): ReviewState => ({ done: false, error, fields, values, track: null, status: STATUS[result.kind] });
  if (result.kind === 'invalid') {
    const fields = Object.fromEntries(Object.entries(result.errors).map(([k, v]) => [k, t(`errors.${v}`, { max: REVIEW_TEXT_MAX })]));
    return refuse(fields.stationId ?? null, fields);
  }
  if (result.kind === 'station') return refuse(t('errors.station'));
  return refuse(t(`errors.${result.kind}`, { minutes: Math.ceil(result.waitS / 60), hours: Math.ceil(result.waitS / 3600) }));
}

import { z } from 'zod';
import { stationIdSchema } from '@/lib/stations/schema';
import { dropNul } from '@/lib/storable-text';
import { hasLink } from './links';
import { COMPLAINT_STARS_MAX, REVIEW_HONEYPOT_FIELD, REVIEW_REPLY_MAX, REVIEW_TEXT_MAX } from './vocab';

// One schema per input, shared by the station page's form, the panel's action,
// the JSON API and the tests. Messages are keys of the "reviews.errors" translations.

const lf = (s: string) => s.replace(/\r\n?/g, '\n');
const locale = z.enum(['zh-CN', 'en']).catch('zh-CN');
const id = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/);

/** A form sends the chosen radio's value; JSON a number. Neither is coerced from anything else. */
const formStars = z.string({ message: 'stars' }).regex(/^[1-5]$/, 'stars').transform(Number);
const jsonStars = z.number({ message: 'stars' }).int('stars').min(1, 'stars').max(5, 'stars');

// Browsers send a textarea's line breaks as CRLF; its maxlength counts them as one.
const text = z
  .string({ message: 'invalid' })
  .nullish()
  .transform((v) => dropNul(lf(v ?? '')))
  .pipe(z.string().trim().max(REVIEW_TEXT_MAX, 'textTooLong').refine((v) => !hasLink(v), 'noLinks'));

// A low grade is a complaint: the union must learn what went wrong. (Zod runs this even when the
// stars were refused, so a refused 0 stays a problem of the stars alone.)
const isComplaint = (stars: number) => Number.isInteger(stars) && stars >= 1 && stars <= COMPLAINT_STARS_MAX;
const explained = (r: { stars: number; text: string }) => !isComplaint(r.stars) || r.text.length > 0;
const required = { path: ['text'], message: 'textRequired' };

export const reviewFormSchema = z.object({ stationId: stationIdSchema, stars: formStars, text, locale }).refine(explained, required);
export type ReviewInput = z.infer<typeof reviewFormSchema>;

/** The API's body: the station is the URL's. */
export const reviewJsonSchema = z.object({ stars: jsonStars, text }).refine(explained, required);

export const reviewDecisionSchema = z.object({ reviewId: id, decision: z.enum(['publish', 'reject']), locale });
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const reviewReplySchema = z.object({
  reviewId: id,
  reply: z.string().transform((v) => dropNul(lf(v))).pipe(z.string().trim().min(1, 'replyRequired').max(REVIEW_REPLY_MAX, 'replyTooLong')),
  locale,
});
export type ReviewReply = z.infer<typeof reviewReplySchema>;

export type ReviewField = 'stationId' | 'stars' | 'text';
export type ReviewFieldErrors = Partial<Record<ReviewField, string>>;
const ERROR_KEYS = new Set(['stars', 'textTooLong', 'textRequired', 'noLinks', 'invalid']);

export type ReadReview<T> = { kind: 'ok'; data: T } | { kind: 'spam' } | { kind: 'invalid'; errors: ReviewFieldErrors };

/** A filled honeypot means a bot: the caller answers as if it worked and stores nothing. */
export function isHoneypotFilled(raw: Record<string, unknown>): boolean {
  const v = raw[REVIEW_HONEYPOT_FIELD];
  return typeof v === 'string' ? v.trim() !== '' : v !== undefined && v !== null;
}

function read<S extends z.ZodType>(schema: S, raw: unknown): Exclude<ReadReview<z.infer<S>>, { kind: 'spam' }> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { kind: 'ok', data: parsed.data };
  const errors: ReviewFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] === 'stationId' || issue.path[0] === 'stars' ? issue.path[0] : 'text';
    const key = field === 'stationId' ? 'station' : ERROR_KEYS.has(issue.message) ? issue.message : field === 'stars' ? 'stars' : 'invalid';
    errors[field] ??= key;
  }
  return { kind: 'invalid', errors };
}

/** Reads the review form: spam first, then the schema's first problem per field. */
export function readReviewForm(raw: Record<string, unknown>): ReadReview<ReviewInput> {
  return isHoneypotFilled(raw) ? { kind: 'spam' } : read(reviewFormSchema, raw);
}

/** Reads the API's JSON body (anything JSON.parse gave; the route has refused what is no object). No honeypot: that is the form's. */
export function readReviewJson(body: unknown): Exclude<ReadReview<z.infer<typeof reviewJsonSchema>>, { kind: 'spam' }> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'invalid', errors: { stars: 'stars' } };
  return read(reviewJsonSchema, body);
}

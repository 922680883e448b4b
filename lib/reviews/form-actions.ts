import 'server-only';
import type { Admin } from '@/lib/permissions/roles';
import { decideReview, replyToReview } from './moderation';
import { submitReview, type SubmitOutcome } from './mutations';
import { readReviewForm, reviewDecisionSchema, reviewReplySchema, type ReviewFieldErrors } from './schema';

// The review forms' work, apart from their actions (session, words,
// redirects) so that tests can drive them with any FormData.

export type ReviewFormOutcome =
  | { kind: 'done'; stars: number; token: string | null }
  | { kind: 'invalid'; errors: ReviewFieldErrors }
  | Exclude<SubmitOutcome, { kind: 'done' }>;

/** A public review from `ip`. A bot (filled honeypot) is told "done" and nothing is stored. */
export async function submitReviewForm(form: FormData, ip: string): Promise<ReviewFormOutcome> {
  const read = readReviewForm(Object.fromEntries(form));
  if (read.kind === 'spam') return { kind: 'done', stars: 5, token: null };
  if (read.kind === 'invalid') return read;
  const outcome = await submitReview(read.data, ip);
  return outcome.kind === 'done' ? { kind: 'done', stars: read.data.stars, token: outcome.token } : outcome;
}

export type ModerateOutcome = { error: 'badDecision' | 'badReply' | 'forbidden' | 'alreadyDecided' | 'notPublished' } | { error: null; done: 'publish' | 'reject' | 'reply' };

const errorOf = { forbidden: 'forbidden', decided: 'alreadyDecided', notPublished: 'notPublished' } as const;

/** Publish or reject one review. Scope is checked in decideReview's query, whatever the form says. */
export async function decideReviewForm(admin: Admin, form: FormData): Promise<ModerateOutcome> {
  const parsed = reviewDecisionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: 'badDecision' };
  const result = await decideReview(admin, parsed.data);
  return result === 'ok' ? { error: null, done: parsed.data.decision } : { error: errorOf[result] };
}

/** Answer one published review in scope. */
export async function replyReviewForm(admin: Admin, form: FormData): Promise<ModerateOutcome> {
  const parsed = reviewReplySchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { error: 'badReply' };
  const result = await replyToReview(admin, parsed.data);
  return result === 'ok' ? { error: null, done: 'reply' } : { error: errorOf[result] };
}

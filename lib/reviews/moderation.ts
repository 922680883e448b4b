import 'server-only';
import { bumpReviewsVersion, recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { stationScope, type Admin } from '@/lib/permissions/roles';
import type { ReviewDecision, ReviewReply } from './schema';

// The admins' side of reviews: publish or reject a pending one, answer a
// published one. Scope is part of each query, so a review outside it is
// indistinguishable from a missing one; each write has its audit entry and
// moves the station pages' version in the same transaction.

export type ModerateResult = 'ok' | 'forbidden' | 'decided' | 'notPublished';

export async function decideReview(admin: Admin, input: Pick<ReviewDecision, 'reviewId' | 'decision'>): Promise<ModerateResult> {
  return db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({ where: { id: input.reviewId, station: stationScope(admin) } });
    if (!review) return 'forbidden';
    const status = input.decision === 'publish' ? 'published' : 'rejected';
    // Conditional on still pending: two admins deciding at once cannot both win.
    const updated = await tx.review.updateMany({ where: { id: review.id, status: 'pending' }, data: { status, decidedAt: new Date(), decidedBy: admin.email } });
    if (updated.count === 0) return 'decided';
    await recordAudit(tx, admin, {
      action: input.decision === 'publish' ? 'review_publish' : 'review_reject',
      stationId: review.stationId,
      countyCode: review.countyCode,
      before: { reviewId: review.id, status: review.status, stars: review.stars, text: review.text },
      after: { reviewId: review.id, status },
    });
    await bumpReviewsVersion(tx);
    return 'ok';
  });
}

/** The union's public answer under a published review; a new answer replaces the last one (both in the log). */
export async function replyToReview(admin: Admin, input: Pick<ReviewReply, 'reviewId' | 'reply'>): Promise<ModerateResult> {
  return db.$transaction(async (tx) => {
    const review = await tx.review.findFirst({ where: { id: input.reviewId, station: stationScope(admin) } });
    if (!review) return 'forbidden';
    const updated = await tx.review.updateMany({
      where: { id: review.id, status: 'published' },
      data: { reply: input.reply, repliedAt: new Date(), repliedBy: admin.email },
    });
    if (updated.count === 0) return 'notPublished';
    await recordAudit(tx, admin, {
      action: 'review_reply',
      stationId: review.stationId,
      countyCode: review.countyCode,
      before: { reviewId: review.id, reply: review.reply },
      after: { reviewId: review.id, reply: input.reply },
      note: input.reply,
    });
    await bumpReviewsVersion(tx);
    return 'ok';
  });
}

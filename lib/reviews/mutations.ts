import 'server-only';
import { openComplaint } from '@/lib/complaints/mutations';
import { db } from '@/lib/db';
import { clientHash } from '@/lib/security/client-hash';
import { takeReviewSlot } from './throttle';
import { COMPLAINT_STARS_MAX } from './vocab';

// A public review: stored pending (nothing shows before an admin publishes
// it), with the client's weekly hash and nothing else of its sender. A review
// of two stars or fewer is also a complaint to the station's county union, in
// the same transaction, and its sender gets the private token to follow it.

export type NewReview = { stationId: string; stars: number; text: string };

export type SubmitOutcome =
  | { kind: 'done'; id: string; token: string | null }
  | { kind: 'station' }
  | { kind: 'tooMany' | 'already'; waitS: number };

/** The county of a station the public may review (exists, not archived), or null. */
export async function reviewableStation(stationId: string): Promise<{ countyCode: string } | null> {
  return db.station.findFirst({ where: { id: stationId, archivedAt: null }, select: { countyCode: true } });
}

/** Stores a pending review (and its complaint); `token` is the complaint's private one, null above two stars. */
export async function createReview(input: NewReview, countyCode: string, hash: string, now = new Date()): Promise<{ id: string; token: string | null }> {
  return db.$transaction(async (tx) => {
    const review = await tx.review.create({
      data: { stationId: input.stationId, countyCode, stars: input.stars, text: input.text, clientHash: hash, createdAt: now },
      select: { id: true },
    });
    if (input.stars > COMPLAINT_STARS_MAX) return { id: review.id, token: null };
    const complaint = await openComplaint(tx, {
      stationId: input.stationId, countyCode, category: 'review', text: input.text, reviewId: review.id, track: true,
    }, now);
    return { id: review.id, token: complaint.token };
  });
}

/** A review from the client at `address`: the station checked, the limits taken, then stored. A refusal writes nothing but its count. */
export async function submitReview(input: NewReview, address: string, now = new Date()): Promise<SubmitOutcome> {
  const station = await reviewableStation(input.stationId);
  if (!station) return { kind: 'station' };
  const hash = await clientHash(address, now);
  const slot = await takeReviewSlot(hash, input.stationId);
  if (slot.kind !== 'ok') return slot;
  return { kind: 'done', ...(await createReview(input, station.countyCode, hash, now)) };
}

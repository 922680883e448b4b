'use server';
import { headers } from 'next/headers';
import { answerReview } from './answer';
import type { ReviewState } from './state';

// The review form of the map's panel posts here. Lives in lib/ because the
// panel is on the map page; the station page (no React) posts to its own
// route, and both go through answerReview. No sign-in: the honeypot and the
// per-client limits keep it sane.

export async function sendReview(_prev: ReviewState, form: FormData): Promise<ReviewState> {
  return answerReview(form, await headers());
}

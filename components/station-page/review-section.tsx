import 'server-only';
import { reviewSectionView } from '@/components/reviews/review-section-view';
import type { ReviewItem, ReviewState } from '@/lib/reviews/state';
import type { Grade } from '@/lib/reviews/vocab';
import { toHono } from './render-markup';
import type { Words } from './words';

export type ReviewAnswer = { state: ReviewState; answered: boolean };

/**
 * The station's grade, published reviews and review form on the station page, with no JavaScript:
 * the one section (components/reviews/review-section-view.ts) as plain HTML, its form posting to the
 * page's own URL (the route's POST, hidden field form=review), which answers with the page again.
 */
export function ReviewSection({ stationId, grade, reviews, answer, w }: { stationId: string; grade: Grade | null; reviews: ReviewItem[]; answer: ReviewAnswer; w: Words }) {
  return toHono(reviewSectionView({
    stationId, grade, reviews, state: answer.state, answered: answer.answered, words: { locale: w.locale, reviews: w.reviews },
    level: 2, idPrefix: 'review', form: { method: 'post' },
  }));
}

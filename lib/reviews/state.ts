import type { ReviewFieldErrors } from './schema';

/**
 * What the public review form shows after an answer. `values` gives the form back what was typed
 * (React resets a form after its action runs); `track` is the private link to follow a complaint
 * (a review of two stars or fewer); `status` the HTTP status the station page answers with.
 */
export type ReviewState = {
  done: boolean; error: string | null; fields: ReviewFieldErrors; values: { stars: string; text: string }; track: string | null; status: number;
};

export const REVIEW_INITIAL: ReviewState = { done: false, error: null, fields: {}, values: { stars: '', text: '' }, track: null, status: 200 };

/** A published review as the public sees it (the API's JSON and the page's markup). */
export type ReviewItem = { id: string; stars: number; text: string; createdAt: string; reply: string | null; repliedAt: string | null };

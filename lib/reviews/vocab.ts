// What the public may write in a review, and its limits. No zod here: the
// map's client bundle imports these constants, and schema.ts enforces them.

export const REVIEW_STARS = [1, 2, 3, 4, 5] as const;
export const REVIEW_TEXT_MAX = 300;
/** The union's public answer under a review. */
export const REVIEW_REPLY_MAX = 500;
/** A review of this many stars or fewer is also a complaint (lib/complaints/): it must say what went wrong. */
export const COMPLAINT_STARS_MAX = 2;

export const REVIEW_STATUSES = ['pending', 'published', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The honeypot's name, as on the report form: hidden from people, filled in by form-filling bots. */
export const REVIEW_HONEYPOT_FIELD = 'website';
/** The station page's forms post to one URL; this hidden field says which one it is. */
export const REVIEW_FORM_NAME = 'review';

/** A station's grade: mean stars of its published reviews (one decimal) and how many. */
export type Grade = { stars: number; count: number };

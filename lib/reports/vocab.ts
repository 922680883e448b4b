// What the public may report, and its limits. No zod here: the map's client
// bundle imports these constants, and the schema beside them enforces them.

export const REPORT_CATEGORIES = ['closed', 'wrong_location', 'wrong_hours', 'amenities', 'other'] as const;
export type ReportCategory = (typeof REPORT_CATEGORIES)[number];

export const REPORT_STATUSES = ['open', 'resolved', 'dismissed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TEXT_MAX = 1000;
export const DECISION_NOTE_MAX = 500;

/** Name of the honeypot field: hidden from people, filled in by form-filling bots. */
export const HONEYPOT_FIELD = 'website';

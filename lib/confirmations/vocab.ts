// What a worker can say about a station with one tap, and its limits. No zod
// here: the map's client bundle imports these constants.

export const CONFIRMATION_KINDS = ['open', 'locked', 'gone'] as const;
export type ConfirmationKind = (typeof CONFIRMATION_KINDS)[number];

/** One word per station per device (client address) an hour. */
export const CONFIRM_EVERY_S = 3600;
/** At most this many confirmations from one client an hour, over all stations. */
export const CONFIRMATIONS_PER_CLIENT_PER_HOUR = 60;
/** "Not here any more" from this many devices within GONE_WINDOW_DAYS puts the station in its county's queue. */
export const GONE_REPORTS_TO_QUEUE = 3;
export const GONE_WINDOW_DAYS = 30;

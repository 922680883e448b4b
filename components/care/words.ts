// The care-mode first screen's words (messages/<locale>/care.json), handed from the server to the client
// component as plain strings: they reach the browser only in care mode, not in every page's messages
// (i18n/client-messages.ts), which count against the home page's first-load budget.

export const CARE_SCREEN_KEYS = [
  'title', 'lead', 'nearest', 'askHint', 'locating', 'searching', 'found', 'denied', 'unavailable', 'error',
  'results', 'none', 'distance', 'walk', 'go', 'goLabel', 'assumptions', 'showMap', 'noScript',
] as const;

export type CareWords = Record<(typeof CARE_SCREEN_KEYS)[number], string>;

/** `{name}` placeholders filled; an unknown one is left as written rather than dropped. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

// A station id as the station page's URL carries it when the page skips the
// proxy (proxy.ts matcher, next.config.ts rewrite): the characters of
// stationIdSchema, at most 64 of them. Other ids still reach the page through
// the proxy and get its 404.
export const STATION_PAGE_ID = '[A-Za-z0-9_-]{1,64}';

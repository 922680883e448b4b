// PostgreSQL refuses any text holding a NUL character (SQLite stores it), so a
// NUL in a form or a filter became a server error there. It is never meant:
// user text drops it before validation, on both databases alike.
export const dropNul = (s: string): string => s.replaceAll('\u0000', '');

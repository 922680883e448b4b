// The change feed's keyset cursor: the (updatedAt, id) of the last change a
// page gave, so the next page starts right after it even when many stations
// share one time (an import writes a batch with one). Self-contained, not a
// station id to look up: a station edited again between two pages has moved
// on, and its old place is still where the feed stopped. Opaque to clients.

export type Cursor = { at: Date; id: string };

const SHAPE = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) ([A-Za-z0-9_-]{1,64})$/;

export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.at.toISOString()} ${c.id}`, 'utf8').toString('base64url');
}

/** The cursor, or null when the text is not one this feed gave. */
export function decodeCursor(text: string): Cursor | null {
  if (!/^[A-Za-z0-9_-]{1,128}$/.test(text)) return null;
  const m = SHAPE.exec(Buffer.from(text, 'base64url').toString('utf8'));
  if (!m) return null;
  const at = new Date(m[1]!);
  // Refuses a date that only looks right (2025-02-30): it would not print back the same.
  return Number.isNaN(at.getTime()) || at.toISOString() !== m[1] ? null : { at, id: m[2]! };
}

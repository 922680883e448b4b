// The fields an admin edits, as stored: what the audit log records (before
// and after) and what a conflict compares.

export const SNAPSHOT_FIELDS = [
  'name', 'kind', 'status', 'lat', 'lng', 'countyCode', 'openingHours', 'amenities', 'address', 'phone', 'operator', 'notes', 'entry', 'entryNote',
  'services',
] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

export type Snapshot = {
  name: string; kind: string; status: string; lat: number; lng: number; countyCode: string; openingHours: string;
  amenities: string; address: string; phone: string | null; operator: string | null; notes: string | null;
  entry: string | null; entryNote: string | null;
  /** The stored JSON list (lib/services/stored.ts): equal lists are equal text. */
  services: string;
};

export function snapshotOf(row: Snapshot): Snapshot {
  const out = {} as Record<SnapshotField, unknown>;
  for (const f of SNAPSHOT_FIELDS) out[f] = row[f];
  return out as Snapshot;
}

/** Only the fields that differ, as two partial snapshots; null when nothing changed. */
export function changedFields(before: Snapshot, after: Snapshot): { before: Partial<Snapshot>; after: Partial<Snapshot> } | null {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const f of SNAPSHOT_FIELDS) {
    if (before[f] !== after[f]) {
      b[f] = before[f];
      a[f] = after[f];
    }
  }
  return Object.keys(a).length ? { before: b as Partial<Snapshot>, after: a as Partial<Snapshot> } : null;
}

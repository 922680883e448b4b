import { haversineM } from '@/lib/geo/distance';
import type { Prisma, PrismaClient, Station } from '@/lib/generated/prisma/client';
import type { Admin } from '@/lib/permissions/roles';
import { DUPLICATE_RADIUS_M, sameName } from '@/lib/stations/admin/duplicates';
import type { StationInput } from '@/lib/stations/admin/input-schema';
import { canChangeStatus } from '@/lib/stations/admin/lifecycle';
import { changedFields, snapshotOf, type Snapshot } from '@/lib/stations/admin/snapshot';
import { NO_SERVICES } from '@/lib/services/stored';
import { mayActIn } from './place';
import type { Kept } from './row';

// A batch of valid rows against the database: which station each row is
// (by external_id, the export's station id, or the same name within 50 m in
// its county), and whether it is new, updated or unchanged.

export type Client = PrismaClient | Prisma.TransactionClient;
/** `keep`: fields whose cell could not be read: a station this row updates keeps its own. */
export type Good = { row: number; externalId: string | null; input: StationInput; keep?: Kept[]; note?: string | null };
export type Verdict =
  | { kind: 'new'; good: Good }
  | { kind: 'updated'; good: Good; station: Station; diff: NonNullable<ReturnType<typeof changedFields>> }
  | { kind: 'unchanged'; good: Good }
  | { kind: 'rejected'; good: Good; code: 'outOfScope' | 'statusTransition' | 'initialStatus' | 'otherCounty'; params: Record<string, string> };

export const stored = (input: StationInput): Snapshot => snapshotOf({ ...input, amenities: input.amenities.join(','), services: input.services ?? NO_SERVICES });

async function existing(client: Client, batch: Good[]) {
  const keys = batch.flatMap((g) => (g.externalId ? [g.externalId] : []));
  const loose = batch.filter((g) => !g.externalId);
  const [byKey, byName] = await Promise.all([
    keys.length ? client.station.findMany({ where: { OR: [{ externalId: { in: keys } }, { id: { in: keys } }] } }) : [],
    loose.length ? client.station.findMany({
      where: { countyCode: { in: [...new Set(loose.map((g) => g.input.countyCode))] }, name: { in: [...new Set(loose.map((g) => g.input.name))] } },
    }) : [],
  ]);
  // External ids are unique per county: a row names a station of its own county only.
  const ext = new Map<string, Station>();
  const ids = new Map<string, Station>();
  for (const s of byKey) {
    ids.set(s.id, s);
    if (s.externalId) ext.set(`${s.countyCode}|${s.externalId}`, s);
  }
  const match = (g: Good): Station | undefined => g.externalId ? ext.get(`${g.input.countyCode}|${g.externalId}`) ?? ids.get(g.externalId)
    : byName.find((s) => s.countyCode === g.input.countyCode && sameName(s.name, g.input.name)
      && haversineM(s.lat, s.lng, g.input.lat, g.input.lng) <= DUPLICATE_RADIUS_M);
  return match;
}

/** Fields a file may leave out: a station it updates keeps its own values of those (the file says nothing of them). */
export const OPTIONAL_FIELDS = ['kind', 'status', 'openingHours', 'amenities', 'address', 'phone', 'operator', 'notes', 'entry', 'entryNote', 'services'] as const;
type Optional = (typeof OPTIONAL_FIELDS)[number];

export async function classify(client: Client, admin: Admin, batch: Good[], absent: readonly Optional[] = []): Promise<Verdict[]> {
  const match = await existing(client, batch);
  return batch.map((good): Verdict => {
    const station = match(good);
    if (!station) {
      return canChangeStatus(null, good.input.status) ? { kind: 'new', good }
        : { kind: 'rejected', good, code: 'initialStatus', params: {} };
    }
    if (!mayActIn(admin, station.countyCode)) return { kind: 'rejected', good, code: 'outOfScope', params: { county: station.countyCode } };
    // Only by the export's station id: moving a station to another county is a hand edit, never a file's side effect.
    if (station.countyCode !== good.input.countyCode) return { kind: 'rejected', good, code: 'otherCounty', params: { county: station.countyCode } };
    // Files carry 6 decimals (~0.1 m); a stored point with more is the same place.
    const snap = snapshotOf(station);
    const file: Snapshot = { ...stored(good.input) };
    // An unread way in keeps the station's; its words fill the entry note only where the station has none.
    const keep = (good.keep ?? []).filter((f) => f !== 'entryNote' || snap.entryNote);
    for (const f of [...absent, ...keep]) (file as Record<Optional, unknown>)[f] = snap[f];
    // Hours the row could not read go to the notes; a file without notes adds them to the station's, once.
    if (good.note && absent.includes('notes') && !snap.notes?.includes(good.note)) file.notes = [snap.notes, good.note].filter(Boolean).join('\n');
    const diff = changedFields({ ...snap, lat: round6(snap.lat), lng: round6(snap.lng) }, file);
    if (!diff) return { kind: 'unchanged', good };
    if (!canChangeStatus(station.status, file.status)) {
      return { kind: 'rejected', good, code: 'statusTransition', params: { from: station.status, to: file.status } };
    }
    return { kind: 'updated', good, station, diff };
  });
}

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

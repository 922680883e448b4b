import type { Prisma } from '@/lib/generated/prisma/client';
import type { Client } from '@/lib/import/classify';
import { encodeCursor, type Cursor } from './cursor';
import type { ChangesQuery } from './schema';

// The change feed: every station whose row was written at or after `since`,
// oldest write first, each once in its latest state. Archiving, restoring,
// verifying, editing and importing are all updates of the row, so
// Station.updatedAt (indexed) orders them; an archived station is "removed"
// (it left the public data), one created at or after `since` "created", any
// other "updated". Ids and times only: nothing else of a station, nothing of
// who changed it. Keyset pages on (updatedAt, id), the same Prisma query on
// SQLite and PostgreSQL.

export type ChangeKind = 'created' | 'updated' | 'removed';
export type Change = { id: string; change: ChangeKind; at: string };
export type ChangesPage = { changes: Change[]; next: string | null };

type Row = { id: string; createdAt: Date; updatedAt: Date; archivedAt: Date | null };

function kindOf(row: Row, since: Date): ChangeKind {
  if (row.archivedAt) return 'removed';
  return row.createdAt >= since ? 'created' : 'updated';
}

/** Rows after the cursor in (updatedAt, id) order. */
const afterCursor = (c: Cursor): Prisma.StationWhereInput => ({
  OR: [{ updatedAt: { gt: c.at } }, { updatedAt: c.at, id: { gt: c.id } }],
});

export async function listChanges(client: Client, q: { since: Date; limit: number; after?: ChangesQuery['after'] }): Promise<ChangesPage> {
  const since: Prisma.StationWhereInput = { updatedAt: { gte: q.since } };
  const rows: Row[] = await client.station.findMany({
    where: q.after ? { AND: [since, afterCursor(q.after)] } : since,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: q.limit + 1,
    select: { id: true, createdAt: true, updatedAt: true, archivedAt: true },
  });
  const page = rows.slice(0, q.limit);
  const last = page.at(-1);
  return {
    changes: page.map((r) => ({ id: r.id, change: kindOf(r, q.since), at: r.updatedAt.toISOString() })),
    next: rows.length > q.limit && last ? encodeCursor({ at: last.updatedAt, id: last.id }) : null,
  };
}

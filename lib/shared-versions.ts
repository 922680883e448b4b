import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { sharedRead } from '@/lib/shared-read';

/**
 * A reader of some shared AppState versions as one text ("v1|v2|…", '0' for one never set), one read
 * shared by the requests that arrive while it runs. Plain SQL (the same on SQLite and PostgreSQL):
 * asked on every station page, where Prisma's query planning cost more than the read (~15 % of a cached page's CPU).
 */
export function sharedVersions(keys: readonly string[]): () => Promise<string> {
  return sharedRead(async () => {
    const rows = await db.$queryRaw<{ key: string; value: string }[]>`SELECT "key", "value" FROM "AppState" WHERE "key" IN (${Prisma.join([...keys])})`;
    return keys.map((k) => rows.find((r) => r.key === k)?.value ?? '0').join('|');
  });
}

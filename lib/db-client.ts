import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { isPostgres, sqliteFile } from '@/lib/env';

// Shared by the app (lib/db.ts) and the scripts, which may not import
// 'server-only'. Prisma 7 talks to the database through a driver adapter.
export function createPrismaClient(url: string): PrismaClient {
  if (isPostgres(url)) {
    throw new Error('PostgreSQL is not wired yet; use a file: DATABASE_URL');
  }
  const adapter = new PrismaBetterSqlite3({ url: sqliteFile(url) });
  return new PrismaClient({ adapter });
}

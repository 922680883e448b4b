import { PrismaPg } from '@prisma/adapter-pg';
import { pgSettings, providerOf, quoteIdent } from '@/lib/db-url';
import { sqliteAdapter } from '@/lib/db-sqlite';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { PrismaClient as PgPrismaClient } from '@/lib/generated/prisma-pg/client';

// Shared by the app (lib/db.ts), the scripts and the e2e fixtures, which may
// not import 'server-only'. The URL alone picks the database. Prisma 7
// generates one client per provider; both are typed as the SQLite one, whose
// API is the common subset (provider-only options go through lib/db-filters.ts).

function postgresAdapter(url: string): PrismaPg {
  const s = pgSettings(url);
  return new PrismaPg(
    {
      connectionString: s.connectionString,
      max: s.poolSize,
      // Prisma qualifies its own queries with the schema; raw ones (readiness) need the path.
      ...(s.schema && { options: `-c search_path=${quoteIdent(s.schema)}` }),
      // Fail fast while the server is down (the API answers 503) instead of
      // queueing requests; broken connections are dropped and replaced.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
      keepAlive: true,
    },
    {
      schema: s.schema,
      onPoolError: (err) => console.warn(`database connection lost: ${err.message}`),
    },
  );
}

export function createPrismaClient(url: string): PrismaClient {
  if (providerOf(url) === 'postgresql') {
    return new PgPrismaClient({ adapter: postgresAdapter(url) }) as unknown as PrismaClient;
  }
  return new PrismaClient({ adapter: sqliteAdapter(url) });
}

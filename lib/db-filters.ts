import { providerOf } from '@/lib/db-url';
import { env } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';

// Filters whose spelling differs between the two databases. Both clients are
// typed as the SQLite one, which has no `mode`, hence the cast.

/**
 * `contains`, ignoring case on both databases: SQLite's LIKE already ignores
 * ASCII case, PostgreSQL needs `mode: 'insensitive'` (ILIKE), which the SQLite
 * client refuses. Use as `where: { name: containsText(q) }`.
 */
export function containsText(text: string, url: string = env.DATABASE_URL): Prisma.StringFilter {
  if (providerOf(url) === 'postgresql') return { contains: text, mode: 'insensitive' } as Prisma.StringFilter;
  return { contains: text };
}

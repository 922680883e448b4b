import 'server-only';
import { createPrismaClient } from '@/lib/db-client';
import { env } from '@/lib/env';
import type { PrismaClient } from '@/lib/generated/prisma/client';

// One client per process, kept across hot reloads in development.
const globalForDb = globalThis as unknown as { yizhanDb?: PrismaClient };

export const db: PrismaClient = globalForDb.yizhanDb ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== 'production') globalForDb.yizhanDb = db;
